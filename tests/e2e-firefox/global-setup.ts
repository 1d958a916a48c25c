// Runs once before the Firefox e2e tests: checks there is a Firefox build and a Firefox to run it
// in, and says what to do if not. It builds nothing (npm test builds first).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { requireFirefox } from '../../tools/firefox';
import { FIREFOX_EXTENSION_DIR } from '../../tools/repo-paths';

export default function checkPrerequisites(): void {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The Firefox build is missing (${FIREFOX_EXTENSION_DIR}): run \`npm run build:firefox\` first.`);
  }
  requireFirefox();
}
