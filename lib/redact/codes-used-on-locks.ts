import type { Finder, SecretSpan } from './rules';

/**
 * BA's round: a code said to be used on a lock, or taken by one, in the lock's own sentence ("please use 1122 on the
 * costume trailer keypad", "use 0385 on the office lockbox keypad, not the old one", "keypad at the container 3 takes
 * 0370"). A keypad, a padlock, a lock box or a key safe takes nothing but codes; a door or a gate is named beside room
 * and house numbers, so it counts only as a keypad's or a lock's.
 */
const LOCK = String.raw`(?:key[ \t]?pad|pad[ \t]?lock|lock[ \t]?box|key[ \t]?safe|key[ \t]?box|combination[ \t]+lock|door[ \t]+lock)`;
const USE_ON_LOCK = new RegExp(String.raw`(?<![\p{L}])(?:use|enter|try|punch[ \t]+in|key[ \t]+in)[ \t]+(\d{4,8})[ \t]+(?:on|at|for|into)[ \t]+(?:the[ \t]+)?[^.!?\n\d]{0,40}?${LOCK}(?![\p{L}])`, 'dgiu');
const LOCK_TAKES = new RegExp(String.raw`(?<![\p{L}])${LOCK}(?![\p{L}])[^.!?\n]{0,40}?[ \t](?:takes|wants|needs|opens[ \t]+(?:on|with))[ \t]+(\d{4,8})(?![\p{L}\p{N}]|[.,:/-]\d)`, 'dgiu');

function findCodesUsedOnLocks(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const pattern of [USE_ON_LOCK, LOCK_TAKES]) {
    pattern.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = pattern.exec(text)); ) {
      const [start, end] = m.indices![1]!;
      spans.push({ start, end, label: 'password' });
    }
  }
  return spans;
}

export const CODES_USED_ON_LOCKS_FINDERS: readonly Finder[] = [{ name: 'codes-used-on-locks', find: findCodesUsedOnLocks, trigger: /key[ \t]?pad|pad[ \t]?lock|lock[ \t]?box|key[ \t]?safe|key[ \t]?box|combination[ \t]+lock|door[ \t]+lock/i }];
