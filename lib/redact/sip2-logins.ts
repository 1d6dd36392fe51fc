import { regexFinder, type Finder, type RegexRule } from './rules';

/**
 * The password field of a SIP2 Login message (3M's Standard Interchange Protocol, which library self-check kiosks
 * and sorters speak to every ILS): `93` and two one-digit algorithm fields, then `CN` the user id, `|CO` the password,
 * `|CP` the location (`9300CNkiosk01|COs3cret|CPMAIN|AY1AZF…`). The field's name is fixed by the protocol, so its value
 * is the password whatever it looks like; an empty one is not read.
 */
const SIP2_LOGIN = /(?<![A-Za-z0-9])93[0-9]{2}CN[^|\r\n]{1,64}\|CO([^|\r\n]{1,64})\|/dg;

const SIP2_LOGIN_PASSWORD: RegexRule = {
  name: 'sip2-login-password',
  pattern: SIP2_LOGIN,
  judge(m) {
    const span = m.indices![1]!;
    return { start: span[0], end: span[1], label: 'password' };
  },
};

const finder = regexFinder(SIP2_LOGIN_PASSWORD);
/** Most texts hold no SIP2 message: they are never scanned for one. */
export const SIP2_LOGIN_FINDERS: readonly Finder[] = [{ name: SIP2_LOGIN_PASSWORD.name, find: (text) => (text.includes('|CO') ? finder.find(text) : []) }];
