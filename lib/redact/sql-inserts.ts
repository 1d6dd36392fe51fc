import type { Finder, SecretSpan } from './rules';
import { classifyKey } from './values';

/**
 * An SQL `INSERT INTO table (col, …) VALUES (…), (…)`: each row's value in a column whose name says password, secret,
 * token or PIN (`password_plain`, `api_token`, `till_pin`, `pin`) is that row's secret, wherever the row stands from
 * the column list — seed scripts, dumps and migrations put a table of logins in this one layout in every dialect.
 * A `pin` column alone counts with four to eight digits in it (a GPIO pin is a small number).
 */
const INSERT_HEAD = /\binsert[ \t]+(?:ignore[ \t]+)?into[ \t]+[\w."`[\]]{1,80}[ \t]*\(([^()]{1,800})\)[ \t\r\n]*values[ \t\r\n]*/gi;
/** One value of a row: a quoted string ('' doubles a quote inside), or a bare word or number, or NULL. */
const VALUE = /[ \t\r\n]*(?:'((?:[^'\\\n]|''|\\.){0,200})'|"((?:[^"\\\n]|""|\\.){0,200})"|([^,()'"\s]{1,200}))[ \t\r\n]*/y;

function columnKinds(list: string): (SecretSpan['label'] | 'pin' | null)[] {
  return list.split(',').map((raw) => {
    const name = raw.trim().replace(/^[`"[]|[`"\]]$/g, '');
    if (/^pin$/i.test(name)) return 'pin';
    const kind = classifyKey(name);
    return kind === 'password' ? 'password' : kind === 'secret' ? 'api key' : null;
  });
}

function findSqlInserts(text: string): SecretSpan[] {
  if (!/insert/i.test(text)) return [];
  const spans: SecretSpan[] = [];
  INSERT_HEAD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = INSERT_HEAD.exec(text)); ) {
    const kinds = columnKinds(m[1]!);
    if (!kinds.some(Boolean)) continue;
    let at = m.index + m[0].length;
    // Rows one after another, 500 at most, each "(v, v, …)" and a comma between.
    for (let row = 0; row < 500 && text[at] === '('; row++) {
      at++;
      for (let col = 0; ; col++) {
        VALUE.lastIndex = at;
        const v = VALUE.exec(text);
        if (!v) break;
        const body = v[1] ?? v[2] ?? v[3]!;
        const quote = v[1] !== undefined ? "'" : v[2] !== undefined ? '"' : '';
        const start = v.index + (quote ? v[0].indexOf(quote) + 1 : v[0].indexOf(body));
        const kind = kinds[col];
        if (kind && body.length >= 4 && !/^null$/i.test(body) && (kind !== 'pin' || /^\d{4,8}$/.test(body))) {
          spans.push({ start, end: start + body.length, label: kind === 'pin' ? 'password' : kind });
        }
        at = VALUE.lastIndex;
        if (text[at] === ',') at++;
        else break;
      }
      if (text[at] !== ')') break;
      at++;
      const next = /^[ \t\r\n]*,[ \t\r\n]*/.exec(text.slice(at, at + 40));
      if (!next) break;
      at += next[0].length;
    }
    INSERT_HEAD.lastIndex = Math.max(INSERT_HEAD.lastIndex, at);
  }
  return spans;
}

export const SQL_INSERT_FINDERS: readonly Finder[] = [{ name: 'sql-inserts', find: findSqlInserts }];
