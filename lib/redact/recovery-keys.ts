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

export const RECOVERY_KEY_FINDERS: readonly Finder[] = [regexFinder(BITLOCKER_RECOVERY)];
