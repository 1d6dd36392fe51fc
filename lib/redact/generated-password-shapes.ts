import type { Finder, SecretSpan } from './rules';

/**
 * AL's round: passwords as generators and people make them from words, which no label need name, in any language's
 * sentence ("a mía clau ye Ashdieback-Butter-Champion-97", "I reset it, now Trombone-Age-Coyote-27", "passwordnya
 * TidelineArcticCloud6", "mk là Mayday8059="). The shape alone says it: three or more capitalised words joined by one
 * hyphen, underscore or dot and ended by a number (a password manager's "memorable" form); three or more capitalised
 * words run together and ended by digits; a capitalised word with four or more digits and a symbol after them, or with
 * a leading dot and an underscore. Names and titles write their words apart or with a hyphen but no number after
 * them; code's identifiers carry no trailing digits with a symbol, and are followed by a bracket or a dot, which ends
 * none of these.
 */
const JOINED = /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{2,14}([-_.])\p{Lu}\p{Ll}{1,14}(?:\1\p{Lu}\p{Ll}{1,14}){1,5}\1\d{1,4}[!@#$%^&*?=+~]?(?![\p{L}\p{N}_@/\\(-]|\.\p{L})/gu;
const RUN_TOGETHER = /(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{2,12}(?:\p{Lu}\p{Ll}{2,12}){2,4}\d{1,4}[!@#$%^&*?=+~]?(?![\p{L}\p{N}_@/\\(-]|\.\p{L})/gu;
const WORD_DIGITS_SYMBOL = /(?:(?<![\p{L}\p{N}_.@/\\$#-])\p{Lu}\p{Ll}{3,14}_?(?!(?:19|20)\d\d[^\d])\d{4,6}[=_%#&@$^~+]|(?<=^|[\s"'“‘(])\.\p{Lu}\p{Ll}{3,14}_\d{3,6}[!?%=_#&*@$^~+]?)(?![\p{L}\p{N}@/\\(]|\.\p{L})/gmu;

function findGeneratedShapes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d/.test(text)) return spans;
  for (const re of [JOINED, RUN_TOGETHER, WORD_DIGITS_SYMBOL]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  return spans;
}

export const GENERATED_PASSWORD_SHAPE_FINDERS: readonly Finder[] = [{ name: 'generated-password-shapes', find: findGeneratedShapes }];
