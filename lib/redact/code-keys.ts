import type { Finder, SecretSpan } from './rules';

/**
 * A lock's or a device's access code under a config key named for it: `access_code: "25605409"` (a 3D printer's LAN
 * code in Home Assistant), `door_code = 4471`, `"alarmPin": "0915"`, `lockbox-code: 2291`, `pairing_code: 123-45-678`
 * (HomeKit). YAML, JSON, TOML, INI, `.env` and properties files write the name, a colon or an equals sign and the
 * digits, quoted or not; the other assignment rules take only values that look random, and a code of digits does not.
 * The key must say what the code opens or that it is a PIN or passcode: `status_code`, `zip_code`, `country_code`,
 * `error_code` and `exit_code` name no secret, and have no such word.
 */

/** What the code opens or unlocks, as the first part of the key (snake, kebab or camel case). */
const OPENS =
  'access|door|gate|entry|lock|lockbox|keybox|keysafe|padlock|alarm|disarm|arm|safe|locker|garage|keypad|unlock|security|master|admin|' +
  'pairing|setup|lan|printer|device|intercom|gym|wifi|parental|screen|sim|card|bank|atm|till|pos|manager|supervisor|override';

/** The key's last word, its sign and the digits (quoted or not): found by the word, then the key read back from it. */
const VALUE_AFTER_WORD = /(code|pin|passcode|combo|combination)["']?[ \t]*[:=][ \t]*(["']?)(\d{4,12}|\d{3}-\d{2}-\d{3})\2(?![\w.-])/dgi;
/** The whole key, lower-cased: a word of `OPENS` right before the last word, or a PIN or passcode alone. */
const KEY_NAME = new RegExp(`^(?:[a-z0-9]+[_.-])*?(?:${OPENS})[_-]?(?:code|pin|passcode|combo|combination)$|^(?:[a-z0-9]+[_.-])*?(?:pin|passcode)(?:[_-]?code)?$`);
const KEY_BEFORE = /[A-Za-z0-9_.-]{0,48}$/;

function findCodeKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  VALUE_AFTER_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VALUE_AFTER_WORD.exec(text)); ) {
    const key = KEY_BEFORE.exec(text.slice(Math.max(0, m.index - 48), m.index))![0] + m[1]!;
    if (!KEY_NAME.test(key.toLowerCase())) continue;
    const value = m[3]!;
    // Not one digit repeated ("0000", "1111"): a form's blank or a factory default shown as such.
    if (/^(\d)\1+$/.test(value)) continue;
    const start = m.indices![3]![0];
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const CODE_KEY_FINDERS: readonly Finder[] = [
  { name: 'code-under-key', find: findCodeKeys },
];
