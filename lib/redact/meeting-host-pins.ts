import type { Finder, SecretSpan } from './rules';

/**
 * The PIN that makes a caller the host of a meeting: Zoom's "host key", Webex's "host PIN" or "host access code",
 * Teams' and GoToMeeting's "organizer PIN", a conference bridge's "leader", "moderator" or "chairperson" PIN, in an
 * invite's text or an `.ics` DESCRIPTION ("Passcode: … host key: 935425", "Dial-in host key: 800705"). Four to ten
 * digits after the name, its colon or "is"; whoever holds it takes the meeting over. The meeting's own id and its dial-in
 * numbers are public to every invitee and have no such name.
 */
const HOST_PIN =
  /(?<![\p{L}])(?:host[ \t]+(?:key|pin|access[ \t]+code|code)|organi[sz]er[ \t]+(?:pin|code)|leader[ \t]+(?:pin|code)|moderator[ \t]+(?:pin|code|passcode)|chair(?:person)?[ \t]+(?:pin|code)|clé[ \t]+(?:d['’]h[ôo]te|de[ \t]+l['’]h[ôo]te)|code[ \t]+(?:d['’]h[ôo]te|organisateur)|Host-?(?:Schlüssel|PIN|Code)|clave[ \t]+(?:de[ \t]+)?anfitri[óo]n|chave[ \t]+(?:de[ \t]+)?anfitri[ãa]o|chiave[ \t]+(?:dell['’])?host)(?:[ \t]*[:：=][ \t]*|[ \t]+(?:is|ist|est|es|é|è)[ \t]+)(\d{4,10})(?![\p{L}\p{N}_]|[.,:/-]\d)/giu;

function findHostPins(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  HOST_PIN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HOST_PIN.exec(text)); ) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: start + m[1]!.length, label: 'password' });
  }
  return spans;
}

export const MEETING_HOST_PIN_FINDERS: readonly Finder[] = [{ name: 'meeting-host-pins', find: findHostPins }];
