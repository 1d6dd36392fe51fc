import { regexFinder, simple, type Finder } from './rules';

/**
 * A BitLocker recovery password: 48 digits in eight groups of six joined by hyphens, each group eleven times a 16-bit
 * number (BitLocker checks exactly that as the digits are typed). It unlocks the drive, so it is a secret wherever it
 * stands and whatever the words around it say ("The key in the IT folder is …"); the check tells it from any other
 * run of dashed numbers (one group in eleven passes by chance, all eight about once in 200 million).
 */
function bitlockerRecoveryValid(key: string): boolean {
  return key.split('-').every((group) => {
    const n = Number(group);
    return n % 11 === 0 && n / 11 < 65536;
  });
}

const BITLOCKER_RECOVERY = simple(
  'bitlocker-recovery-password',
  'recovery code',
  /(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])/dg,
  bitlockerRecoveryValid,
);

/**
 * A recovery or backup code said in a sentence, in capitals and digits in hyphenated groups of unequal length ("the bank
 * app recovery code is WVK-PH62T-22"): the list rule (labelled.ts) takes groups of one length, as printed sheets have
 * them, and this one is typed from an app's screen. A group of letters and digits mixed says it is drawn at random; a
 * model's or a version's name ("the backup key is FW-2") holds none or is short.
 */
const RECOVERY_CODE_SAID = simple(
  'recovery-code-said',
  'recovery code',
  /(?<![\p{L}\p{N}])(?:recovery|backup|rescue|emergency|reset|restore)[ \t-]+(?:codes?|keys?)(?![\p{L}])[^\n.!?]{0,40}?(?:[ \t](?:is|was|are)|:|=)[ \t]+([A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){1,5})(?![\w-])/dgiu,
  (code) => code === code.toUpperCase() && code.replace(/-/g, '').length >= 8 && code.split('-').some((g) => /\d/.test(g) && /[A-Z]/.test(g)),
  1,
);

export const RECOVERY_KEY_FINDERS: readonly Finder[] = [regexFinder(BITLOCKER_RECOVERY), regexFinder(RECOVERY_CODE_SAID)];
