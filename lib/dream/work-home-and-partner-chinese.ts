/**
 * A job, a workplace, a home and a partner said in Chinese (simplified or traditional), in the slots the English rules
 * fill, so a change said in one language supersedes what was said in the other: "我是一名护士" (I'm a nurse), "我在仁济医院
 * 当护士" (I'm a nurse at Renji Hospital), "我在一家银行上班" is no employer (a bank, none named), "我住在杭州" / "我刚搬到深圳"
 * (where I live), "我老公叫王磊" (my husband is Wang Lei), "我和小林分手了" (Xiaolin and I split up). Jobs are named in English
 * ("User works as a nurse."), as a popup search in either language then finds them by their slot.
 *
 * Chinese puts no spaces between words, so the forms are matched without word edges and each has to start at "我" (I)
 * with at most a word of time between: "我妈妈是护士" (my mother is a nurse) and "我以前是老师" (I used to be a teacher) are
 * not the user's job now. Not read under a negation ("我不是医生"), in a question ("我是不是该当老师？") or a supposition
 * ("如果我是医生").
 */

import type { ChineseFact } from './diet-and-health-chinese';

export interface ChineseRetraction {
  slot: string;
  value: string;
}

/** Jobs by their Chinese names, longest first where one holds another ("产品经理" before "经理"). */
const JOBS: [string, string][] = [
  ['产品经理|產品經理', 'product manager'],
  ['项目经理|項目經理', 'project manager'],
  ['软件工程师|軟件工程師|軟體工程師', 'software engineer'],
  ['程序员|程序員|码农|碼農', 'programmer'],
  ['工程师|工程師', 'engineer'],
  ['护士|護士', 'nurse'],
  ['牙医|牙醫', 'dentist'],
  ['兽医|獸醫', 'vet'],
  ['医生|醫生|大夫', 'doctor'],
  ['药剂师|藥劑師', 'pharmacist'],
  ['中学老师|中學老師|小学老师|小學老師|幼儿园老师|幼兒園老師|老师|老師|教师|教師', 'teacher'],
  ['教授', 'professor'],
  ['律师|律師', 'lawyer'],
  ['会计师|會計師|会计|會計', 'accountant'],
  ['设计师|設計師', 'designer'],
  ['建筑师|建築師', 'architect'],
  ['厨师|廚師', 'chef'],
  ['出租车司机|出租車司機|司机|司機', 'driver'],
  ['警察', 'police officer'],
  ['消防员|消防員', 'firefighter'],
  ['记者|記者', 'journalist'],
  ['翻译|翻譯', 'translator'],
  ['摄影师|攝影師', 'photographer'],
  ['理发师|理髮師|發型師|发型师', 'hairdresser'],
  ['电工|電工', 'electrician'],
  ['水管工', 'plumber'],
  ['快递员|快遞員', 'courier'],
  ['外卖员|外賣員', 'delivery rider'],
  ['保安', 'security guard'],
  ['公务员|公務員', 'civil servant'],
  ['研究员|研究員', 'researcher'],
  ['飞行员|飛行員', 'pilot'],
  ['空姐|空乘', 'flight attendant'],
  ['服务员|服務員', 'waiter'],
  ['店长|店長', 'store manager'],
  ['经理|經理', 'manager'],
  ['销售|銷售', 'salesperson'],
  ['农民|農民', 'farmer'],
  ['博士生', 'PhD student'],
  ['研究生', 'graduate student'],
  ['大学生|大學生', 'university student'],
  ['学生|學生', 'student'],
];
const JOB_WORDS = JOBS.map(([zh]) => zh).join('|');

/** A word of time that may stand between "我" and the verb: now, at present, already, since last month. */
const NOW = '(?:现在|現在|目前|已经|已經|如今|今年|这个月|這個月|上个月开始|上個月開始)?';
/** "一名", "一个", "一位": a measure word before the job. */
const ONE = '(?:一名|一个|一個|一位|名|个|個)?';
/** A workplace named by what it is (a hospital, a bank, a school, a firm …), with its name before. */
const WORKPLACE = String.raw`((?:(?!的|一家|一个|一個|一所|这家|這家|那家)[\p{Script=Han}A-Za-z0-9]){1,12}?(?:医院|醫院|银行|銀行|学校|學校|大学|大學|中学|中學|小学|小學|幼儿园|幼兒園|公司|集团|集團|餐厅|餐廳|酒店|工厂|工廠|研究所|研究院|事务所|事務所|诊所|診所|药店|藥店|超市|火锅店|火鍋店|咖啡店|书店|書店))`;

const JOB_SAID = new RegExp(String.raw`我${NOW}(?:是|当|當|做|在做|干|幹)${ONE}(${JOB_WORDS})(?!的|吗|嗎|呢|\p{Script=Han}{0,2}(?:吗|嗎))`, 'u');
const JOB_AT = new RegExp(String.raw`我${NOW}在${WORKPLACE}(?:当|當|做|干|幹|担任|擔任|工作，?是)${ONE}(${JOB_WORDS})`, 'u');
/** The job said at a place not named ("我在一家医院当护士", "我在上海做销售"): the job alone. */
const JOB_SOMEWHERE = new RegExp(String.raw`我${NOW}在[\p{Script=Han}A-Za-z0-9]{1,14}?(?:当|當|做|干|幹|担任|擔任)${ONE}(${JOB_WORDS})(?!的)`, 'u');
const WORKS_AT = new RegExp(String.raw`我${NOW}在${WORKPLACE}(?:工作|上班)`, 'u');
const MY_JOB_IS = new RegExp(String.raw`我的(?:工作|职业|職業)是${ONE}(${JOB_WORDS})`, 'u');

/** A place: a city or district in Han characters (with its 市/区 … if said), or a capitalised name in Latin letters. */
const NOT_HOME = '一|这|這|那|哪|个|個|我|你|他|她|家|宿舍|公寓|酒店|公司|单位|單位|医院|醫院|学校|學校|附近|隔壁|楼|樓|外面|这里|這裡|那里|那裡|这边|這邊|那边|那邊';
/**
 * A place: up to six Han characters ending in a word for a city, province, district or town ("杭州西湖区"), else two to
 * four (a city: "杭州", "乌鲁木齐"), or a capitalised name in Latin letters. Longer runs are a place and more ("杭州很开心").
 */
const PLACE = String.raw`((?!${NOT_HOME})(?:\p{Script=Han}{1,6}?(?:市|省|区|區|县|縣|镇|鎮)|\p{Script=Han}{2,4}?)|\p{Lu}[\p{Script=Latin}'-]+(?: \p{Lu}[\p{Script=Latin}'-]+){0,2})`;
const PLACE_END = String.raw`(?=$|[，。！？、,.!?;；\s]|了|的|这边|這邊|那边|那邊|市区|市區|中心|附近|工作|上班|生活|已经|已經|快|差不多|住|很|挺|蛮|也|都|还|還|和|跟|呢|啊|吧|一年|两年|兩年|三年|好几年|好幾年|\d)`;
const LIVES = new RegExp(String.raw`我(?:们|們)?${NOW}(?:一直)?(?:住在|生活在|定居在|定居|住(?![在院过過宿不了着著]))\s?${PLACE}${PLACE_END}`, 'u');
const MOVED = new RegExp(String.raw`我(?:们|們)?(?:已经|已經|刚|剛|刚刚|剛剛|上个月|上個月|去年|今年|上周|上週)?(?:搬到|搬去|搬来|搬來|搬家到|搬家去)了?\s?${PLACE}${PLACE_END}`, 'u');
/** Places that are not where one lives: "我住在外地" (away), "我住在国外" (abroad) name none. */
const NOT_A_PLACE = /^(?:外地|国外|國外|城里|城裡|乡下|鄉下|市中心|郊区|郊區|老家|新家|附近|对面|對面|楼上|樓上|楼下|樓下)$/u;

/** Partners by their Chinese names, as the English rules name them. */
const PARTNERS: [string, string][] = [
  ['未婚夫', 'fiancé'],
  ['未婚妻', 'fiancée'],
  ['男朋友|男友', 'boyfriend'],
  ['女朋友|女友', 'girlfriend'],
  ['老公|丈夫|先生', 'husband'],
  ['老婆|妻子|太太|爱人|愛人', 'wife'],
  ['对象|對象', 'partner'],
];
/**
 * A name: a common surname (or the 小/阿/老 of a nickname) and one or two characters, or a capitalised Latin name. "叫"
 * also means "to ask someone to" ("我老公叫我去买菜", "我老婆叫外卖了"): what follows it then is no name.
 */
const SURNAMES =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯欧歐小阿老';
const NAME = String.raw`([${SURNAMES}]\p{Script=Han}{1,2}|\p{Lu}[\p{Script=Latin}'-]+)`;
const PARTNER_NAMED = new RegExp(String.raw`我(?:的)?(${PARTNERS.map(([zh]) => zh).join('|')})(?:叫|名叫|名字叫|的名字是)${NAME}(?=$|[，。！？、,.!?;；\s]|了|他|她)`, 'u');
const BROKE_UP = new RegExp(String.raw`我(?:已经|已經|上个月|上個月|上周|上週|昨天|前几天|前幾天)?(?:和|跟|与|與)${NAME}(?:已经|已經)?分手了`, 'u');

/** Before a match, in the same clause: a negation, a supposition or a wish. */
const SUPPOSED = /(?:如果|假如|要是|假设|假設|万一|萬一|想|希望|打算|梦想|夢想|不|没|沒|别|別)[^，。！？,.!?]*$/u;
/** After a match, in the same clause: a question ("我是不是该…？", "我应该当老师吗？"). */
const ASKED = /^[^，。！？,.!?]*(?:[?？]|吗|嗎)/u;
/** "是不是", "该不该", "要不要": a question said by repeating the verb. */
const WEIGHED = /(?:是不是|该不该|該不該|要不要|能不能|应该|應該)/u;

function fact(slot: string, text: string, value: string, importance: number): ChineseFact {
  return { kind: 'fact', slot, text, value, importance };
}

/** A form's match that stands as said: not supposed, negated, asked or weighed in its clause. */
function said(re: RegExp, s: string): RegExpExecArray | null {
  const m = re.exec(s);
  if (!m) return null;
  const before = s.slice(0, m.index);
  const after = s.slice(m.index + m[0].length);
  return SUPPOSED.test(before) || ASKED.test(after) || WEIGHED.test(m[0]) ? null : m;
}

/** Each Chinese name of a list's entries, simplified and traditional, to its English name: built once, looked up by word. */
function byWord(list: [string, string][]): Map<string, string> {
  return new Map(list.flatMap(([zh, english]) => zh.split('|').map((word) => [word, english] as const)));
}
const JOB_IN_ENGLISH = byWord(JOBS);
const PARTNER_IN_ENGLISH = byWord(PARTNERS);

const article = (job: string) => `${/^[aeiou]/i.test(job) ? 'an' : 'a'} ${job}`;

/** The job, workplace, home and partner one Chinese sentence says, and a partner it ends. */
export function workHomeAndPartnerInChinese(s: string): { facts: ChineseFact[]; retractions: ChineseRetraction[] } {
  const facts: ChineseFact[] = [];
  const retractions: ChineseRetraction[] = [];
  if (!/\p{Script=Han}/u.test(s)) return { facts, retractions };
  const at = said(JOB_AT, s);
  const job = at ? at[2] : (said(JOB_SAID, s) ?? said(JOB_SOMEWHERE, s) ?? said(MY_JOB_IS, s))?.[1];
  if (job) {
    const english = JOB_IN_ENGLISH.get(job)!;
    facts.push(fact('user/occupation', `User works as ${article(english)}.`, english, 0.75));
  }
  const workplace = at?.[1] ?? said(WORKS_AT, s)?.[1];
  if (workplace) facts.push(fact('user/employer', `User works at ${workplace}.`, workplace, 0.75));
  const home = said(LIVES, s) ?? said(MOVED, s);
  const place = home?.[1]?.trim();
  if (place && !NOT_A_PLACE.test(place)) facts.push(fact('user/location', `User lives in ${place}.`, place, 0.8));
  const ended = said(BROKE_UP, s);
  if (ended) retractions.push({ slot: 'user/family:partner', value: ended[1]! });
  const partner = said(PARTNER_NAMED, s);
  if (partner && !ended) {
    const relation = PARTNER_IN_ENGLISH.get(partner[1]!)!;
    facts.push(fact('user/family:partner', `User's ${relation} is ${partner[2]}.`, partner[2]!, 0.7));
  }
  return { facts, retractions };
}
