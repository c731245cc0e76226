// Renders build/icon.svg to build/icon.png (1024x1024) and build/icons/<n>x<n>.png
// with Chromium. Run from the repository root: node build/render-icons.mjs
// (CHROMIUM_PATH overrides /usr/bin/chromium). Look at the PNGs afterwards.
import fs from 'node:fs';
import process from 'node:process';
import { chromium } from 'playwright-core';

const svg = fs.readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
fs.mkdirSync('build/icons', { recursive: true });
for (const size of [1024, 512, 256, 128, 64, 48, 32, 16]) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
  await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  if (size === 1024) fs.writeFileSync('build/icon.png', png);
  fs.writeFileSync(`build/icons/${size}x${size}.png`, png);
  await page.close();
}
await browser.close();
