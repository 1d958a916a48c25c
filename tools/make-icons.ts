// Renders tools/icon.svg into the PNG sizes the manifests use (public/icon/N.png), with the
// browser the tests use. Run after changing the icon: npx tsx tools/make-icons.ts
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { requireBrowser } from './browser';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: requireBrowser(), args: ['--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`icons written: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
