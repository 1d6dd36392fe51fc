import type { Finder, SecretSpan } from './rules';
import { isMarker } from './values';

/**
 * Backup codes written one by one, each after its word and its number (AJ's round: "backup code 1 htkk-qqry, backup
 * code 2 …", "backup 代码 1: 0105 6304", "“backup 代码 3 3fh6-uu8g”"): a backup, recovery or emergency word of any of
 * the languages people keep such codes in, a code's word (any script), a number, then a code sheet's shape — two
 * groups of four or five letters and digits, four digits twice, or six to ten digits or small letters and digits.
 */
const BACKUP =
  String.raw`backup|recovery|reserve|emergency|spare|sicherungs?|wiederherstellungs?|notfall|ersatz|secours|r[ée]cup[ée]ration|respaldo|recuperaci[óo]n|reserva|recupera[çc][ãa]o|riserva|recupero|emergenza|herstel|nood|reserv|återställning|gjenoppretting|gendannelse|varmuus|zapasow\p{L}*|awaryjn\p{L}*|z[áa]lo[žz]n\p{L}*|резервн\p{L}*|восстановлени\p{L}*|yedek|kurtarma|cadangan|pemulihan|d[ựu][ \t]+ph[òo]ng|備用|备用|恢复|恢復|バックアップ|予備|백업|복구|احتياطي|גיבוי|बैकअप`;
const CODE = String.raw`codes?|c[óo]digos?|codice|codici|kod[ey]?|k[óo]dy?|koodi|код\p{L}*|κωδικ\p{L}*|קוד|رمز|كود|कोड|代码|代碼|コード|코드|mã|ma`;
const NUMBERED = new RegExp(
  String.raw`(?<![\p{L}])(?:${BACKUP})[ \t-]*(?:${CODE})[ \t]*(?:#|n[or]\.?[ \t]*)?\d{1,2}[ \t]*[:：=.)\t–—-]?[ \t]*(?:[A-Z]{1,2}\d{1,5}:[ \t]*)?([a-z0-9]{4,5}-[a-z0-9]{4,5}|\d{4}[ -]\d{4}|(?=[a-z]*\d)[a-z0-9]{6,10})(?![\p{L}\p{N}-])`,
  'giu',
);

function findNumberedBackupCodes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d/.test(text)) return spans;
  NUMBERED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NUMBERED.exec(text)); ) {
    const value = m[1]!;
    if (isMarker(value)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'recovery code' });
  }
  return spans;
}

export const NUMBERED_BACKUP_CODE_FINDERS: readonly Finder[] = [{ name: 'numbered-backup-codes', find: findNumberedBackupCodes }];
