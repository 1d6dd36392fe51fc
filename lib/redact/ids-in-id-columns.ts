import { amkaValid, balticPersonalCodeValid, egnValid, jmbgValid, oibValid, rodneCisloValid } from './ids-by-name-and-check';
import { hetuValid, peselValid, romanianCnpValid, tcKimlikValid } from './national-ids';
import type { Finder, SecretSpan } from './rules';

/**
 * BY's round: a national ID in a table's "ID" column ("Name | Town | ID" over "Milan Petrov | Osijek | 91487030000"):
 * the header names the column, and the cell's number passes one of the checks of the IDs written as bare digits
 * (Croatia's OIB, Romania's CNP, the Czech and Slovak rodné číslo with or without its slash, Greece's AMKA, the
 * former Yugoslav JMBG and EMŠO, Bulgaria's EGN, Turkey's T.C. kimlik no, Poland's PESEL, the Baltic personal codes,
 * Finland's HETU). BX's and BW's corpora left such rows (eleven-digit IDs in tables); the IDs' own rules need their
 * name beside the number, which a table gives once, in its header. Rows of bars, commas, semicolons or tabs, read
 * for forty rows under the header at most; a number failing every check (an employee's, a member's) is left.
 */
const ID_HEADER = /^(?:id|ids|id[ \t]*(?:no\.?|number|nr\.?|#)|national[ \t]+id(?:[ \t]+(?:no\.?|number))?|personal[ \t]+(?:id|number|code)|citizen[ \t]+id|identity[ \t]+(?:no\.?|number))$/i;
const VALIDATORS = [oibValid, romanianCnpValid, rodneCisloValid, amkaValid, jmbgValid, egnValid, tcKimlikValid, peselValid, balticPersonalCodeValid, hetuValid];
const CELL = /^\d{6}\/?\d{3,4}$|^\d{10,13}$|^\d{6}[-+A]\d{3}[0-9A-Z]$/;

function findIdsInIdColumns(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const header = text.slice(at, end);
    const sep = header.includes('|') ? '|' : header.includes('\t') ? '\t' : header.includes(';') ? ';' : header.includes(',') ? ',' : null;
    // A header is short: read no longer line as one.
    const column = sep && header.length <= 200 ? header.split(sep).findIndex((c) => ID_HEADER.test(c.trim())) : -1;
    at = end + 1;
    if (column < 0) continue;
    for (let row = 0; row < 40 && at < text.length; row++) {
      let rowEnd = text.indexOf('\n', at);
      if (rowEnd < 0) rowEnd = text.length;
      const line = text.slice(at, Math.min(rowEnd, at + 400));
      if (!line.includes(sep!)) break;
      const cells = line.split(sep!);
      let offset = at;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        if (i === column) {
          const value = cell.trim();
          if (CELL.test(value) && VALIDATORS.some((valid) => valid(value))) {
            const start = offset + cell.indexOf(value);
            spans.push({ start, end: start + value.length, label: 'national id' });
          }
        }
        offset += cell.length + 1;
      }
      at = rowEnd + 1;
    }
  }
  return spans;
}

export const IDS_IN_ID_COLUMNS_FINDERS: readonly Finder[] = [{ name: 'ids-in-id-columns', find: findIdsInIdColumns, trigger: /\bID\b/i }];
