import type { Finder, SecretSpan } from './rules';
import { isPlaceholder, looksLikeGenericSecret, looksLikeRandomToken } from './values';

/**
 * AX's round: a YAML entry's bare `key:` under a parent whose name says it holds keys or credentials, as APISIX's
 * `deployment.admin.admin_key: [{name, key, role}]` or a gateway's `keyauth_credentials: [{key}]` list them. A `key:`
 * alone is a map's key, a sort key, a cache key; the parent (`admin_key:`, `api_keys:`, `credentials:`) says this one
 * is a credential. The value is a run of letters and digits (hex included) of 16 or more, not a placeholder.
 */
const KEY_LINE = /^([ \t]*)(?:-[ \t]+)?key[ \t]*:[ \t]*["']?([A-Za-z0-9_-]{16,200})["']?[ \t]*$/dgm;
const PARENT = /^([ \t]*)(?:-[ \t]+)?([\w.-]+)[ \t]*:[ \t]*$/;
const KEY_PARENT = /(?:^|[_.-])(?:keys?|credentials?|secrets?|tokens?)$/i;

function findKeysUnderAKeyList(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  KEY_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEY_LINE.exec(text)); ) {
    const value = m[2]!;
    if (!/\d/.test(value) || !/[A-Za-z]/.test(value) || isPlaceholder(value)) continue;
    const indent = m[1]!.length;
    // The nearest line above, among the six before, that is less indented and opens a block: the entry's parent.
    const lines = text.slice(Math.max(0, m.index - 600), m.index).split('\n').slice(-7, -1).reverse();
    for (const line of lines) {
      const p = PARENT.exec(line);
      const lead = /^[ \t]*/.exec(line)![0].length;
      if (lead >= indent || !p) {
        if (lead < indent && line.trim() !== '' && !/^[ \t]*-[ \t]/.test(line)) break;
        continue;
      }
      if (KEY_PARENT.test(p[2]!)) {
        const [start, end] = m.indices![2]!;
        spans.push({ start, end, label: 'api key' });
      }
      break;
    }
  }
  return spans;
}

/**
 * BC's round: a list's bare items under a block of secrets, one or two levels down, as Ory Kratos and Hydra rotate
 * theirs (`secrets:` / `cookie:` / `- Ds1SFEpN…`, `secrets:` / `system:` / `- …`): the block's name says what the
 * items are. Each item is a random token or a generated secret's shape (`looksLikeRandomToken`, `looksLikeGenericSecret`),
 * so a list of names, words or hosts under it stays.
 */
const ITEM_LINE = /^([ \t]*)-[ \t]+["']?([A-Za-z0-9_+/=.~-]{20,200})["']?[ \t]*$/dgm;
const SECRETS_BLOCK = /^(?:secrets?|keys|credentials|tokens)$/i;

function findItemsUnderASecretsBlock(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ITEM_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ITEM_LINE.exec(text)); ) {
    if (!looksLikeRandomToken(m[2]!) && !looksLikeGenericSecret(m[2]!)) continue;
    // The block lines above, each less indented than the one below it: the item's parent, then its parent's.
    let indent = m[1]!.length;
    let level = 0;
    for (const line of text.slice(Math.max(0, m.index - 600), m.index).split('\n').slice(-9, -1).reverse()) {
      const lead = /^[ \t]*/.exec(line)![0].length;
      if (lead >= indent || line.trim() === '' || /^[ \t]*-[ \t]/.test(line)) continue;
      const p = PARENT.exec(line);
      if (!p) break;
      if (SECRETS_BLOCK.test(p[2]!)) {
        const [start, end] = m.indices![2]!;
        spans.push({ start, end, label: 'api key' });
        break;
      }
      indent = lead;
      if (++level >= 2) break;
    }
  }
  return spans;
}

export const KEYS_UNDER_A_KEY_LIST_FINDERS: readonly Finder[] = [
  { name: 'keys-under-a-key-list', find: findKeysUnderAKeyList, trigger: /^[ \t]*(?:-[ \t]+)?key[ \t]*:/m },
  { name: 'items-under-a-secrets-block', find: findItemsUnderASecretsBlock, trigger: /^[ \t]*(?:secrets?|keys|credentials|tokens)[ \t]*:[ \t]*$/im },
];
