import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config, { ACTION_ICONS, ICONS } from '../../../wxt.config';

/**
 * The icons the manifest declares exist, are PNGs, and have the pixel size they are declared at; every size the
 * stores ask for is there, for both browsers.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (the first chunk, right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is a PNG`).toBe(true);
  expect(bytes.toString('latin1', 12, 16), `${file} starts with IHDR`).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function expectIcons(icons: Record<string, string>, dir: string) {
  for (const [size, path] of Object.entries(icons)) {
    const file = `${dir}/${path}`;
    expect(existsSync(file), `${file} exists`).toBe(true);
    expect(pngSize(file), file).toEqual({ width: Number(size), height: Number(size) });
  }
}

type Manifest = Record<string, unknown> & { icons?: Record<string, string> };
const manifestFor = (browser: 'chrome' | 'firefox', manifestVersion: 2 | 3) =>
  (config.manifest as (env: object) => Manifest)({ browser, manifestVersion, mode: 'production', command: 'build' });

describe('extension icons', () => {
  it('every size the stores and toolbars ask for is declared', () => {
    const sizes = (icons: object) => Object.keys(icons).map(Number);
    // Chrome (manifest and Web Store) and Firefox (add-ons manager, AMO).
    expect(sizes(ICONS)).toEqual(expect.arrayContaining([16, 32, 48, 128, 96]));
    // Toolbar button at 1x, 1.5x, 2x.
    expect(sizes(ACTION_ICONS)).toEqual(expect.arrayContaining([16, 24, 32]));
  });

  it('the Chrome (MV3) and Firefox (MV2) manifests name them, under the action key each uses', () => {
    const chrome = manifestFor('chrome', 3);
    expect(chrome.icons).toEqual(ICONS);
    expect(chrome.action).toEqual({ default_icon: ACTION_ICONS });
    expect(chrome).not.toHaveProperty('browser_action');
    const firefox = manifestFor('firefox', 2);
    expect(firefox.icons).toEqual(ICONS);
    expect(firefox.browser_action).toEqual({ default_icon: ACTION_ICONS });
    expect(firefox).not.toHaveProperty('action');
  });

  it('each declared file exists in public/ with the pixel size it is declared at', () => {
    expectIcons(ICONS, `${root}public`);
    expectIcons(ACTION_ICONS, `${root}public`);
  });

  it('every PNG in public/icon is named by its size (WXT declares public/icon/<size>.png as an icon by that name)', () => {
    const pngs = readdirSync(`${root}public/icon`).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(6);
    for (const name of pngs) {
      expect(name).toMatch(/^\d+\.png$/);
      const size = Number.parseInt(name, 10);
      expect(pngSize(`${root}public/icon/${name}`), name).toEqual({ width: size, height: size });
    }
  });

  // Only when a production build is present (`npm run build`): what WXT actually wrote.
  for (const [dir, actionKey] of [
    ['.output/chrome-mv3', 'action'],
    ['.output/firefox-mv2', 'browser_action'],
  ] as const) {
    const manifestFile = `${root}${dir}/manifest.json`;
    it.skipIf(!existsSync(manifestFile))(`the built ${dir}/manifest.json lists icons that exist at their sizes`, () => {
      const built = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
      expect(Object.keys(built.icons ?? {}).map(Number)).toEqual(expect.arrayContaining(Object.keys(ICONS).map(Number)));
      expectIcons(built.icons!, `${root}${dir}`);
      const action = built[actionKey] as { default_icon?: Record<string, string>; default_popup?: string };
      expect(action.default_icon).toEqual(ACTION_ICONS);
      expect(action.default_popup).toBe('popup.html');
      expectIcons(action.default_icon!, `${root}${dir}`);
    });
  }
});
