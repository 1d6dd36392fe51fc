/**
 * A diet and a lasting condition said in Chinese, in the slots the English rules fill (extract.ts): "我吃素" (I'm
 * vegetarian), "我吃全素" (vegan), "鱼和虾我还是吃的，就是不吃猪肉牛肉" (fish and prawns yes, no meat: pescatarian), "我有偏头痛很多
 * 年了" (I've had migraines for years). Written as the English facts are ("User is pescatarian.", "User has migraines."), so
 * a diet said in one language supersedes one said in the other, and the block carries them with the user's health.
 *
 * Chinese puts no spaces between words, so the forms are matched without word edges; a form under a negation ("我不吃
 * 素", "没有偏头痛") is not read.
 */

export interface ChineseFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** Vegan: "全素", "纯素" (whole, pure vegetarian), said of what the user eats or is. */
const VEGAN = /(?:我|我们|开始|一直|現在|现在|已经|已經)(?:是|吃|也吃|改吃)?(?:全素|纯素|純素)(?!食品|餐厅|餐廳|菜单|菜單)/u;
/** Vegetarian: "我吃素", "开始吃素了", "我是素食者" (not "我不吃素", nor a restaurant's "素食餐厅"). */
const VEGETARIAN = /(?:我|我们|開始|开始|一直|现在|現在|已经|已經)(?:是|也)?(?:吃素|素食者|素食主义者|素食主義者)/u;
/** Fish or seafood still eaten: "鱼和虾我还是吃的", "我还吃鱼", "只吃鱼和海鲜". */
const FISH_EATEN = /(?:(?:鱼|魚|海鲜|海鮮|虾|蝦)(?:和|跟|、)?(?:虾|蝦|海鲜|海鮮)?我?(?:还是|還是|还|還|也|会|會)(?:吃|會吃|会吃)|我?(?:还|還|只|也|还是|還是)吃(?:鱼|魚|海鲜|海鮮|虾|蝦))/u;
/** Meat not eaten: "不吃猪肉牛肉鸡肉", "不吃肉". */
const NO_MEAT = /不(?:吃|碰)(?:任何)?(?:肉|猪肉|豬肉|牛肉|鸡肉|雞肉|红肉|紅肉)/u;
/** A negation right before a form: "我不吃素", "没有偏头痛". */
const NEGATED = /(?:不|没|沒|无|無|别|別)$/u;

/** Conditions a person lives with, by their Chinese names (simplified and traditional), as the English slot names them. */
const CONDITIONS: [RegExp, string][] = [
  [/偏头痛|偏頭痛/u, 'migraines'],
  [/哮喘/u, 'asthma'],
  [/(?:1型|一型|I型)糖尿病/u, 'type 1 diabetes'],
  [/(?:2型|二型|II型)糖尿病/u, 'type 2 diabetes'],
  [/糖尿病/u, 'diabetes'],
  [/高血压|高血壓/u, 'high blood pressure'],
  [/湿疹|濕疹/u, 'eczema'],
  [/癫痫|癲癇/u, 'epilepsy'],
  [/关节炎|關節炎/u, 'arthritis'],
  [/乳糜泻|乳糜瀉/u, 'coeliac disease'],
  [/克罗恩病|克隆氏症/u, "Crohn's disease"],
  [/甲减|甲状腺功能减退|甲狀腺功能減退/u, 'hypothyroidism'],
  [/耳鸣|耳鳴/u, 'tinnitus'],
];
/** Said as the user's own, for long: "我有", "我患有", "我得了", "我一直有", "被诊断出". */
const HAS = /(?:我(?:一直|从小|從小|多年来|多年來)?(?:有|患有|得了|得过|得過)|(?:我)?被(?:诊断|診斷)(?:出|为|為)?(?:有)?)$/u;

function fact(slot: string, text: string, value: string, importance: number): ChineseFact {
  return { kind: 'fact', slot, text, value, importance };
}

/** The first match of a form not under a negation. */
function said(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  return m && !NEGATED.test(text.slice(Math.max(0, m.index - 1), m.index)) ? m : null;
}

/** The diet and the conditions a Chinese sentence (or a turn) says the user has. */
export function dietAndHealthInChinese(text: string): ChineseFact[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const out: ChineseFact[] = [];
  // Fish said as still eaten, with meat off or after "vegetarian" (corrected in the same breath: "吃素了——不对，说错了，鱼
  // 和虾我还是吃的"): pescatarian, and not the vegetarian said before it.
  const fish = said(FISH_EATEN, text);
  const vegetarian = said(VEGETARIAN, text);
  if (fish && (said(NO_MEAT, text) || vegetarian)) out.push(fact('user/diet', 'User is pescatarian.', 'pescatarian', 0.85));
  else if (said(VEGAN, text)) out.push(fact('user/diet', 'User is vegan.', 'vegan', 0.85));
  else if (vegetarian) out.push(fact('user/diet', 'User is vegetarian.', 'vegetarian', 0.85));
  for (const [re, condition] of CONDITIONS) {
    const m = re.exec(text);
    if (!m || !HAS.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "2型糖尿病" is said once: not again as diabetes of no type.
    if (condition === 'diabetes' && out.some((f) => f.value.endsWith('diabetes'))) continue;
    out.push(fact(`user/health:${condition.toLowerCase()}`, `User has ${condition}.`, condition, 0.9));
  }
  return out;
}
