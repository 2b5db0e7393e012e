/**
 * Writes the installable app's PNG icons (public/icons/) from the favicon's drawing, rendered by the
 * same Chromium the e2e tests use: 192 and 512 px with rounded corners, and a 512 px maskable icon
 * (full-bleed background, the drawing inside the central safe zone). Run: npx tsx scripts/write-icons.ts
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const BACKGROUND = '#1d3557';
const drawing = `<path d="M6 22 L12 14 L17 18 L26 8" stroke="#f1faee" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/><circle cx="26" cy="8" r="3" fill="#e63946"/>`;

const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BACKGROUND}"/>${drawing}</svg>`;
// Maskable: the platform crops to any shape inside the 80 % circle, so the drawing shrinks to 60 %.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BACKGROUND}"/><g transform="translate(16 16) scale(0.6) translate(-16 -16)">${drawing}</g></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg: rounded },
  { file: 'icon-512.png', size: 512, svg: rounded },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const { file, size, svg } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  await page.close();
}
await browser.close();
