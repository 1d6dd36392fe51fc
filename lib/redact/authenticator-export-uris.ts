import { regexFinder, type Finder, type RegexRule } from './rules';

/**
 * BC's round: Google Authenticator's export, as its QR code decodes: `otpauth-migration://offline?data=…`. The `data`
 * parameter is every account's TOTP seed, encoded (protocol buffers in base64, then URL-encoded); whoever holds it
 * holds all the second factors it moves. The value runs to the parameter's end; a stand-in (`data=...`, `data=<…>`)
 * has none of base64's characters past a few.
 */
const AUTHENTICATOR_EXPORT: RegexRule = {
  name: 'authenticator-export-uri',
  pattern: /otpauth-migration:\/\/offline\?(?:[\w.-]{1,20}=[^&\s]{0,200}&)?data=([A-Za-z0-9%+/=_-]{16,8000})/dgi,
  judge(m) {
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'api key' };
  },
};

export const AUTHENTICATOR_EXPORT_URI_FINDERS: readonly Finder[] = [regexFinder(AUTHENTICATOR_EXPORT)];
