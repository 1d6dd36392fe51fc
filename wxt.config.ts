import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_MATCHES } from './lib/sites';
import { ortPublicAssets } from './scripts/copy-ort-assets';

/**
 * REVERIE_TEST_BUILD=1 builds the test flavour: content scripts also match pages served on 127.0.0.1, so end-to-end
 * tests can serve fixture chat pages locally. Store builds never match anything but the chat sites' own hosts.
 */
const testBuild = process.env.REVERIE_TEST_BUILD === '1';
/**
 * REVERIE_TEST_LIMITED_STORAGE=1 (with REVERIE_TEST_BUILD=1) leaves out 'unlimitedStorage', so Chrome applies a
 * per-origin quota that the storage-full end-to-end test can shrink over CDP. Built into its own folder.
 */
const limitedStorage = testBuild && process.env.REVERIE_TEST_LIMITED_STORAGE === '1';
export const TEST_MATCHES = ['http://127.0.0.1/*'];

/**
 * Icons, drawn once in public/icon/icon.svg and rendered by `npm run icons` (scripts/make-icons.mjs). The extension's
 * icons: 16/32/48/128 for Chrome and its Web Store, 48/96 for Firefox's add-ons manager and AMO. The toolbar button:
 * 16/24/32 (1x, 1.5x, 2x).
 */
export const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' };
export const ACTION_ICONS = { 16: 'icon/16.png', 24: 'icon/24.png', 32: 'icon/32.png' };

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: limitedStorage ? '.output-test-quota' : testBuild ? '.output-test' : '.output',
  vite: (env) => ({
    plugins: [preact()],
    resolve: {
      alias: {
        // Firefox's background page hosts the engine; Chrome's service worker must not even bundle it.
        '#engine-host': fileURLToPath(
          new URL(env.browser === 'firefox' ? './lib/host/in-process.ts' : './lib/host/offscreen-only.ts', import.meta.url),
        ),
      },
    },
  }),
  hooks: {
    // ONNX Runtime's glue and WebAssembly binary ship in the extension under /ort/ (never fetched from a CDN).
    'build:publicAssets': (_wxt, files) => {
      files.push(...ortPublicAssets());
    },
    // The test flavour lets the content script run on fixture pages served from 127.0.0.1.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!testBuild) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...TEST_MATCHES];
      // Firefox's WebDriver BiDi refuses to navigate to moz-extension:// pages; the test build lets a fixture page
      // open the popup and options pages instead.
      const pages = ['popup.html', 'options.html'];
      manifest.web_accessible_resources =
        manifest.manifest_version === 2
          ? [...((manifest.web_accessible_resources as string[] | undefined) ?? []), ...pages]
          : [...((manifest.web_accessible_resources as never[] | undefined) ?? []), { resources: pages, matches: TEST_MATCHES } as never];
    },
  },
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip', excludeSources: ['**/node_modules/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: testBuild ? 'Reverie (test build)' : 'Reverie',
    description: 'A lasting, private memory for AI chat assistants — kept entirely in your browser.',
    icons: ICONS,
    // WXT adds the popup to this key (MV2: browser_action, MV3: action).
    ...(manifestVersion === 2 ? { browser_action: { default_icon: ACTION_ICONS } } : { action: { default_icon: ACTION_ICONS } }),
    permissions: [
      'storage',
      ...(limitedStorage ? [] : ['unlimitedStorage']),
      'alarms',
      'idle',
      // "Remember this in Reverie" on selected text (Firefox knows this name too, beside its own `menus`).
      'contextMenus',
      ...(browser === 'chrome' ? ['offscreen'] : []),
    ],
    // The chat sites only. Model weights come from the Hugging Face hub, which serves them with CORS headers: no
    // permission is needed to download them, and none reaches the user's account pages there.
    host_permissions: [...SITE_MATCHES, ...(testBuild ? TEST_MATCHES : [])],
    content_security_policy:
      browser === 'firefox'
        ? // Firefox MV2: a string; WASM needs 'wasm-unsafe-eval', nothing allows eval.
          "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"
        : { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    // Cross-origin isolation gives extension pages SharedArrayBuffer, so ONNX Runtime can use several threads.
    ...(browser === 'chrome'
      ? {
          cross_origin_embedder_policy: { value: 'require-corp' },
          cross_origin_opener_policy: { value: 'same-origin' },
        }
      : {}),
    // Keyboard shortcuts (lib/background/commands.ts). Alt+Shift+R/X/M: keys neither Chrome nor Firefox take for
    // themselves; the user can change them in the browser's extension shortcuts page.
    commands: {
      'insert-block': { suggested_key: { default: 'Alt+Shift+R' }, description: 'Put the Reverie block into the message box' },
      'remove-block': { suggested_key: { default: 'Alt+Shift+X' }, description: 'Take the Reverie block out of the message box' },
      'remember-selection': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Remember the selected text (pinned in Reverie)' },
    },
    // Never run in private windows: nothing typed there is captured.
    incognito: 'not_allowed',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reverie@reverie.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
