import type { SecretSpan } from './rules';

/**
 * AY's round: a code's test vector names the input a digest is checked against (`// test vector for PIN 0000`, "the
 * hash of PIN 1234", "digest for passcode 5678"): the code is a fixture's input, printed beside its expected hash, not
 * a code anyone uses. The words stand just before the code's name, and the code is digits.
 */
const TEST_VECTOR_BEFORE = /\b(?:test[ \t]+vectors?|(?:hash|digest)(?:es)?)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?:PIN|PUK|passcode|code)[ \t]*[:=]?[ \t]*$/i;

export function isTestVectorInput(text: string, span: SecretSpan): boolean {
  return /^\d{3,10}$/.test(text.slice(span.start, span.end)) && TEST_VECTOR_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start));
}
