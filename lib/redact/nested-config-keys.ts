import type { Finder, SecretSpan } from './rules';

/**
 * AQ's round: a key named only `key`, `token` or `secret` inside a block whose name says what it is for, in YAML or any
 * indented config (OctoPrint's `api:\n  key: 197B…`, `auth:\n  token: …`, `stripe:\n  secret: …`, `[api]\nkey = …`).
 * The bare child name is too common to take alone (a cache's key, a GPG key's id, a map's key), so the block around it
 * decides: the nearest less-indented line above that opens a block (`name:` alone on its line, or an INI `[name]`)
 * must not name a public or a signing key, a fingerprint, a cache or a host (`gpg:`, `ssh:`, `public:`, `cache:`), and
 * the value must be a secret's shape: 32 hexadecimal digits or more, or twenty characters or more of letters and digits
 * mixed (a slug, a word or a file path is not).
 */
const CHILD =
  /^([ \t]*)(?:key|token|secret|apikey|api_key|api-key|auth|auth_token|access_token|secret_key|access_key)[ \t]*[:=][ \t]*["']?([A-Za-z0-9_+/=-]{20,300})["']?[ \t]*(?:#.*)?$/gim;
const BLOCK = /^([ \t]*)(?:([\w.-]{1,60})[ \t]*:[ \t]*(?:#.*)?|\[([\w. "-]{1,60})\][ \t]*)$/;
const NOT_SECRET_BLOCK = /public|pub|gpg|pgp|ssh|fingerprint|cache|host|known|sign|verify|cert|tls|ssl|index|map|sort|primary|foreign|partition|shard|hash|keys?$|i18n|locale|translation|redis_key|lookup/i;

function secretShaped(v: string): boolean {
  if (/^[0-9a-f]{32,}$/i.test(v)) return true;
  if (v.length < 20 || !/\d/.test(v) || !/[A-Za-z]/.test(v) || /^\/|\.\w{2,4}$/.test(v)) return false;
  // Mixed: digits among the letters, not a word-and-number name ("my_app_production_2024").
  return (v.match(/\d/g) ?? []).length >= 4 && !/^[a-z]+(?:[_-][a-z0-9]+)+$/.test(v);
}

function findNestedConfigKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  CHILD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CHILD.exec(text)); ) {
    const value = m[2]!;
    if (!secretShaped(value)) continue;
    const indent = m[1]!.replace(/\t/g, '  ').length;
    // The block's line: ten lines up at most, each read once (a block's children stand close under it).
    let end = m.index - 1;
    let block: RegExpExecArray | null = null;
    for (let n = 0; n < 10 && end > 0; n++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(start, end);
      end = start - 1;
      if (line.trim() === '') continue;
      const b = BLOCK.exec(line);
      const lineIndent = (/^[ \t]*/.exec(line)![0] ?? '').replace(/\t/g, '  ').length;
      if (b && (lineIndent < indent || b[3] !== undefined)) {
        block = b;
        break;
      }
      if (lineIndent < indent) break;
    }
    if (!block || NOT_SECRET_BLOCK.test(block[2] ?? block[3] ?? '')) continue;
    const start = m.index + m[0].indexOf(value, m[1]!.length);
    spans.push({ start, end: start + value.length, label: 'api key' });
  }
  return spans;
}

export const NESTED_CONFIG_KEY_FINDERS: readonly Finder[] = [{ name: 'nested-config-keys', find: findNestedConfigKeys }];
