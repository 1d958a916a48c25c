// Runs before `npm test` and `npm start`, with nothing but node: says clearly what is missing.
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Heads Up needs Node.js 20.19 or newer (this is ${process.version}). Install it from your package manager or nodejs.org.`);
  process.exit(1);
}
if (!existsSync(new URL('../node_modules/.bin/wxt', import.meta.url))) {
  console.error('The npm packages are not installed yet. Run `npm install` first.');
  process.exit(1);
}
