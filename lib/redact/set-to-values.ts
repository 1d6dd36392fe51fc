import { generatedPhrase } from './generated-phrases';
import { strongPassword } from './password-colon';
import type { Finder, SecretSpan } from './rules';

/**
 * A value the writer says they set something to, with no password word at all (AK's round): "Hej, Malmo%9873 is what I
 * set it to for Shopify admin", "moghrey mie, walnut saffron marble tulip is what i set it to for bookmyberth",
 * "X is what we changed the router to", "I set it to Kestrel!47 yesterday", "changed the pin to 7731, don't tell". The
 * setting verb is what names a chosen secret; people switching from their own language into English keep this phrase.
 * After a change, "the old one was X" and "the new one is X" name the value the same way.
 *
 * The value is a password's shape beyond doubt (`strongPassword`; letters with digits or symbols; four to ten digits
 * after a PIN's or a code's word), or three to six small words of a generated phrase, perhaps with digits or a symbol
 * after them. Before "is what I set", the value opens its clause (a line's start, a comma, a colon, a dash); a word or
 * a sentence there ("that is what I set it to", "the blue one is what I set it to") has no such shape.
 */

const SETTING = String.raw`(?:set|changed|reset|made|put|picked|chose|switched|updated|typed|entered)`;
/** What was set: "it", or a secret's word with its owner ("the wifi password", "my PIN"), not a label or an option. */
const SECRET_NOUN = String.raw`(?:pass\p{L}*|pw|pwd|pin|code|passcode|combo|combination|key|login|wi-?fi|router|lock|alarm|account)`;
const OBJECT = String.raw`(?:it|them|(?:the|my|our|his|her|their)[ \t]+(?:\p{L}+[ \t]+)?${SECRET_NOUN})`;
const TOKEN = String.raw`[^\s"'“”<>()\[\]\x60]{4,64}`;
const PHRASE = String.raw`[a-z]{3,12}(?:[ \t-][a-z]{3,12}){2,5}(?:[ \t]?\d{1,4})?[!#$%&*@]?`;

/** "X is what I set it to", "X is what we changed the wifi to", "X is what I put as the password". */
const VALUE_IS_WHAT = new RegExp(
  String.raw`(?:^|[,:;—–\n]|[ \t]-)[ \t]*["'“]?(${PHRASE}|${TOKEN}?)["'”]?[ \t]+(?:is|was|'s)[ \t]+what[ \t]+(?:i|we|he|she|they)[ \t]+(?:have[ \t]+|had[ \t]+|just[ \t]+)?${SETTING}(?:[ \t]+${OBJECT})?[ \t]+(?:to|as|for|on|in)(?![\p{L}])`,
  'gimu',
);
/** "I set it to X", "we changed the PIN to 7731", "reset my password to X". */
const SET_TO_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:i|we|i['’]ve|we['’]ve|just|have|has|had)[ \t]+(?:just[ \t]+|have[ \t]+|already[ \t]+)?${SETTING}[ \t]+${OBJECT}[ \t]+to[ \t]+["'“]?(${PHRASE}|${TOKEN})`,
  'giu',
);
/**
 * AN's round: "I set supervisor to X", "I changed the default to X": any one or two words as the thing set, where a
 * password's word stands in the 200 characters before (a BIOS screen's "Supervisor Password", a printer page's "Login
 * Password"); the value must still have a password's or a code's shape (`judge`).
 */
const SET_THING_TO_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:i|we|i['’]ve|we['’]ve)[ \t]+(?:just[ \t]+|have[ \t]+|already[ \t]+)?${SETTING}[ \t]+(?:(?:the|my|our)[ \t]+)?\p{L}{2,20}(?:[ \t]+\p{L}{2,20})?[ \t]+to[ \t]+["'“]?(${TOKEN})`,
  'giu',
);
const PASSWORD_BEFORE = /pass(?:word|wort|wd|code)?|pwd|\bpin\b/i;

/** "the old one was X", "new one is X" after a change: the one replaced or the one in force is the secret's value. */
const OLD_ONE_WAS = new RegExp(
  String.raw`(?<![\p{L}])(?:old|previous|former|new|current)[ \t]+one(?:[ \t]+(?:is|was|['’]s)(?:[ \t]+now)?[ \t]*:?|([ \t]*[:,]|(?=[ \t]+[A-Za-z0-9]{16})))[ \t]+["'“]?(${TOKEN})`,
  'giu',
);
/**
 * AQ's round: "the admin one is X", "the guest one's X": the one of a role, said after a list or a sentence about
 * logins, is that role's password; its value must have a password's shape or be a generated phrase (`judge`), never
 * digits alone ("the admin one is 3 floors up").
 */
const ROLE_ONE_IS = new RegExp(
  String.raw`(?<![\p{L}])(?:admin|administrator|root|guest|staff|user|master|owner|main|office|home|wifi|wi-fi|router|shop|work|personal)[ \t]+one[ \t]+(?:is|was|['’]s)(?:[ \t]+now)?[ \t]*:?[ \t]+["'“]?(${PHRASE}|${TOKEN})`,
  'giu',
);
/**
 * AQ's round: the same in the other languages of chat, the verb of changing or setting and its "to" before the value
 * ("la clave quedó en X", "lo cambié a X", "je l'ai changé en X", "mudei para X", "l'ho cambiata in X", "veranderd naar
 * X", "diganti jadi X", "đổi thành X", "zmieniłem na X", "поменял на X") or around it ("hab es auf X geändert", "auf X
 * gesetzt", "X yaptım", "X kar diya", "X にした", "X로 바꿨어"). The value is judged as the English rule's.
 */
const FOREIGN_SET_TO = new RegExp(
  String.raw`(?<![\p{L}])(?:qued[óo][ \t]+(?:en|como)|(?:la|lo)[ \t]+(?:cambi[ée]|puse|dej[ée])[ \t]+(?:a|en|como)|cambi[ée][ \t]+(?:la[ \t]+\p{L}+[ \t]+)?a|l['’]ai[ \t]+(?:chang[ée]e?|mise?)[ \t]+(?:en|à|a|pour)|chang[ée]e?[ \t]+(?:en|pour)|(?:mudei|troquei|alterei|coloquei)[ \t]+(?:para|pra|como)|l['’]ho[ \t]+(?:cambiat[ao]|mess[ao]|impostat[ao])[ \t]+(?:in|a|su|come)|(?:veranderd|gewijzigd|aangepast)[ \t]+(?:naar|in)|(?:di)?(?:ganti|ubah)(?:nya)?[ \t]+(?:jadi|ke|menjadi)|đổi[ \t]+(?:thành|sang|lại[ \t]+thành)|zmieni(?:łem|łam|one|ono)[ \t]+na|změnil[ \t]+(?:jsem[ \t]+)?na|(?:по|из|с)мен(?:ил|яла|ила|ял)[ \t]+на)[ \t]+["'“]?(${PHRASE}|${TOKEN})`,
  'giu',
);
const FOREIGN_VALUE_THEN_SET = new RegExp(
  String.raw`(?<![\p{L}])(?:auf|zu)[ \t]+["'“]?(${PHRASE}|${TOKEN})["'”]?[ \t]+(?:ge[äa]ndert|gesetzt|umgestellt|gestellt)(?![\p{L}])|(?<![^\s:,])["'“]?([^\s"'“”<>()\[\]\x60\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}、。，]{4,64})["'”]?[ \t]*(?:yapt[ıi]m|olarak[ \t]+değiştirdim|kar[ \t]+(?:diya|di|diye)|にした|に変えた|に変更し|로[ \t]?바꿨|으로[ \t]?바꿨|로[ \t]?변경)`,
  'giu',
);
/** Where a secret's word stands in the text, digits alone set "to" are a code's (any language's password or code word). */
export const SECRET_WORD_ANYWHERE = /pass|pw|clave|contrase|senha|mot de passe|mdp|kennw|wachtw|has[lł]o|heslo|парол|şifre|sifre|sandi|mật khẩu|mat khau|pin|code|kod|2fa|login|パス|비번|비밀번호|密码|密碼/i;

const CODE_OBJECT = /(?<![\p{L}])(?:pin|code|passcode|combo|combination|password|passwort|pw|pwd|passphrase|key)(?![\p{L}])/iu;
/** A quantity, a time, a date or a version after "set it to": a setting's value, not a secret. */
const UNIT_AFTER = /^[ \t]*(?:%|°|degrees?|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|px|pt|em|am|pm|gb|mb|kb|fps|hz|khz|mhz|volts?|v|ms|x|times|percent)(?![\p{L}])/iu;

export function judge(raw: string, codeWord: boolean): string | null {
  const value = raw.replace(/[.,;:)\]}»”"'’]+$/u, '');
  if (value.length < 4 || /:\/\/|^\/|@[\w-]+\.\p{L}/u.test(value)) return null;
  if (/^\d{4,10}$/.test(value)) return codeWord && !/^(?:19|20)\d\d$/.test(value) ? value : null;
  if (/[ \t-]/.test(value) && /^[a-z]{3,12}(?:[ \t-][a-z]{3,12}){2,5}/.test(value)) {
    const words = value.replace(/[ \t]?\d{1,4}[!#$%&*@]?$|[!#$%&*@]$/, '');
    return generatedPhrase(words.replace(/-/g, ' ')) ? value : null;
  }
  if (/\s/.test(value)) return null;
  if (strongPassword(value)) return value;
  // Letters and digits mixed, or a password's symbol among letters and digits: "4n7EnnA82", "$Mustikka12", "=Ир71".
  const letters = (value.match(/\p{L}/gu) ?? []).length;
  const digits = (value.match(/\d/g) ?? []).length;
  const symbols = (value.match(/[!#$%^&*?~+=@]/g) ?? []).length;
  if (letters >= 2 && digits >= 2 && (symbols >= 1 || /\p{Lu}/u.test(value) || digits + letters >= 8)) return value;
  return null;
}

function findSetToValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // Read once per text, not once per match (a text of many matches and no such word would be read again each time).
  let named: boolean | null = null;
  const secretWord = (): boolean => (named ??= SECRET_WORD_ANYWHERE.test(text));
  if (!/one|set|chang|made|put|pick|chose|switch|updat|typed|entered|rotat|replac|qued|cambi|mis|mud|troq|alter|coloq|l['’]ho|verander|gewijzig|aangepast|ganti|ubah|đổi|zmieni|změn|мен|ge[äa]nder|gesetzt|gestellt|yapt|değiş|kar |にし|に変|바꿨|변경/i.test(text)) return spans;
  VALUE_IS_WHAT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VALUE_IS_WHAT.exec(text)); ) {
    const value = judge(m[1]!, CODE_OBJECT.test(m[0]));
    if (!value) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  SET_TO_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SET_TO_VALUE.exec(text)); ) {
    const start = m.index + m[0].length - m[1]!.length;
    // AQ's round: digits set "it" to are a code's where the text names a login, a password or a second factor.
    const value = judge(m[1]!, CODE_OBJECT.test(m[0]) || (/^\d{6,10}$/.test(m[1]!) && secretWord()));
    if (!value || UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 12))) continue;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  SET_THING_TO_VALUE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SET_THING_TO_VALUE.exec(text)); ) {
    if (!PASSWORD_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const value = judge(m[1]!, true);
    if (!value || (/^\d+$/.test(value) && value.length < 6) || UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 12))) continue;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  FOREIGN_SET_TO.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FOREIGN_SET_TO.exec(text)); ) {
    const start = m.index + m[0].length - m[1]!.length;
    const value = judge(m[1]!, secretWord());
    if (!value || UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 12))) continue;
    // A typed value only where the text names a secret ("Cambié el color del tema. Lo cambié a Azul2x!" is a theme's
    // name); a generated phrase says what it is by itself.
    if (!/[ \t]/.test(value) && !secretWord()) continue;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  FOREIGN_VALUE_THEN_SET.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FOREIGN_VALUE_THEN_SET.exec(text)); ) {
    const raw = m[1] ?? m[2]!;
    const value = judge(raw, secretWord());
    if (!value) continue;
    const start = m.index + m[0].indexOf(raw);
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  ROLE_ONE_IS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ROLE_ONE_IS.exec(text)); ) {
    const start = m.index + m[0].length - m[1]!.length;
    const value = judge(m[1]!, false);
    // A digit or a phrase's words: a name in capitals and underscores ("the staff one is Library_Staff") is a network's.
    if (value && !/^\d+$/.test(value) && (/\d/.test(value) || /^[a-z]+[ \t-][a-z]/.test(value))) spans.push({ start, end: start + value.length, label: 'password' });
  }
  // Only where the text speaks of a change ("changed after the storm, old one was …").
  if (/chang|reset|rotat|replac|updat/i.test(text)) {
    OLD_ONE_WAS.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = OLD_ONE_WAS.exec(text)); ) {
      const raw = m[2]!;
      const start = m.index + m[0].length - raw.length;
      const value = judge(raw, false);
      // Without "is", only a token's shape: letters and digits, sixteen or more ("new one Ko3EilkAN8r9nM926uFsDiab").
      if (m[1] !== undefined && !(value && value.length >= 16 && /\d/.test(value) && /\p{L}/u.test(value))) continue;
      if (value && !/^\d+$/.test(value)) spans.push({ start, end: start + value.length, label: 'password' });
    }
  }
  return spans;
}

export const SET_TO_VALUE_FINDERS: readonly Finder[] = [{ name: 'set-to-values', find: findSetToValues }];
