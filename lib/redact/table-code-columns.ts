import type { Finder, SecretSpan } from './rules';

/**
 * A Markdown or pipe table (a header row, a `|--|--|` rule, rows) with a column of codes that open something: each
 * row's cell of three to eight digits (a keypad's `#` or `*` after) under a header that names a PIN, a passcode, a
 * combination or a lock's, door's, alarm's, safe's code, in any of some forty languages; a header that says only
 * "Code" counts where the table or the line above it names what the codes open (a door, a lock, a maglock, an alarm,
 * a safe, a locker, a keypad, an override). Staff sheets and handover notes keep door and override codes this way; an
 * error's, a product's or a country's code column has none of those words.
 */
const SEPARATOR_ROW = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?[ \t]*$/;
/** A header that is a secret code by its name alone. */
const CODE_HEADER_STRONG =
  /^(?:(?:door|gate|alarm|lock|safe|locker|keypad|access|entry|master|override|padlock|key[ _-]?safe|garage|building|entrance|t[üu]r|tor|schloss|tresor|alarm|porte|portail|coffre|alarme|puerta|port[óo]n|alarma|caja|porta|port[ãa]o|cofre|cancello|deur|poort|kluis|drzwi|dve[řr]e|dvere|vrata|durvju|dur[ųu]|ovi|d[öo]rr|d[øo]r)[ _-]?(?:code|codes|kode|kod|kód|codi|c[óo]digo|codice|pin)|pins?|pin[ _-]?codes?|passcodes?|combinations?|combos?|kombination(?:en)?|combinaisons?|combinaci[óo]n(?:es)?|combinazion[ei]|combina[çc][ãa]o|kombinatie|kombinacja|kombinace|t[üu]rcode|t[üu]rcodes|alarmcode|schlosscode|zahlencode|deurcode|pincode|pin-kod|pin-kód|código[ _-]de[ _-](?:acceso|puerta|alarma)|code[ _-](?:porte|d['’]acc[eè]s|alarme)|codice[ _-](?:porta|allarme|accesso)|код(?:[ _-](?:двери|доступа|замка))?|暗証番号|パスコード|密码|密碼|비밀번호|암호)$/iu;
const CODE_HEADER_PLAIN = /^(?:codes?|kode|kod|kód|codi|c[óo]digo|codice|код|コード|代码|코드)$/iu;
/**
 * BB's round: a column headed as the secrets themselves ("| thing | secret |", "Credentials", "Geheimnis"): a handover
 * table of logins and codes. Its cells of digits are the codes among them (the passwords' cells are other rules').
 */
const SECRET_HEADER = /^(?:secrets?|credentials?|creds|geheimnis(?:se)?|secretos?|segredos?|segreti|secret[ _-]?value|password[ \t]*\/[ \t]*code|code[ \t]*\/[ \t]*password)$/iu;
/** What a plain "Code" column opens, named in the table or the two lines above it. */
const OPENS_SOMETHING =
  /(?<![\p{L}])(?:doors?|gates?|alarms?|locks?|maglocks?|padlocks?|safes?|lockers?|keypads?|key[ \t-]?safes?|overrides?|entry|entrance|access|garage|shed|vault|t[üu]r\p{L}*|tor|schl[oö]ss\p{L}*|tresor|alarm\p{L}*|porte|coffre|cadenas|serrure|puerta|cerradura|candado|caja[ \t]+fuerte|porta|cadeado|fechadura|cancello|lucchetto|serratura|deur|slot|kluis|drzwi|zamek|sejf|двер\p{L}*|замок|сейф|ドア|錠|门|锁|문|자물쇠)(?![\p{L}])/iu;

function cells(line: string): string[] {
  return line.replace(/^[ \t]*\|/, '').replace(/\|[ \t]*$/, '').split('|');
}

function findTableCodeColumns(text: string): SecretSpan[] {
  if (!text.includes('|--') && !text.includes('| --') && !text.includes('|:--')) return [];
  const spans: SecretSpan[] = [];
  const lines = text.split('\n');
  let offset = 0;
  const starts: number[] = [];
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  for (let i = 1; i < lines.length; i++) {
    if (!SEPARATOR_ROW.test(lines[i]!) || !lines[i - 1]!.includes('|')) continue;
    const header = cells(lines[i - 1]!).map((c) => c.trim().replace(/[*_`]/g, ''));
    const strong = header.map((h) => CODE_HEADER_STRONG.test(h) || SECRET_HEADER.test(h));
    const plain = header.map((h) => CODE_HEADER_PLAIN.test(h));
    if (!strong.some(Boolean) && !plain.some(Boolean)) continue;
    let end = i + 1;
    while (end < lines.length && end < i + 501 && lines[end]!.includes('|')) end++;
    // The table, and the two lines above its header unless they belong to another table.
    let top = i - 1;
    while (top > Math.max(0, i - 3) && !lines[top - 1]!.includes('|')) top--;
    const around = lines.slice(top, end).join('\n');
    const opens = OPENS_SOMETHING.test(around);
    for (let r = i + 1; r < end; r++) {
      const row = lines[r]!;
      const rowCells = cells(row);
      // Where each cell begins in the row: after the row's leading bar, one bar after another.
      let at = row.indexOf('|') === row.search(/\S/) ? row.indexOf('|') + 1 : 0;
      for (let c = 0; c < rowCells.length; c++) {
        const cell = rowCells[c]!;
        if (strong[c] || (plain[c] && opens)) {
          const value = /^[ \t]*(\d{3,8})[#*]?[ \t]*$/.exec(cell);
          if (value) {
            const start = starts[r]! + at + cell.indexOf(value[1]!);
            spans.push({ start, end: start + value[1]!.length, label: 'password' });
          }
        }
        at += cell.length + 1;
      }
    }
    i = end - 1;
  }
  return spans;
}

export const TABLE_CODE_COLUMN_FINDERS: readonly Finder[] = [{ name: 'table-code-columns', find: findTableCodeColumns }];
