import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import contentScript from '../../../entrypoints/content';
import { SITE_LIST } from '../../../lib/capture/adapters';
import { ADAPTERS, adapterFor } from '../../../lib/capture/registry';
import { SITE_IDS, SITE_MATCHES, SITES, siteForHost } from '../../../lib/sites';
import { DEFAULT_SETTINGS, parseSettingsPatch } from '../../../lib/settings';
import { admit, callerOf } from '../../../lib/messaging/admit';
import { meaningfulTitle } from '../../../lib/preamble/topic';

/**
 * A site is one file (lib/capture/adapters/<site>.ts, calling defineSite) plus its entry in the site list; everything
 * else — ids, names, hosts, match patterns, host permissions, settings, the message checks, generic titles — derives
 * from that list, so nothing can drift apart again.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
type Manifest = { host_permissions?: string[]; permissions?: string[]; content_scripts?: { matches?: string[] }[] };
const manifestFor = (browser: 'chrome' | 'firefox', manifestVersion: 2 | 3) =>
  (config.manifest as (env: object) => Manifest)({ browser, manifestVersion, mode: 'production', command: 'build' });

/** What the site files declare, read from the list itself rather than from lib/sites.ts. */
const declaredHosts = SITE_LIST.flatMap((site) => [...site.hosts]);
const declaredPatterns = declaredHosts.map((host) => `https://${host}/*`);

describe('one list of sites', () => {
  it('ids, names and hosts come from the site files, in the list order, each id and host once', () => {
    expect(SITE_IDS).toEqual(SITE_LIST.map((s) => s.site));
    expect(new Set(SITE_IDS).size).toBe(SITE_IDS.length);
    expect(new Set(declaredHosts).size).toBe(declaredHosts.length);
    for (const site of SITE_LIST) {
      expect(SITES[site.site]).toEqual({ name: site.name, hosts: site.hosts });
      expect(ADAPTERS[site.site]).toBe(site);
      for (const host of site.hosts) {
        expect(siteForHost(host)).toBe(site.site);
        expect(adapterFor(new URL(`https://${host}/`))?.site).toBe(site.site);
      }
    }
  });

  it('every host a site declares is a content-script match and a host permission, and nothing else is', () => {
    expect(SITE_MATCHES).toEqual(declaredPatterns);
    expect(contentScript.matches).toEqual(declaredPatterns);
    for (const [browser, version] of [['chrome', 3], ['firefox', 2]] as const) {
      // The store build: the sites' hosts, nothing more (model files come over CORS, without a permission).
      expect(manifestFor(browser, version).host_permissions).toEqual(declaredPatterns);
    }
  });

  // Only when a production build is present (`npm run build`): what WXT actually wrote.
  for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
    const file = `${root}${dir}/manifest.json`;
    it.skipIf(!existsSync(file))(`the built ${dir}/manifest.json matches exactly the declared hosts`, () => {
      const built = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      const stale = `${dir} predates the site files: run npm run build`;
      // WXT sorts a content script's matches.
      expect(built.content_scripts?.map((c) => c.matches), stale).toEqual([[...declaredPatterns].sort()]);
      const hosts = built.host_permissions ?? built.permissions?.filter((p) => p.includes('://'));
      expect(hosts, stale).toEqual(declaredPatterns);
    });
  }

  it('no file outside the site files names a site host', () => {
    // The site files and the list are the one place; an export parser (lib/import) builds its vendor's URLs from the
    // export's own format, so it may name chatgpt.com or claude.ai.
    const allowed = [path.join(root, 'lib/capture/adapters'), path.join(root, 'lib/import')];
    const files = [
      ...walk(path.join(root, 'lib')),
      ...walk(path.join(root, 'entrypoints')),
      path.join(root, 'wxt.config.ts'),
    ].filter((f) => !allowed.some((dir) => f.startsWith(dir + path.sep)));
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const host of declaredHosts) if (text.includes(host)) offenders.push(`${path.relative(root, file)}: ${host}`);
    }
    expect(offenders).toEqual([]);
  });

  it("the README's table of supported sites has a row for every site, with its own address", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| ')).map((line) => line.split('|').map((c) => c.trim()));
    for (const site of SITE_LIST) {
      expect(rows.some(([, name, address]) => name === site.name && address?.split(' ')[0] === site.hosts[0]), site.name).toBe(true);
    }
  });

  it('a title that is only a site name says nothing, for every site', () => {
    for (const site of SITE_LIST) {
      for (const generic of site.genericTitles) expect(meaningfulTitle(generic), generic).toBe('');
      expect(meaningfulTitle(`${site.name} tips`)).not.toBe('');
    }
    expect(meaningfulTitle('Kimi')).toBe('');
    expect(meaningfulTitle('le chat')).toBe('');
    expect(meaningfulTitle('Mistral')).toBe('');
    expect(meaningfulTitle('Trip to Lyon')).toBe('Trip to Lyon');
  });
});

describe('a site added to the list is picked up everywhere: Kimi', () => {
  const url = 'https://www.kimi.com/chat/d1abc2ef-0000';

  it('by the registry, the manifest, settings and the first-run and options lists', () => {
    expect(SITE_IDS).toContain('kimi');
    expect(SITES.kimi.name).toBe('Kimi');
    expect(adapterFor(new URL(url))).toBe(ADAPTERS.kimi);
    expect(SITE_MATCHES).toContain('https://www.kimi.com/*');
    expect(manifestFor('chrome', 3).host_permissions).toContain('https://www.kimi.com/*');
    expect(DEFAULT_SETTINGS.sites.kimi).toBe(true);
    expect(parseSettingsPatch({ sites: { kimi: false }, insertionOffSites: ['kimi'] })).toEqual({ sites: { kimi: false }, insertionOffSites: ['kimi'] });
  });

  it("by the message checks: Kimi's content script acts for Kimi only", () => {
    const extension = { id: 'abcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnop/' };
    const caller = callerOf({ id: extension.id, url, frameId: 0, tab: { incognito: false } }, extension);
    expect(caller).toEqual({ kind: 'content', site: 'kimi', url, incognito: false });
    const capture = { site: 'kimi', conversationId: 'd1abc2ef-0000', url, turns: [{ role: 'user', text: 'hi', ordinal: 0 }] };
    expect(admit('captureTurns', capture, caller)).toMatchObject({ site: 'kimi' });
    expect(() => admit('captureTurns', { ...capture, url: 'https://claude.ai/chat/1' }, caller)).toThrow(/address is not on kimi/);
    expect(() => admit('getSiteSettings', { site: 'claude' }, caller)).toThrow(/on kimi, not claude/);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [full] : [];
  });
}
