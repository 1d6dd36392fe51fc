import { regexFinder, type Finder, type RegexRule } from './rules';
import { isPlaceholder } from './values';

/**
 * AP's round: an XML element whose name says it holds a password, a secret or a key, with the value in a child
 * element: Windows' answer file (`<AdministratorPassword><Value>…</Value><PlainText>true</PlainText>`, `<AutoLogon>
 * <Password><Value>…</Value>`), and the same layout in other tools' XML (`<ProxyPassword><value>…</value>`,
 * `<DbSecret><string>…</string>`). The element's name says what the child holds, as a key's name does; an empty or
 * templated value (`${…}`, `%…%`, `*SENSITIVE*DATA*DELETED*`) is not taken.
 */
const PASSWORD_ELEMENT: RegexRule = {
  name: 'password-element-value',
  pattern:
    /<((?:[\w.-]{0,40}:)?[\w.-]{0,40}(?:password|passwd|passphrase|secret|pwd|apikey|api_key|token|privatekey)[\w.-]{0,40})(?:[ \t][^<>\n]{0,200})?>[ \t\r\n]{0,80}<(value|string|data|plaintext|text)(?:[ \t][^<>\n]{0,200})?>([^<>\n]{1,200})<\/\2>/dgi,
  judge(m) {
    const value = m[3]!;
    const start = m.indices![3]![0];
    if (isPlaceholder(value) || /^(?:true|false|\*SENSITIVE\*DATA\*DELETED\*)$/i.test(value.trim()) || /^(?:%\w+%|\$\{[^}]*\})$/.test(value)) return null;
    return { start, end: start + value.length, label: 'password' };
  },
};

export const PASSWORD_ELEMENT_FINDERS: readonly Finder[] = [regexFinder(PASSWORD_ELEMENT)];
