import type { Finder, SecretSpan } from './rules';

/**
 * Codes listed under a heading that names them, each under a label of its own: a till's or a door's PINs per person,
 * a site's codes per door, as a handover sheet lists them —
 *
 *     Arka (POS) – kodet PIN personale        Staff PINs                 Türcodes
 *     Arben:                                  Dana: 4471                 Haupteingang: 2291#
 *     3603                                    Ben: 0915                  Keller: 8804
 *
 * The heading says what the numbers are, in any language (a PIN in capitals, or a word for codes, passcodes, logins or
 * passwords; a request around it may make the line up to 160 characters long); the
 * labels (a name, a door, a role) may be any words of any script, so no word list limits them. Each value is a code's
 * digits, on its label's line after the colon or alone on the line below it; two items at least make the list. A
 * heading that makes them other numbers (error or status codes, postal codes, products, discounts) keeps them.
 */

/** A heading: a PIN or PUK in capitals (a board's "pins" are no secret), or a word for codes or passcodes. */
const PIN_HEADING = /(?<![\p{L}])(?:PIN|PUK)(?:s|-?(?:e|et|er|ler|ovi|y|ите|ы|и))?(?![\p{L}])/u;
const CODE_HEADING =
  /(?:pass|door|gate|lock|alarm|safe|access|entry|keypad|locker)[ \t-]?codes|(?<![\p{L}])(?:codes|kodet|kodi|kodovi|k[óo]dy|kody|koder|koderne|kodene|koodit|koodid|kodai|kodas|c[óo]digos|codici|kodlar[ıi]|коды|кодове|кодови|կոդեր|კოდები|passcodes|combinations|kombinationen|logins|log-ins|passwords|passw[öo]rter|contrase[ñn]as|mots[ \t]+de[ \t]+passe|senhas|password|has[łl]a|пароли|salasanat|wachtwoorden|l[öo]senord|adgangskoder|passord)(?![\p{L}])|(?:t[üu]r|tor|zugangs|sicherheits|alarm)codes|toegangscodes|pincodes|pinkoder|pin-?koodit/iu;
/** Where a heading's word may stand (a plain scan; the line is then read with the two above). */
const ANCHOR = /PIN|PUK|code|kod|kód|koodi|kood|c[óo]dig|codic|код|կոդ|კოდ|combination|kombination|login|log-in|passw|contrase|mots de passe|senhas|has[łl]a|пароли|salasanat|wachtwoorden|l[öo]senord|adgangskoder|passord/gi;

/** Words that make the codes another kind of number. */
const OTHER_CODES =
  /(?<![\p{L}])(?:error|errors|status|exit|http|response|return|country|area|zip|post(?:al)?|postcode|product|discount|promo|coupon|voucher|tracking|colou?r|source|sample|example|qr|bar|tax|billing|airport|iata|currency|language|phone|dialling|dialing|fehler|erreur|c[óo]digos?[ \t]+postal\p{L}*|postleitzahl\p{L}*)(?![\p{L}])/iu;

/** An item's label: up to six words of any script, without digits, ending in a colon. */
const LABEL = /^[ \t]*(?:[-*•·–][ \t]+)?[\p{L}\p{M}][\p{L}\p{M}'’()., \t/-]{0,48}?[ \t]*:[ \t]*/u;
const CODE = /^(\d{4,10})[#*]?[ \t]*$/;

function lineAt(text: string, start: number): { line: string; end: number; next: number } {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  return { line: text.slice(start, end).replace(/\r$/, ''), end, next: nl < 0 ? text.length : nl + 1 };
}

function findHeadingLists(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const anchors = ANCHOR;
  anchors.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = anchors.exec(text)); ) {
    const lineStart = text.lastIndexOf('\n', a.index - 1) + 1;
    const heading = lineAt(text, lineStart);
    anchors.lastIndex = heading.next;
    // A heading is a short line without a number of its own, and names no other kind of code.
    if (heading.line.length > 160 || /\d{3}/.test(heading.line) || !(PIN_HEADING.test(heading.line) || CODE_HEADING.test(heading.line))) continue;
    if (OTHER_CODES.test(heading.line)) continue;
    const found: SecretSpan[] = [];
    let at = heading.next;
    for (let items = 0; items < 40 && at < text.length; items++) {
      const item = lineAt(text, at);
      const label = LABEL.exec(item.line);
      if (!label) break;
      const rest = item.line.slice(label[0].length);
      if (rest.trim() !== '') {
        const code = CODE.exec(rest);
        if (!code) break;
        const start = at + label[0].length;
        found.push({ start, end: start + code[1]!.length, label: 'password' });
        at = item.next;
        continue;
      }
      // The label alone on its line: the code on the next.
      const below = lineAt(text, item.next);
      const code = CODE.exec(below.line.trimStart());
      if (!code) break;
      const start = item.next + (below.line.length - below.line.trimStart().length);
      found.push({ start, end: start + code[1]!.length, label: 'password' });
      at = below.next;
    }
    if (found.length >= 2) spans.push(...found);
    anchors.lastIndex = Math.max(anchors.lastIndex, at);
  }
  return spans;
}

export const HEADING_LIST_FINDERS: readonly Finder[] = [{ name: 'codes-under-heading', find: findHeadingLists }];
