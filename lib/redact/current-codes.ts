import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * A PIN or a lock's code named in one sentence (often a question) and given in the next as what it is now: "How do I
 * change the voicemail PIN? Right now it's 1506, everyone knows it", "Як змінити PIN голосової пошти? Зараз стоїть
 * 1506", "Wie ändere ich den Tor-Code? Aktuell ist es 2207". The value stands after a word for "now" (and a verb),
 * so a number of units after it ("currently 3000 ms", "right now it's 4 digits") is left alone, as is a code of any
 * other kind (an error's, a product's) named before.
 */

/**
 * Words for "now" or "currently", then a verb for "is" or "is set" (or a colon), in the languages seen: without one
 * the number counts something ("currently 1000 users").
 */
const NOW_THEN_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:right[ \t]+now|currently|at[ \t]+the[ \t]+moment|at[ \t]+present|зараз|наразі|сейчас|teraz|obecnie|aktuell|momentan|derzeit|actuellement|en[ \t]+ce[ \t]+moment|ahora|actualmente|agora|attualmente|momenteel|op[ \t]+dit[ \t]+moment|şu[ \t]+anda|hiện[ \t]+tại)(?![\p{L}])` +
    String.raw`[ \t,]*(?:(?:it(?:['’]s|[ \t]+is)|is[ \t]+it|it['’]s[ \t]+set[ \t]+to|set[ \t]+to|стоїть|стоит|встановлено|установлен|ist[ \t]+es|ist|es[ \t]+ist|c['’]est|est|es|está|é|è|jest|to|je|is[ \t]+het|het[ \t]+is|is)[ \t]*:?[ \t]+|:[ \t]*)` +
    String.raw`(?<![\p{N}])(\d{4,8})[#*]?(?![\p{L}\p{N}_]|[.,:/-]\d)`,
  'dgiu',
);

/** A PIN or a lock's code named in the lead: PIN in any script, a passcode, a door, gate, alarm or safe code. */
const CODE_NAMED = /(?<![\p{L}])(?:PIN|ПІН|ПИН|пін|пин|passcode|pass[ \t]code|(?:door|gate|alarm|lock|safe|garage|keypad|entry|access)[ \t-]?code|Tor-?[Cc]ode|Türcode|Alarmcode|code[ \t]+(?:de[ \t]+la[ \t]+porte|du[ \t]+portail|de[ \t]+l['’]alarme))(?![\p{L}])/u;
/** Words in the lead that make the number something else: a count, a length, an error, a port, a timeout. */
const NOT_A_CODE = /(?<![\p{L}])(?:error|status|port|version|timeout|length|digits?|attempts?|tries|limit|count|format)(?![\p{L}])/iu;
/** Units after the number. */
const UNIT_AFTER = /^[ \t]*(?:ms|s|sec\p{L}*|min\p{L}*|h|hours?|days?|digits?|chars?|characters?|times|tries|attempts?|%|px|mb|gb|kb)(?![\p{L}])/iu;

/** How far back the code's name may stand: its own sentence and the one before. */
const LEAD = 160;

const CURRENT_CODE: RegexRule = {
  name: 'current-code',
  pattern: NOW_THEN_VALUE,
  judge(m, text) {
    const value = m[1]!;
    const start = m.indices![1]![0];
    // A year reads as one after "now" ("right now it is 2024"), whatever was named before.
    if (/^(\d)\1+$|^(?:19|20)\d\d$/.test(value) || UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 12))) return null;
    const lead = text.slice(Math.max(0, m.index - LEAD), m.index);
    // The same paragraph: a blank line or two line breaks end the reach.
    const para = lead.slice(lead.lastIndexOf('\n\n') + 1);
    if (!CODE_NAMED.test(para) || NOT_A_CODE.test(para)) return null;
    return { start, end: start + value.length, label: 'password' };
  },
};

export const CURRENT_CODE_FINDERS: readonly Finder[] = [
  windowedFinder(
    CURRENT_CODE,
    /right[ \t]+now|currently|at[ \t]+the[ \t]+moment|at[ \t]+present|зараз|наразі|сейчас|teraz|obecnie|aktuell|momentan|derzeit|actuellement|en[ \t]+ce[ \t]+moment|ahora|actualmente|agora|attualmente|momenteel|op[ \t]+dit[ \t]+moment|şu[ \t]+anda|hiện[ \t]+tại/giu,
    0,
    60,
  ),
];
