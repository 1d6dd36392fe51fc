import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * BX's round: an intercom's or a gate's entry code handed over as what to buzz: "buzz 48213 if I don't answer", "just
 * buzz 7730 at the side door". A flat is buzzed by its number (one to three digits, "buzz 12"); four to eight digits
 * straight after "buzz" are the code keyed in, unless a unit or "times" follows ("buzz 1000 times").
 */
const BUZZ_CODE: RegexRule = {
  name: 'code-to-buzz',
  pattern: /(?<![\p{L}])buzz(?:[ \t]+in)?[ \t]+(?:with[ \t]+)?(\d{4,8})(?![\p{N}\p{L}]|[.,:/-]\d|[ \t]+(?:times|x|hz|khz|mhz|minutes?|mins?|seconds?|secs?)(?![\p{L}]))/dgiu,
  judge(m) {
    const [start, end] = m.indices![1]!;
    if (/^(?:19|20)\d\d$|^(\d)\1+$/.test(m[1]!)) return null;
    return { start, end, label: 'password' };
  },
};

export const CODES_TO_BUZZ_FINDERS: readonly Finder[] = [windowedFinder(BUZZ_CODE, /buzz/gi, 0, 40)];
