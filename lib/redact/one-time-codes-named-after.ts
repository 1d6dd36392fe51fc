import { ONE_TIME_NAMES } from './one-time-codes';
import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * BV's round: a one-time code given first and named after ("the bank just texted me 480317 as a verification code",
 * "902114, the one-time code", "I typed 55 21 09 as the OTP", "480317 ist der Bestätigungscode", "480317 es el código
 * de verificación", "480317 comme code de confirmation"). The other rules read the name first ("verification code is
 * …"), or a service's own "… is your code"; a person retelling it puts the number first as often. The name says what
 * the number is: a one-time code's own name only (`ONE_TIME_NAMES`, OTP, TAN, a one-time password or PIN, a security
 * or access code, or another language's compound), never "code" alone ("404 as the status code" names an error).
 * The link is a comma, a dash or a bracket, or "is", "was" or "as" and their kin, with up to two words between
 * ("the new SMS code"); the number opens no other thing's name (a page's, a room's, a ticket's), and the name is not
 * the first half of another ("the verification code length", "the OTP field").
 */
const ONE_TIME_AFTER_NAMES = [
  ONE_TIME_NAMES,
  String.raw`OTP|TAN|mTAN|one[- ]time[ \t]+(?:code|password|passcode|PIN)|(?:security|access|2FA|MFA|two[- ]factor|authenticator|SMS|text)[ \t]+code|passcode`,
  // German, Dutch and Scandinavian compounds, French, Spanish, Italian and Portuguese names.
  String.raw`(?:Bestätigungs|Verifizierungs|Sicherheits|Einmal|Anmelde|Login|SMS-|Zugangs)code|Einmalpasswort`,
  String.raw`(?:verificatie|bevestigings|beveiligings|inlog|eenmalige[ \t]+)code|engångskod|engangskode`,
  String.raw`code[ \t]+(?:de[ \t]+s[ée]curit[ée]|à[ \t]+usage[ \t]+unique|OTP|SMS)`,
  String.raw`c[óo]digo[ \t]+(?:de[ \t]+seguridad|de[ \t]+seguran[çc]a|de[ \t]+acceso|de[ \t]+acesso|OTP|SMS)`,
  String.raw`codice[ \t]+(?:di[ \t]+sicurezza|di[ \t]+accesso|OTP|SMS|monouso)`,
].join('|');
// CD's round: "code" alone, read only with a sender after it (`SENDER_AFTER`).
const AFTER_NAMES = `${ONE_TIME_AFTER_NAMES}|code`;
const ONE_TIME_NAME_LAST = new RegExp(`(?:${ONE_TIME_AFTER_NAMES})$`, 'iu');

/** Between the number and the name: a comma, a dash or a bracket, and "that's"; or the verb for "is" or "as". */
const LINK =
  // CF's round: a colon too, as a text message opens ("482913: your access code for …"; see the judge).
  // CA's round: "that was", "it was", "this is" after the comma ("866619, that was the 2FA code").
  String.raw`(?:[ \t]*(?:,|:|\(|—|–|[ \t]-)[ \t]*(?:(?:that's|that[ \t]+is|that[ \t]+was|which[ \t]+is|which[ \t]+was|it's|it[ \t]+was|this[ \t]+is|this[ \t]+was|das[ \t]+ist|c'est|es|è|é)[ \t]+)?|` +
  // BZ's round: an arrow pointing back at the number ("455756 <- two-factor code"), and a full stop then "that's"
  // ("ok it came through: 62765679. that's the confirmation code").
  String.raw`[ \t]*<-{1,2}[ \t]*(?:(?:that's|that’s|that[ \t]+is|it's|it’s)[ \t]+)?|\.[ \t]+(?:that's|that’s|that[ \t]+is|it's|it’s)[ \t]+|` +
  String.raw`[ \t]+(?:is|was|as|ist|war|als|est|était|comme|es|era|como|è|come|é|är|er|som|is)[ \t]+|` +
  // CD's round: "this is" or "that's" with no comma before it ("212165 this is the passcode the bank sent").
  String.raw`[ \t]+(?:this[ \t]+is|that[ \t]+is|that's|that’s)[ \t]+)`;

/** An article or an owner before the name, in those languages. */
const DETERMINER =
  String.raw`(?:(?:the|a|an|my|your|our|their|his|her|today's|der|die|das|den|dein|deinen|Ihr|Ihren|mein|meinen|ein|einen|le|la|l'|mon|ton|votre|un|une|el|mi|tu|su|il|lo|mio|tuo|o|meu|seu|um|de|mijn|je|een|din|min)[ \t]*)?`;

/** The number: four to eight digits, or two or three groups of them ("55 21 09", "480-317"). */
const NUMBER = String.raw`(?<![\p{L}\p{N}_.,:/#+-])(\d{4,8}|\d{2,4}(?:[ -]\d{2,4}){1,2})(?![\p{L}\p{N}_]|[.,:/-]\d)`;

const NUMBER_THEN_ONE_TIME_NAME = new RegExp(
  `${NUMBER}["”']?${LINK}${DETERMINER}(?:[\\p{L}'’-]{1,15}[ \\t]+){0,2}?(?:${AFTER_NAMES})(?![\\p{L}\\p{N}_])`,
  'dgiu',
);

/** A word right before the number that makes it another thing's: a page, a room, an error, a year. */
const NAMED_OTHERWISE_BEFORE =
  /(?<![\p{L}])(?:page|room|flat|unit|ticket|order|invoice|error|status|line|port|version|build|release|issue|PR|step|flight|bus|seat|ext|extension|no|nr|number|year|in|since|until|by|from|after|before|around|about|code|PIN|zip|postcode|account|ref|reference|case|table|row|column)[ \t#:]*$/iu;

/**
 * What may follow the name: the clause's end, or a small word that opens what is said of it (who sent it, when, how:
 * "… as a verification code from the bank", "… es el código que me llegó"), not a noun that makes the name the first
 * half of another ("the verification code length", "the OTP migration").
 */
const NAME_ENDS_ITS_PHRASE =
  /^(?:[ \t]*(?:$|[\n.,;:!?)'"”’—–-])|[ \t]+(?:they|he|she|it|that|which|who|the|from|for|to|by|via|in|on|and|but|so|I|you|we|sent|texted|came|arrived|just|again|now|today|earlier|yesterday|this|before|after|when|if|que|qui|von|vom|der|die|das|den|dem|de|du|des|del|di|da|do|per|pour|para|für|aus|und|et|y|e|van|en|och|og|som)(?![\p{L}]))/iu;

/**
 * CD's round: who sent it, by a name in capitals, and the sending verb, right after the name ("… is the security code
 * Barclays sent", "… that's the code the Yorkshire Building Society texted me"), the clause ending there or going on
 * to whom or when ("texted me", "sent this morning"; not "emailed about", "sent for the drill"). After it, "the code"
 * alone names a one-time code too: a status's or an error's code is not texted by anyone in capitals.
 */
const SENDER_AFTER = /^[ \t]+(?:that[ \t]+)?(?:the[ \t]+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}[ \t]+(?:just[ \t]+)?(?:sent|texted|emailed|messaged)(?=[ \t]*(?:$|[\n.,;:!?)—–-])|[ \t]+(?:me|us|him|her|them|you|to|through|over|earlier|this|today|yesterday|just|by)(?![\p{L}]))/u;
/** "the code" itself right before the sender: "code" after other words is a discount's, a status's, a room's. */
const THE_CODE_LAST = /(?<![\p{L}])the[ \t]+code$/iu;

/** A word that says the code is not there. */
const NEGATION = /(?<![\p{L}])(?:no|not|without|never|kein|keine|keinen|ohne|pas|sans|sin|senza|sem|geen|zonder|ingen|utan|uden)(?![\p{L}])/iu;

/**
 * CF's round: a colon links the number to the name only where the number opens its line and "your" follows, as a text
 * message does ("482913: your access code for …"): "Score 2100: the access code for level two" is a heading's or a
 * field's number, "1415: SMS code sent to all staff" and "2130: your passcode will follow" a time's, as minutes and
 * logs open their lines.
 */
function colonOpensAMessage(digits: string, link: string, lineBefore: string): boolean {
  return !/^(?:[01]\d|2[0-3])[0-5]\d$/.test(digits) && /^[ \t]*:[ \t]*your[ \t]/iu.test(link) && /(?:^|\n)[ \t>"'“]*$/.test(lineBefore);
}

const ONE_TIME_CODE_NAMED_AFTER: RegexRule = {
  name: 'one-time-code-named-after',
  pattern: NUMBER_THEN_ONE_TIME_NAME,
  judge(m, text) {
    const start = m.indices![1]![0];
    const end = start + m[1]!.length;
    // Eight digits at most in all: a meeting's ID is grouped so too ("267 7236 3019, no passcode").
    if (m[1]!.replace(/\D/g, '').length > 8) return null;
    // "no passcode", "without a one-time code", "kein Bestätigungscode": the name says what is not there.
    if (NEGATION.test(m[0].slice(m[1]!.length))) return null;
    if (NAMED_OTHERWISE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return null;
    if (/^[ \t]*:/.test(m[0].slice(m[1]!.length)) && !colonOpensAMessage(m[1]!, m[0].slice(m[1]!.length), text.slice(Math.max(0, start - 40), start))) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const sent = SENDER_AFTER.test(after);
    if (!ONE_TIME_NAME_LAST.test(m[0]) && !(sent && THE_CODE_LAST.test(m[0]))) return null;
    if (!sent && !NAME_ENDS_ITS_PHRASE.test(after.slice(0, 24))) return null;
    // A four-digit year before a comma is a date's ("In 2024, the one-time code became mandatory").
    if (/^(?:19|20)\d\d$/.test(m[1]!) && !/^[ \t]+(?:as|is|was|als|ist|comme|est|como|es|come|è|é)[ \t]/iu.test(m[0].slice(m[1]!.length))) return null;
    return { start, end, label: 'recovery code' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/** Every name ends in one of these; the number stands up to about 90 characters before it. */
const NAME_ENDS = /code|kode|kod|codice|c[óo]digo|OTP|TAN|PIN|passcode|password|passwort|번호|코드|码|碼|コード|koodi|kód|uthibitisho|אימות|אישור|επαλήθευσης|επιβεβαίωσης|minh|nhận|thực|verifikasi|konfirmasi|weryfikacyjn|potwierdzając|verifica|conferma|v[ée]rification|confirmation|verificaci[óo]n|confirmaci[óo]n|verifica[çc][ãa]o|confirma[çc][ãa]o/giu;

export const ONE_TIME_CODES_NAMED_AFTER_FINDERS: readonly Finder[] = [windowedFinder(ONE_TIME_CODE_NAMED_AFTER, NAME_ENDS, 100, 0)];
