import { describe, expect, it } from 'vitest';
import { correctionsByPassage } from '../../../lib/dream/corrections';
import { extractFromTurn } from '../../../lib/dream/extract';
import { russianJobStatements } from '../../../lib/dream/jobs-in-russian';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, freshDb, T0 } from './fixture';

/**
 * Jobs said in Russian and Ukrainian (jobs-in-russian.ts), an offer said with its start taken as the new job, in
 * English (job-offers.ts) and Russian, and a job in a terse line ("roofer, self employed"); on sentences made up here.
 */
const jobs = (s: string) => russianJobStatements(s).map((f) => f.text);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: T0 }).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());
const work = (text: string) => facts(text).filter((f) => /^user\/(?:occupation|employer)/.test(f));

describe('a job said in Russian or Ukrainian', () => {
  it('"работаю / працюю" with the job in the instrumental, named in the nominative', () => {
    expect(jobs('Работаю сварщиком на верфи в Калининграде, смены по 12 часов')).toEqual(['User works as сварщик (на верфи в Калининграде).']);
    expect(jobs('я сейчас работаю старшей медсестрой в детской поликлинике')).toEqual(['User works as старшая медсестра (в детской поликлинике).']);
    expect(jobs('работаю водителем, развожу хлеб по утрам')).toEqual(['User works as водитель.']);
    expect(jobs('Працюю механіком у депо біля вокзалу.')).toEqual(['User works as механік (у депо біля вокзалу).']);
    expect(jobs('Працюю бухгалтеркою в агенції.')).toEqual(['User works as бухгалтерка (в агенції).']);
  });

  it('"я" and a job with no verb, at a workplace or as one of the plainest job names', () => {
    expect(jobs('Я звукорежиссёр на радио «Маяк», пишу подкасты')).toEqual(['User works as звукорежиссёр (на радио «Маяк»).']);
    expect(jobs('Кстати, я логист в транспортной компании')).toEqual(['User works as логист (в транспортной компании).']);
    expect(jobs('Я — фармацевт, подскажите по дозировке')).toEqual(['User works as фармацевт.']);
    expect(jobs('я тоже программист, но в банке')).toEqual(['User works as программист.']);
  });

  it('not what a person is, a question, a negation, or when and how one works', () => {
    for (const s of [
      'Я турист в Праге, где поесть?',
      'я оптимист по жизни',
      'Я вегетарианец уже шесть лет.',
      'я родитель первоклассника',
      'Я врач?',
      'Я не юрист, но почитал закон',
      'если я бухгалтер, то мне нужна лицензия?',
      'работаю вечером, устаю',
      'я работаю шестой день подряд',
      'работаю удалённо из дома',
      'я не работаю поваром больше',
      'Я волонтёр в приюте для собак',
    ])
      expect(jobs(s), s).toEqual([]);
  });

  it('a job got or an offer taken with its start: "меня взяли", "я устроилась", "мне предложили … начинаю"', () => {
    expect(jobs('Меня взяли старшим поваром в ресторан «Огонёк»!')).toEqual(['User works as старший повар (в ресторан «Огонёк»).']);
    expect(jobs('Я наконец устроилась кассиром в супермаркет у дома')).toEqual(['User works as кассир (в супермаркет у дома).']);
    expect(jobs('Мне предложили должность инженера-сметчика в Стройпроекте, выхожу с понедельника.')).toEqual(['User works as инженер-сметчик (в Стройпроекте).']);
    expect(jobs('Мені запропонували посаду дизайнера в Monobank, починаю з вересня')).toEqual(['User works as дизайнер (в Monobank).']);
  });

  it('an offer weighed is not taken', () => {
    expect(jobs('Мне предложили место аналитика в Озоне, стоит ли соглашаться?')).toEqual([]);
    expect(jobs('Мне предложили должность прораба, не знаю, начинаю сомневаться')).toEqual([]);
  });

  it('reaches the dream through the other-language rules', () => {
    expect(work('Работаю электромонтёром на подстанции')).toEqual(['user/occupation User works as электромонтёр (на подстанции).']);
  });
});

describe('an offer said with its start, in English', () => {
  it('the employer and the job, from "got offered … starting", "was offered … I start", the start in the next sentence', () => {
    expect(work('I got offered the stage manager job at the Lyric Hammersmith, starting in March!')).toEqual(['user/employer User works at Lyric Hammersmith.', 'user/occupation User works as a stage manager.']);
    expect(work('I was offered a position as sous chef at Rovi and I start Monday.')).toEqual(['user/employer User works at Rovi.', 'user/occupation User works as a sous chef.']);
    expect(work('got offered the night porter role at Claridges, first day is the 12th')).toEqual(['user/employer User works at Claridges.', 'user/occupation User works as a night porter.']);
    expect(extractFromTurn({ id: 't1', text: 'I got offered a job at Fernhill Dairy. I start next week, any tips?', at: T0 }).facts.map((f) => f.text)).toContain('User works at Fernhill Dairy.');
  });

  it('not an offer weighed, not someone else’s, not one with no start', () => {
    expect(work('I got offered a job at Globex starting in June, should I take it?')).toEqual([]);
    expect(work("I was offered the analyst role at Initech starting in May but I'm not sure")).toEqual([]);
    expect(work('My brother got offered a job at Acme, starting in May.')).toEqual([]);
    expect(work('I was offered a job at Hooli last year.')).toEqual([]);
  });
});

describe('the new job makes the old one history', () => {
  it('a job said in Russian, then an offer taken: the old passage carries the change', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'Я техник сцены в Молодёжном театре, нужен чек-лист на монтировку.' },
      { role: 'assistant', text: 'Вот чек-лист монтировки.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    await addConversation(db, 'b', T0 + 30 * DAY, [
      { role: 'user', text: 'Мне предложили место художника-постановщика в театре «Сфера», начинаю в сентябре! Помоги с письмом.' },
      { role: 'assistant', text: 'Поздравляю! Вот письмо.' },
    ]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 31 * DAY) });
    const active = (await db.memories.toArray()).filter((m) => m.kind === 'fact' && m.status === 'active' && m.text.startsWith('User works as'));
    expect(active.map((m) => m.text)).toEqual(['User works as художник-постановщик (в театре «Сфера»).']);
    expect((await correctionsByPassage(db)).get('passage:chatgpt:a#0:0')).toMatchObject({ kind: 'changed' });
  });
});

describe('a job in a terse line', () => {
  it('opening the sentence with how it is worked: "locksmith, self employed, leicester."', () => {
    expect(work('roofer, self employed, derby. need a quote template')).toEqual(['user/occupation User is a roofer.']);
    expect(work('Electrician, freelance. Invoice wording?')).toEqual(['user/occupation User is an electrician.']);
    expect(work('childminder, part time, 3 kids. meal ideas')).toEqual(['user/occupation User is a childminder.']);
  });

  it('not someone else, and not a question whether to see one: "vet now or wait?"', () => {
    expect(work('My uncle, self employed, never took a holiday')).toEqual([]);
    expect(work('dog limping since sunday. vet now or wait?')).toEqual([]);
    expect(work('Dentist now?')).toEqual([]);
    expect(work('senior analyst now, same team')).toEqual(['user/occupation User is a senior analyst.']);
  });
});
