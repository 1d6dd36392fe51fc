import { slips } from './mistyped-labels';

/**
 * AQ's round: the English "password" as other scripts borrow it, spelled by ear (Bengali and Meitei পাসৱার্দ,
 * পাসওয়ার্দ, পাসোয়ার্ড; Burmese and Mon ပါစ်ဝဝ်ဒ်, ပတ်စ်ဝေါ့ဒ်; Persian, Gilaki, Dari and Urdu پسرود, پاسوورد, پسوود,
 * پاسورد, باسورد; Sinhala පාස්වර්ඩ්; Thai พาสเวิร์ด; Georgian პაროლი; Amharic ፓስወርድ), the Russian пароль with a
 * language's article written on (Abkhaz апароль) or two letters swapped (паорль, пароьл), the Spanish contraseña's slips
 * (cnotraseña, contarseña), the Japanese clipped パス before its particle ("パスはc&y&…でお願いします"), and the word a
 * language coins for it (Burmese စကားဝှက်, Dzongkha ཆོག་ཡིག; Tibetan གསང་ཚིག the rules read as it stands). Each is read by every rule as
 * the English word (index.ts turns it into "password" in the copy of the text the rules read, spaces before it to keep
 * the length; two and three letters as "pw" and "pwd"), so a value after it is judged as one after "password" would be.
 * The value's own checks (its shape, its clause) are the rules'; only the word is lent.
 */
const LOANS = [
  String.raw`প্?াস(?:ও[য়য়]|ৱ|ো[য়য়]|উ)া(?:র্|ৰ্)[দডড়ড]`,
  String.raw`ပါ(?:စ်|့စ်|ဆ်)ဝ(?:ဝ်|ေါ့|ော့|ါ့)ဒ်|ပတ်စ်ဝေါ့ဒ်|စကားဝှက်`,
  String.raw`(?:ال)?[بپ]ا?س(?:و{1,2}ر|ر{1}و)[دڈډ]`,
  String.raw`පාස්වර්ඩ්|พาสเวิร์ด|ፓስወርድ|ཆོག་ཡིག་(?=[ \t])`,
];
/** Russian's and Spanish's slips are read as the word in its own script, which the rules read with its script's ways. */
const SLIPPED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:(?:а|и|ай)(?=пароль(?![\p{L}\p{M}]))|(?:${slips('пароль').join('|')}|${slips('contraseña').join('|')})(?![\p{L}\p{M}]))`, 'giu');
const LOAN = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${LOANS.join('|')})(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])パス(?=[ \t]?(?:は|が|も|:|：))`, 'giu');
const ANCHOR = /[\u0980-\u09ff\u1000-\u109f\u0600-\u06ffපพፓཆаиАИпПcCパ]/;

/**
 * AU's round: the word as languages in the Latin script borrow it with their own spelling and endings (Saterland
 * Frisian "Paaswoud", Wolaytta "paaswordiyaa"), and the Swedish word with a dialect's endings (Elfdalian
 * "Lösenuordeð"): "paas…" or "pasw…", and "lösen…" beyond the Swedish forms. English forms are left as they are.
 */
// A word of prose: not a piece of base64 or a path (no digit, `/`, `+`, `=` or `\\` touching it).
const LATIN_LOAN = /(?<![\p{L}\p{M}\p{N}/+=\\_-])(?:paas{1,2}w\p{L}{2,10}|pasw\p{L}{3,10}|l[öo]senu\p{L}{2,8})(?![\p{L}\p{M}\p{N}/+=\\_])/giu;

/** `text` with every borrowed or slipped "password" spelled as the English word, of the same length. */
export function passwordLoansSpelled(text: string): string {
  if (/paas|pasw|l[öo]senu/i.test(text)) text = text.replace(LATIN_LOAN, (w) => (w.length < 8 ? ' '.repeat(w.length - 6) + 'passwd' : ' '.repeat(w.length - 8) + 'password'));
  if (!ANCHOR.test(text)) return text;
  const respelled = text.replace(SLIPPED, (w) => (w.length <= 2 ? ' '.repeat(w.length) : /^[a-zñ]/i.test(w) ? (w.length === 10 ? 'contraseña' : ' '.repeat(w.length - 8) + 'password') : w.length === 6 ? 'пароль' : w.length === 7 ? ' пароль' : w));
  return respelled.replace(LOAN, (w) => {
    if (w.length === 2) return 'pw';
    if (w.length === 3) return 'pwd';
    if (w.length < 6) return ' '.repeat(w.length - 3) + 'pwd';
    if (w.length < 8) return ' '.repeat(w.length - 6) + 'passwd';
    return ' '.repeat(w.length - 8) + 'password';
  });
}
