import type { Finder, SecretSpan } from './rules';

/**
 * AO's round: a share link whose fragment holds the key that decrypts what it shares: Bitwarden Send
 * (`https://send.bitwarden.com/#<id>/<key>`), 1Password's item sharing (`https://share.1password.com/s#<key>`),
 * PrivateBin and ZeroBin (`?<id>#<key>`), MEGA (`/file/<id>#<key>`), Excalidraw (`#json=<id>,<key>`), Yopass and
 * CryptPad. The browser never sends the fragment to the server, which is why such services put the key there: whoever
 * holds the whole link reads the secret. Taken by structure, not by the services' names: a link's fragment of twenty
 * characters or more of base64url, letters of both cases and digits mixed at random. A page's anchor (`#installation`,
 * `#section-2-3`) and a single-page app's route (`#/settings/profile`) are words, in one case.
 */
const FRAGMENT_LINK = /https?:\/\/[^\s/?#"'<>]{1,253}(?:\/[^\s?#"'<>]{0,400})?(?:\?[^\s#"'<>]{0,400})?#[A-Za-z0-9_\-!/=,.+]{20,600}/g;

function randomRun(fragment: string): boolean {
  for (const run of fragment.split(/[!/=,.]/)) {
    if (run.length < 20 || !/\d/.test(run) || !/[A-Z]/.test(run) || !/[a-z]/.test(run)) continue;
    // Random draws switch case often; a slug or a route in camel case switches a few times at most.
    const switches = (run.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])|\d(?=[A-Za-z])|[A-Za-z](?=\d)/g) ?? []).length;
    if (switches >= 6) return true;
  }
  return false;
}

function findFragmentKeys(text: string): SecretSpan[] {
  if (!text.includes('://') || !text.includes('#')) return [];
  const spans: SecretSpan[] = [];
  FRAGMENT_LINK.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FRAGMENT_LINK.exec(text)); ) {
    const link = m[0].replace(/[.,]+$/, '');
    const fragment = link.slice(link.indexOf('#') + 1);
    if (randomRun(fragment)) spans.push({ start: m.index, end: m.index + link.length, label: 'password' });
  }
  return spans;
}

export const LINK_FRAGMENT_KEY_FINDERS: readonly Finder[] = [{ name: 'link-fragment-keys', find: findFragmentKeys }];
