// Builds the extension with the project's own WXT.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './repo-paths';

/**
 * Runs `wxt build` from node_modules/.bin (never a global or downloaded one), showing its output
 * as it goes. Resolves when it succeeds; rejects with a short message when it fails.
 */
export function buildExtension(): Promise<void> {
  const isWindows = process.platform === 'win32';
  const wxt = path.join(REPO_ROOT, 'node_modules', '.bin', isWindows ? 'wxt.cmd' : 'wxt');
  return new Promise((resolve, reject) => {
    // .cmd files can only be started through a shell on Windows (quoted: the path may have spaces).
    const command = isWindows ? `"${wxt}"` : wxt;
    const child = spawn(command, ['build'], { cwd: REPO_ROOT, stdio: 'inherit', shell: isWindows });
    child.once('error', (error) => {
      reject(new Error(`Could not run ${wxt}: ${error.message}. Did you run npm install?`));
    });
    child.once('exit', (code, signal) => {
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`The extension build failed (wxt build exited with ${signal ?? `code ${String(code)}`}).`));
      }
    });
  });
}
