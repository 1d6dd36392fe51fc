import type { Finder, SecretSpan } from './rules';

/**
 * The spoken password an alarm company or a monitoring centre asks for when it rings ("When the alarm company rings,
 * they ask for the password — it's sorrel", "Voor het alarmbedrijf is het wachtwoord Lindisfarne", "Codewort für die
 * Alarmzentrale: Heidekraut"): one word, letters only, which no shape rule takes, since the word is the secret. The
 * sentence names the monitoring (`MONITORING`); the password word, a verb for "is" or a dash, then the word, and the
 * clause ends. A sentence about what the password must be ("a password like …") has more words after it.
 */
const MONITORING =
  /(?<![\p{L}])(?:alarm[ \t-]?(?:company|companies|firm|monitoring|centre|center|response|provider)|monitoring[ \t]+(?:company|centre|center|station|service)|security[ \t]+company|call[ \t]+centre|alarmbedrijf\p{L}*|meldkamer|alarmcentrale|alarmzentrale|alarmfirma|wachdienst|sicherheitsdienst|notruf(?:zentrale)?|t[ée]l[ée]surveillance|centrale[ \t]+d['’]alarme|soci[ée]t[ée][ \t]+de[ \t]+surveillance|central[ \t]+(?:de[ \t]+)?alarmas?|empresa[ \t]+de[ \t]+(?:alarmas?|seguridad)|centrale[ \t]+operativa|vigilanza|larmcentral\p{L}*|larmbolag\p{L}*|vagtcentral\p{L}*|alarmselskab\p{L}*|h[äa]lytyskeskus\p{L}*|centrum[ \t]+monitorowania|agencj\p{L}*[ \t]+ochrony)(?![\p{L}])/iu;

/** The password word, then a verb or a dash ("— it's", "is", "ist", ":"), then one word that ends its clause. */
const SPOKEN =
  /(?<![\p{L}])(?:password|passwort|kennwort|codewort|code[ \t-]?word|safe[ \t-]?word|wachtwoord|codewoord|mot[ \t]+de[ \t]+passe|contrase[ñn]a|palabra[ \t]+clave|senha|parola[ \t]+d['’]ordine|l[öo]senord|kodeord|salasana|has[łl]o)(?:[ \t]*(?:[:：]|[—–-][ \t]*(?:it['’]s|it[ \t]+is|c['’]est|es|ist)?|,[ \t]*(?:it['’]s|which[ \t]+is))|[ \t]+(?:is|was|ist|lautet|est|es|é|è|är|er|jest))?[ \t]+["'“«]?(\p{L}{4,24})["'”»]?(?=[ \t]*(?:[.!;,)]|$|\n|[—–-][ \t]))/giu;

/** Words a sentence puts where a spoken password would stand, which no alarm company asks for. */
const NOT_A_WORD = /^(?:the|a|an|this|that|it|one|same|wrong|right|correct|required|needed|different|new|old|ready|changed|set|there|here|please|again|too|also|always|never|secret|written|known|protected|reset|[\p{Ll}]+ly|[\p{Ll}]+ing|[\p{Ll}]+ed)$/iu;

function findSpokenPasswords(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!MONITORING.test(text)) return spans;
  SPOKEN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SPOKEN.exec(text)); ) {
    const word = m[1]!;
    if (NOT_A_WORD.test(word)) continue;
    // The monitoring named in the same sentence or the one before: at most 200 characters back, on the same paragraph.
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    if (!MONITORING.test(before.slice(before.lastIndexOf('\n\n') + 1))) continue;
    const start = m.index + m[0].lastIndexOf(word);
    spans.push({ start, end: start + word.length, label: 'password' });
  }
  return spans;
}

export const ALARM_VERBAL_PASSWORD_FINDERS: readonly Finder[] = [{ name: 'alarm-verbal-passwords', find: findSpokenPasswords }];
