import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { ReverieDb } from '../../../lib/db/schema';
import { blockScopeFor, DEFAULT_SETTINGS, loadSettings, parseSettingsPatch, saveSettings, SETTINGS_VERSION, SettingsSchema } from '../../../lib/settings';
import { SITE_IDS } from '../../../lib/sites';

/**
 * The block-scope setting: what each site's warm-start block may draw on ('site': that site's chats only; 'all': every
 * site's), a default for every site and a site's own choice. A new install and a row from before the setting both read
 * as 'all' (memory follows the user across sites, as every earlier release did); the first-run page asks.
 */

let n = 0;
const dbs: ReverieDb[] = [];
function freshDb(): ReverieDb {
  const db = new ReverieDb(`settings-scope-${process.pid}-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const storeRaw = (db: ReverieDb, value: unknown) => db.settings.put({ key: 'settings', value, updatedAt: 1 });

describe('block scope: reading what is stored', () => {
  it('a new install: every site draws on every site\'s chats', async () => {
    const s = await loadSettings(freshDb());
    expect(s.blockScope).toBe('all');
    expect(s.blockScopeSites).toEqual({});
    for (const site of SITE_IDS) expect(blockScopeFor(s, site)).toBe('all');
  });

  it('a row written before the setting existed reads as every site, as before, and keeps every other choice', async () => {
    const db = freshDb();
    const { blockScope: _scope, blockScopeSites: _sites, ...before } = structuredClone(DEFAULT_SETTINGS);
    await storeRaw(db, { schemaVersion: SETTINGS_VERSION, ...before, paused: true, insertion: 'click', insertionOffSites: ['grok'] });
    const s = await loadSettings(db);
    expect(s.blockScope).toBe('all');
    expect(s.blockScopeSites).toEqual({});
    expect([s.paused, s.insertion, s.insertionOffSites]).toEqual([true, 'click', ['grok']]);
  });

  it('keeps valid choices and drops bad ones one by one', async () => {
    const db = freshDb();
    const sites = JSON.parse('{"claude":"site","gemini":"all","grok":"everywhere","not-a-site":"all","__proto__":"all","constructor":"all"}');
    await storeRaw(db, { schemaVersion: SETTINGS_VERSION, ...structuredClone(DEFAULT_SETTINGS), blockScope: 'site', blockScopeSites: sites });
    const s = await loadSettings(db);
    expect(s.blockScope).toBe('site');
    expect(s.blockScopeSites).toEqual({ claude: 'site', gemini: 'all' });
    expect(blockScopeFor(s, 'claude')).toBe('site');
    expect(blockScopeFor(s, 'grok')).toBe('site');
    expect(v.is(SettingsSchema, s)).toBe(true);

    await storeRaw(db, { schemaVersion: SETTINGS_VERSION, ...structuredClone(DEFAULT_SETTINGS), blockScope: 'everywhere', blockScopeSites: ['claude'] });
    const bad = await loadSettings(db);
    expect(bad.blockScope).toBe('all');
    expect(bad.blockScopeSites).toEqual({});
  });
});

describe('block scope: changes from callers', () => {
  it('saves the default and a site\'s own choice; the per-site record is replaced whole, so a choice can be removed', async () => {
    const db = freshDb();
    expect((await saveSettings(db, { blockScope: 'all' })).blockScope).toBe('all');
    const one = await saveSettings(db, { blockScopeSites: { claude: 'site' } });
    expect(one.blockScopeSites).toEqual({ claude: 'site' });
    expect(blockScopeFor(one, 'claude')).toBe('site');
    expect(blockScopeFor(one, 'chatgpt')).toBe('all');
    const two = await saveSettings(db, { blockScopeSites: { gemini: 'site' } });
    expect(two.blockScopeSites).toEqual({ gemini: 'site' });
    const none = await saveSettings(db, { blockScopeSites: {} });
    expect(none.blockScopeSites).toEqual({});
    expect(await loadSettings(db)).toMatchObject({ blockScope: 'all', blockScopeSites: {} });
  });

  it('refuses a bad value with a message naming the field, and changes nothing', async () => {
    const db = freshDb();
    await saveSettings(db, { blockScope: 'all', blockScopeSites: { claude: 'site' } });
    const bad: [unknown, RegExp][] = [
      [{ blockScope: 'everywhere' }, /Setting "blockScope" must be one of "site", "all", not "everywhere"/],
      [{ blockScopeSites: { claude: 'everywhere' } }, /Setting "blockScopeSites\.claude" must be one of "site", "all"/],
      [{ blockScopeSites: { 'evil.example': 'all' } }, /Setting "blockScopeSites\.evil\.example" is unknown/],
      [{ blockScopeSites: JSON.parse('{"__proto__":"all"}') }, /Setting "blockScopeSites\.__proto__" is unknown/],
      [{ blockScopeSites: ['claude'] }, /Setting "blockScopeSites" must be an object, not a list/],
    ];
    for (const [patch, message] of bad) {
      expect(() => parseSettingsPatch(patch)).toThrow(message);
      await expect(saveSettings(db, patch as never)).rejects.toThrow(message);
    }
    expect(await loadSettings(db)).toMatchObject({ blockScope: 'all', blockScopeSites: { claude: 'site' } });
  });
});
