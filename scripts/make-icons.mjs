#!/usr/bin/env node
/**
 * Renders the extension icon (public/icon/icon.svg) to the PNG sizes the browsers and stores ask for:
 *   16, 32, 48, 128  Chrome (manifest `icons`; 128 for the Chrome Web Store listing and install dialog)
 *   48, 96, 128      Firefox (add-ons manager and AMO; 96 is the 48 px icon on high-density screens)
 *   16, 24, 32       toolbar button (`action` / `browser_action` default_icon, at 1x, 1.5x and 2x)
 * WXT picks public/icon/<size>.png up as the manifest's `icons`; wxt.config.ts names the toolbar sizes.
 * The PNGs are committed; run `npm run icons` after changing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 24, 32, 48, 96, 128];

const dir = fileURLToPath(new URL('../public/icon/', import.meta.url));
const svg = readFileSync(`${dir}icon.svg`, 'utf8');

for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, shapeRendering: 2 }).render().asPng();
  writeFileSync(`${dir}${size}.png`, png);
  console.log(`public/icon/${size}.png  ${png.length} bytes`);
}
