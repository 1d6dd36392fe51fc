import type { Finder, SecretSpan } from './rules';
import { judge, SECRET_WORD_ANYWHERE } from './set-to-values';

/**
 * AQ's round: a value given as "it's X btw", "it's X fyi", "its X thx" — the chat's aside that hands over a login's
 * secret — in a numbered list of logins ("1) the display cabinets: …\n2) email: it's 1328265097 btw"), or in a text
 * that names a password, a login, a PIN or a code in any language, or a lock, a door, an alarm or a Wi-Fi. The aside's closing word (btw, fyi, thx, thanks, lol,
 * a dash, an ellipsis, an emoji; AR's round: "same as the router") marks the value as the thing handed over; the value must be a password's shape, six
 * to twelve digits, or a generated phrase of three to six plain words (`judge` in set-to-values.ts).
 */
const ASIDE =
  /(?<![\p{L}])(?:it['’]?s|its|it[ \t]+is|it[ \t]+was)[ \t]+["'“]?([a-z]{3,12}(?:[ \t][a-z]{3,12}){2,5}|[^\s"'“”<>()[\]]{4,64}?)["'”]?[ \t]*(?:,[ \t]*)?(?=(?:btw|fyi|thx|thanks|lol|tho|though|iirc|same[ \t]+as)(?![\p{L}])|[—–…](?![\p{L}])|\p{Extended_Pictographic})/giu;
/** What a code opens, named anywhere in the text ("it's 91257081 btw. lockbox …"). */
// AR's round: a machine one signs in to or a controller one keys a code into (a lift's, a panel's, a kiosk's, a
// terminal's) is named so too ("I look after the goods lift … it's 94783 btw").
const OPENS_ANYWHERE = /lock|door|gate|alarm|safe|wi-?fi|router|keypad|garage|locker|lift|elevator|controller|panel|kiosk|terminal|console|laptop|tablet/i;
/** A numbered list's item line, its label before a colon: "2) email: …", "3. wifi - …". */
const LIST_ITEM = /^[ \t]*\d{1,2}[).:][ \t]+[^:\n]{1,60}[:—–-][ \t]/;

function findValuesSaidInAsides(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/it['’]?s|it[ \t]+(?:is|was)/i.test(text)) return spans;
  let secretWord: boolean | null = null;
  ASIDE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ASIDE.exec(text)); ) {
    // The item's line, read back 80 characters at most (a label stands close before its value).
    const back = text.slice(Math.max(0, m.index - 80), m.index + 1);
    const listed = LIST_ITEM.test(back.slice(back.lastIndexOf('\n') + 1)) && (back.includes('\n') || m.index <= 80);
    secretWord ??= SECRET_WORD_ANYWHERE.test(text) || OPENS_ANYWHERE.test(text);
    if (!listed && !secretWord) continue;
    const value = judge(m[1]!, true);
    // Four or five digits only where the text names what they open (then no year): a short number is a room's or a
    // ZIP code as often.
    if (!value || (/^\d+$/.test(value) && value.length < 6 && (value.length < 4 || /^(?:19|20)\d\d$/.test(value) || !OPENS_ANYWHERE.test(text)))) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const VALUES_SAID_IN_ASIDES_FINDERS: readonly Finder[] = [{ name: 'values-said-in-asides', find: findValuesSaidInAsides }];
