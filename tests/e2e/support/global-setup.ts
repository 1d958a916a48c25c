// Runs once before any e2e test. It builds nothing (the test command builds first); it only checks
// that there is something to test and a browser to test it in, and says what to do if not.

import { existsSync } from 'node:fs';
import { requireBrowser } from '../../../tools/browser';
import { CHROME_MANIFEST } from '../../../tools/repo-paths';

export default function checkPrerequisites(): void {
  if (!existsSync(CHROME_MANIFEST)) {
    throw new Error(`The built extension is missing (${CHROME_MANIFEST}): run \`npm run build\` first.`);
  }
  requireBrowser();
}
