// npm test: every check, in the order that fails fastest. Type check, lint, unit tests, both
// store builds and zips, addons-linter on the Firefox build, then the end-to-end tests in real
// Chromium and in Firefox ESR (docs/firefox.md). Stops at the first failing step and says which;
// ends with the test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { requireBrowser } from './browser';
import { requireFirefox } from './firefox';
import { FIREFOX_EXTENSION_DIR, REPO_ROOT, TEST_RESULTS_DIR } from './repo-paths';

const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);
const results = (name: string) => path.join(TEST_RESULTS_DIR, `${name}.json`);
const vitest = (name: string, config: string[]) => [bin('vitest'), 'run', ...config, '--reporter=default', '--reporter=json', `--outputFile.json=${results(name)}`];

const STEPS: Array<{ name: string; command: string[] }> = [
  { name: 'type check', command: [bin('tsc'), '--noEmit', '-p', '.'] },
  { name: 'lint', command: [bin('eslint'), '.'] },
  { name: 'unit tests', command: vitest('unit', []) },
  { name: 'Chrome build and zip', command: [bin('wxt'), 'zip'] },
  { name: 'Firefox build and zip', command: [bin('wxt'), 'zip', '-b', 'firefox'] },
  { name: 'web-ext lint (Firefox build)', command: [bin('web-ext'), 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--self-hosted', '--warnings-as-errors'] },
  { name: 'end-to-end tests (Chromium)', command: vitest('e2e', ['--config', 'vitest.e2e.config.ts']) },
  { name: 'end-to-end tests (Firefox ESR)', command: vitest('e2e-firefox', ['--config', 'vitest.e2e-firefox.config.ts']) },
];

function fail(message: string): never {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

// Find the browsers first: without them the end-to-end tests cannot run, and it is better to say
// so before minutes of other work than after.
try {
  console.log(`Browsers for end-to-end tests: ${requireBrowser()}, ${requireFirefox()}`);
} catch (e) {
  fail((e as Error).message);
}
mkdirSync(TEST_RESULTS_DIR, { recursive: true });

for (const [i, step] of STEPS.entries()) {
  console.log(`\n▶ ${i + 1}/${STEPS.length} ${step.name}: ${step.command.map((c) => path.relative(REPO_ROOT, c) || c).join(' ')}`);
  const [command = '', ...args] = step.command;
  const run = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (run.error) fail(`${step.name} could not start: ${run.error.message}. Did you run npm install?`);
  if (run.status !== 0) fail(`${step.name} failed (exit ${run.status ?? run.signal}).`);
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}
const counts = { passed: 0, failed: 0, skipped: 0 };
for (const name of ['unit', 'e2e', 'e2e-firefox']) {
  if (!existsSync(results(name))) continue;
  const r = JSON.parse(readFileSync(results(name), 'utf8')) as VitestJson;
  counts.passed += r.numPassedTests;
  counts.failed += r.numFailedTests;
  counts.skipped += r.numPendingTests;
}
console.log('\n✔ every check passed');
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
