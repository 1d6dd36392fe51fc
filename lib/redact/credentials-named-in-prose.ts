import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * BA's round: a password called the credential in a formal letter or notice ("the interim credential is Pylon9561dri?
 * and will lapse after first use", "your temporary credential: …"). "Credential" names logins, certificates and
 * accounts as often, so the value must be a password beyond doubt: one word of eight characters or more with letters
 * and a digit, and a capital or a symbol.
 */
const CREDENTIAL_IS =
  /(?<![\p{L}])credential[ \t]+(?:is|was|will[ \t]+be|remains)[ \t]+["'“‘]?([^\s"'“”‘’]{8,64}?)["'”’]?(?=[ \t]+(?:and|but|which|until|for|—|-)[ \t]|[,;]?[ \t]*$|[,;)]|\.(?:[ \t]|$))/dgimu;

function findCredentialsNamedInProse(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  CREDENTIAL_IS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CREDENTIAL_IS.exec(text)); ) {
    const value = m[1]!;
    if (!/\p{L}/u.test(value) || !/\d/.test(value) || !/[^\p{L}\p{N}]|\p{Lu}/u.test(value) || isPlaceholder(value)) continue;
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const CREDENTIALS_NAMED_IN_PROSE_FINDERS: readonly Finder[] = [{ name: 'credentials-named-in-prose', find: findCredentialsNamedInProse, trigger: /credential/i }];
