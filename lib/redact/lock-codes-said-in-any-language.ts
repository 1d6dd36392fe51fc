import type { Finder, SecretSpan } from './rules';

/**
 * BT's round: a lock's or a padlock's number said with the language's "is", or with nothing, and no code word, in any
 * of the languages people leave a bike's or a shed's combination in: "el candado del portón es 823", "el lucheto de la
 * cantina xe 891", "des Schloss vom Fahrradkeller is 957", "kufuli ya baiskeli ni 7466", "замок на гаражі 885", "khóa
 * xe là 796", "το λουκέτο της αποθήκης είναι 3121", "het slot van de schuur is 518", "قفل گدام 728 است", "车库那个锁是985",
 * "नए फोन का लॉक 7755 है", "the bike lock's 7630". BS's round read these words only beside a found password; alone,
 * what makes the number a combination is the lock's word before it in its clause, a few words of what it locks between
 * (no other number, no comma), and the number closing the clause, three to eight digits (a bike lock's dials are
 * three or four). A lock is no door: a door's and a gate's numbers are where they stand. The English "lock" needs its
 * verb ("the lock's 7630"): "lock 14" is a canal's. Words that are a castle's too (Schloss, замок, zámek) take no year
 * of four digits (1000 to 2099); Dutch "slot" only before "van" ("tot slot" is "finally"); Vietnamese "khóa" not as a
 * course ("khóa học").
 */
const LOCK_WORDS =
  String.raw`(?:(?<![\p{L}\p{M}])(?:\p{L}*schlo(?:ss|ß)|\p{L}*schlass|slot(?=[ \t]+van[ \t])|hangslot|fietsslot|cadenas|cadenat|candado|cadeado|lucc?hett?[oiu]|kufuli|gembok|kilit\p{L}*|k[łl][óo]dk\p{L}*|z[áa]mek|z[áa]mok|zamek|lakat\p{L}*|lac[ăa]t\p{L}*|λουκ[έε]τ\p{L}*|κλειδαρι[άα]|замок|замк[аеуі]|колодк\p{L}*|(?:ال)?قفل|(?:ال)?كادن[ةه]|(?:ال)?خزن[ةه]|ताला|ताले|लॉक|kh[óo]a(?![ \t]+h[ọo]c)|padlock|(?:bike|bicycle|combination|shed|cycle|locker)[ \t-]?lock|lock)(?![\p{L}\p{M}])|锁|鎖|자물쇠|南京錠)`;
const LOCK_CODE = new RegExp(
  String.raw`${LOCK_WORDS}([^\d\n.;!?,،，、。:()]{0,40}?)(?<![\p{N}])(\d{3,8})(?=[ \t]*(?:है|हैं|است|ast|da|dir|dır)?[ \t]*(?:[,.;!?،。，、)]|\r?\n|$))`,
  'giu',
);
/** A word in the clause that makes the number another one: a phone's, a model's, a price's, a time's. */
const OTHER_NUMBER = /(?<![\p{L}])(?:phone|tel|number|no|nr|model|serial|price|size|room|flat|house|floor|at|by|until|since|in|um|à|a[ \t]+las|alle|om|номер|модел\p{L}*|цен\p{L}*|nummer|numéro|número|numero|modell?o?|preis|prix|precio|prezzo)\.?(?![\p{L}])/iu;
const CASTLE = /^(?:\p{L}*schlo(?:ss|ß)|\p{L}*schlass|замок|z[áa]mek|zamek|z[áa]mok)$/iu;

function findLockCodesSaidInAnyLanguage(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  LOCK_CODE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LOCK_CODE.exec(text)); ) {
    const word = m[0].slice(0, m[0].length - m[1]!.length - m[2]!.length);
    const between = m[1]!;
    const value = m[2]!;
    if (/^(\d)\1+$/.test(value) || OTHER_NUMBER.test(between)) continue;
    if (CASTLE.test(word) && /^(?:1\d|20)\d\d$/.test(value)) continue;
    // English "lock" alone needs its verb right before the number: "the lock's 7630", "the lock is 4471".
    if (/^lock$/i.test(word) && !/^(?:['’]s|[ \t]+(?:is|was)(?:[ \t]+now)?)[ \t]+$/i.test(between)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const LOCK_CODES_SAID_IN_ANY_LANGUAGE_FINDERS: readonly Finder[] = [{ name: 'lock-codes-said-in-any-language', find: findLockCodesSaidInAnyLanguage }];
