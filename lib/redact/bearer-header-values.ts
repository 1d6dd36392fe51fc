import type { Finder, SecretSpan } from './rules';
import { isMarker, isPlaceholder } from './values';

/**
 * Whatever stands after `Bearer` in an `Authorization` header is the credential, whatever its shape (AJ's round: short
 * tokens, a password, digits alone, a Django key with brackets and `#` in it were left, as the token rule wants a long
 * run of token characters): in curl's `-H 'Authorization: Bearer …'`, httpie's `Authorization:"Bearer …"`, a header
 * table's `Authorization = Bearer …`, a call's `("Authorization", "Bearer …")`. Where the header is quoted, the value
 * runs to the quote; else to the first space. A variable, a template or a placeholder (`$TOKEN`, `${T}`, `<token>`,
 * `{{token}}`, `YOUR_TOKEN`) is no credential; BE's round: nor is a string's interpolation in Ruby, CoffeeScript,
 * MoonScript, LiveScript, Elixir or Crystal (`"Bearer #{api_token}"`, LiveScript's `"Bearer #api_token"`).
 */
const HEADER = /Authorization["']?[ \t]*(?:[:=]|,[ \t]*["'])[ \t]*["'`]?[ \t]*Bearer[ \t]+([^\s"'`]{6,400})(?=["'`]|\s|$)/gi;

/** The names a text writes without `#` before them: the variables a LiveScript interpolation may name. Once per text. */
function namesUsed(text: string): Set<string> {
  return new Set(text.match(/(?<![\w$#])[A-Za-z_$][\w$]*/g) ?? []);
}

function findBearerHeaderValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/bearer/i.test(text)) return spans;
  let names: Set<string> | undefined;
  HEADER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HEADER.exec(text)); ) {
    const value = m[1]!.replace(/[,;]$/, '');
    if (/^[$<{%&+]|^\[|^#\{|\}\}$/.test(value) || isMarker(value) || isPlaceholder(value)) continue;
    if (!/\d/.test(value) && value.length < 12) continue;
    // LiveScript's bare interpolation (`"Bearer #api_token"`): `#` and a name the text uses elsewhere as a variable.
    if (/^#[A-Za-z_$][\w$]*$/.test(value) && (names ??= namesUsed(text)).has(value.slice(1))) continue;
    if (/^(.)\1+$/.test(value) || /^(?:token|access[_-]?token|api[_-]?key|bearer)$/i.test(value)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + value.length, label: 'bearer token' });
  }
  return spans;
}

export const BEARER_HEADER_VALUE_FINDERS: readonly Finder[] = [{ name: 'bearer-header-values', find: findBearerHeaderValues }];
