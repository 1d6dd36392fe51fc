import { CAR_MAKERS } from './possessions';

/**
 * What kind of thing a slot fact is, in the words a person searches with: "User is a nurse." says nothing of "job",
 * so "what is my job?" in the popup found the passages that say "job" and not the fact. The dream stores these words
 * with the fact (`MemoryRow.searchTerms`); the lexical index reads them at a low weight; they are never shown.
 */
// Each kind in English, then in the other languages the rules read (other-languages.ts, and the Chinese ones in
// diet-and-health-chinese.ts and work-home-and-partner-chinese.ts): a user who chats in French searches in French ("où
// est-ce que j'habite", "quel est mon métier"), one who chats in Chinese in Chinese ("我的工作是什么").
const TOPICS = new Map<string, string>([
  ['name', 'name called · nom appelle Name heiße nombre llamo nome chiamo naam heet 名前 名字'],
  ['call-me', 'name called · nom appelle Name heiße nombre llamo nome chiamo naam heet 名前'],
  ['age', 'age old years born'],
  ['birthday', 'birthday bday born birth date · anniversaire Geburtstag cumpleaños compleanno aniversário verjaardag 誕生日'],
  ['location', 'live lives living home city town where based · habite habiter vis ville wohne wohnen lebe Stadt vivo vivir ciudad abito città moro cidade woon stad 住んでいる 住んで 住所 住在 住址 城市 搬家'],
  ['education', 'degree studied study university college school education graduated · diplôme études université Studium studiert Universität título estudié universidad laurea università diploma universidade studie universiteit 学位 大学'],
  ['pronouns', 'pronouns gender she her he him they them'],
  ['gender', 'gender woman man pronouns'],
  ['origin', 'from born grew up hometown country origin'],
  // "job" is what the user does (occupation): "what is my job" is answered by "User is a nurse" before where.
  ['employer', 'work employer company workplace · travail travaille boulot entreprise Arbeit arbeite Firma trabajo empresa lavoro azienda trabalho werk bedrijf 仕事 会社 勤め先 工作 公司 单位 單位 上班'],
  ['occupation', 'work job occupation profession career role · métier travail profession boulot Beruf Arbeit trabajo profesión oficio lavoro mestiere professione trabalho profissão werk beroep 仕事 職業 工作 职业'],
  ['work-pattern', 'work schedule shifts hours'],
  ['allergy', 'allergy allergies allergic health · allergie allergique Allergie allergisch alergia alérgico allergia allergico alérgica allergisch アレルギー 过敏 過敏'],
  ['diet', 'diet eat food · régime manger Ernährung essen dieta comer mangiare alimentação dieet eten 食事 饮食 飲食 吃素'],
  ['health', 'health condition medical'],
  ['accessibility', 'accessibility access disability needs wheelchair hearing vision'],
  ['relationship-status', 'married single relationship partner status'],
  ['pet', 'pet pets animal dog cat'],
  ['pets', 'pet pets animal dog cat'],
  ['family', 'family'],
  ['child', 'child children kid kids son daughter baby family old age · enfant enfants fils fille Kind Kinder Sohn Tochter hijo hija hijos figlio figlia figli filho filha filhos kinderen zoon dochter 子供 子ども 孩子 儿子 兒子 女儿 女兒'],
  ['commute', 'commute travel'],
  ['habit', 'habit routine usually'],
  ['reply-language', 'language'],
  ['language', 'language languages speak speaks fluent native'],
  ['timezone', 'timezone time zone hours local time'],
  ['skill', 'skill level experience beginner'],
  ['learning-style', 'learn learning style'],
  ['chronotype', 'morning night sleep schedule'],
  ['deploys', 'deploy hosting'],
]);

/**
 * The search words for a slot fact ('user/occupation', 'user/allergy:peanut', 'user/family:sister:location'), if any.
 * A job said with its place ("User is a harbour pilot in Gothenburg.") also answers where the user lives.
 */
export function slotSearchTerms(slot: string | undefined, text = ''): string | undefined {
  // In the other languages the rules read a partner in too (partners-and-diet-more-languages.ts): "quem é meu namorado".
  if (slot === 'user/family:partner')
    return 'family partner relationship dating boyfriend girlfriend copain copine conjoint Freund Freundin novio novia pareja fidanzato fidanzata ragazzo ragazza namorado namorada parceiro parceira vriend vriendin 恋人 彼氏 彼女 男朋友 女朋友 老公 老婆 对象 對象';
  if (!slot && /^User (?:has|owns) /.test(text)) return kindOfThing(text);
  const kind = /^user\/([^:]+)/.exec(slot ?? '')?.[1];
  const words = kind ? TOPICS.get(kind) : undefined;
  if (kind === 'occupation' && / in \p{Lu}[^.]*\.$/u.test(text)) return `${words} · ${TOPICS.get('location')}`.replace(/ · /g, ' ');
  return words?.replace(/ · /g, ' ');
}

/**
 * What kind of thing a model the user has is, by the product lines everyone knows: "User has an iphone 16 pro." says
 * nothing of "phone", so "what phone do I have" found the passages that say "phone" and not the fact. The more specific
 * line first: a "Pixel Watch" is a watch, a "Galaxy Tab" a tablet.
 */
const THING_KINDS: [RegExp, string][] = [
  [/\b(?:apple watch|galaxy watch|pixel watch|forerunner|fenix|fitbit|amazfit)\b/i, 'watch smartwatch'],
  [/\b(?:airpods|galaxy buds|pixel buds|wh-?1000|quietcomfort|sennheiser)\b/i, 'headphones earbuds'],
  [/\b(?:ipad|galaxy tab|surface pro|kindle|kobo|remarkable)\b/i, 'tablet e-reader'],
  [/\b(?:iphone|pixel|galaxy [szanm]\d+|galaxy (?:note|fold|flip|z)|oneplus|xiaomi|redmi|poco|huawei|motorola|moto [a-z]\d+|nokia|fairphone|xperia)\b/i, 'phone mobile smartphone cell'],
  [/\b(?:macbook|xps|thinkpad|chromebook|zenbook|vivobook|spectre|envy|latitude|inspiron|ideapad|legion|surface laptop|framework)\b/i, 'laptop computer notebook'],
  [/\b(?:ps[45]|playstation|xbox|nintendo switch|steam deck)\b/i, 'console games gaming'],
  [/\b(?:rtx|gtx|radeon|rx) ?\d/i, 'graphics card gpu'],
  [/\b(?:eos|lumix|fujifilm|nikon z ?\d+|sony a\d+|gopro)\b/i, 'camera'],
  // A car by its maker (possessions.ts): "what do I drive" finds "User has an Isuzu D-Max".
  [new RegExp(String.raw`^User has an? (?:${CAR_MAKERS})\b`, 'iu'), 'car vehicle drive drives driving motor'],
];

function kindOfThing(text: string): string | undefined {
  return THING_KINDS.find(([re]) => re.test(text))?.[1];
}
