import type { Finder, SecretSpan } from './rules';
import { looksLikeGenericSecret } from './values';

/**
 * A sign-in link's one-time token in its query: a magic link, an e-mailed login, a password reset, an e-mail
 * verification, an invitation, an account activation, an OAuth or SSO callback's authorization code
 * (`https://app.example.io/auth/magic?code=…&email=…`, `/reset-password?token=…`, `/verify?t=…`, `/callback?code=…`).
 * Whoever holds the link is signed in, or sets the password, as its addressee: the value is a secret under any of the
 * short names such links give it, where the link's path says what it is for and the value is random (twenty characters
 * or more of mixed letters and digits).
 */
const SIGN_IN_LINK = /https?:\/\/[^\s/?#"'<>]+(\/[^\s?#"'<>]*)\?([^\s#"'<>]{1,2000})/g;
const SIGN_IN_PATH =
  /(?:auth|login|log-in|signin|sign-in|sign_in|magic|passwordless|verify|verification|confirm|reset|password|invite|invitation|activate|activation|callback|sso|oauth|otp|onboard|join|accept|session)/i;
const TOKEN_PARAM = /^(?:code|token|t|key|k|otp|magic|magic_token|login_token|auth_token|access_token|ticket|secret|sig|signature|hash|h|reset_token|invite_token|confirmation_token|verification_token)$/i;

function findLinkTokens(text: string): SecretSpan[] {
  if (!text.includes('://') || !text.includes('?')) return [];
  const spans: SecretSpan[] = [];
  SIGN_IN_LINK.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SIGN_IN_LINK.exec(text)); ) {
    if (!SIGN_IN_PATH.test(m[1]!)) continue;
    let at = m.index + m[0].length - m[2]!.length;
    for (const pair of m[2]!.split('&')) {
      const eq = pair.indexOf('=');
      const value = eq < 0 ? '' : pair.slice(eq + 1);
      if (eq > 0 && TOKEN_PARAM.test(pair.slice(0, eq)) && value.length >= 20 && /\d/.test(value) && /[A-Za-z]/.test(value) && looksLikeGenericSecret(value)) {
        spans.push({ start: at + eq + 1, end: at + eq + 1 + value.length, label: 'api key' });
      }
      at += pair.length + 1;
    }
  }
  return spans;
}

export const LINK_TOKEN_FINDERS: readonly Finder[] = [{ name: 'link-tokens', find: findLinkTokens }];
