import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { workHomeAndPartnerInChinese } from '../../../lib/dream/work-home-and-partner-chinese';
import { slotSearchTerms } from '../../../lib/dream/slot-topics';

const read = (s: string) => workHomeAndPartnerInChinese(s).facts.map((f) => `${f.slot} ${f.text}`);
const AT = Date.UTC(2026, 10, 2);

describe('a job and a workplace said in Chinese', () => {
  it('the job named in English, the workplace as said', () => {
    expect(read('我是一名护士，夜班太多了，怎么调整作息？')).toEqual(['user/occupation User works as a nurse.']);
    expect(read('我在协和医院当医生，帮我写封邮件')).toEqual(['user/occupation User works as a doctor.', 'user/employer User works at 协和医院.']);
    expect(read('我现在在一家银行做会计')).toEqual(['user/occupation User works as an accountant.']);
    expect(read('我的工作是软件工程师')).toEqual(['user/occupation User works as a software engineer.']);
    expect(read('我在字节跳动公司上班')).toEqual(['user/employer User works at 字节跳动公司.']);
    expect(read('我當老師十年了')).toEqual(['user/occupation User works as a teacher.']);
  });

  it('not someone else, the past, a negation, a question or a supposition', () => {
    for (const s of [
      '我妈妈是护士',
      '我老公是工程师',
      '我以前是老师，现在不教了',
      '我不是医生，只是好奇',
      '我应该当律师吗？',
      '如果我是医生，我会怎么做',
      '我是护士的女儿',
      '我在一家医院',
    ])
      expect(read(s), s).toEqual([]);
  });
});

describe('a home said in Chinese', () => {
  it('where the user lives or has moved to', () => {
    expect(read('我住在杭州，周末有什么好玩的？')).toEqual(['user/location User lives in 杭州.']);
    expect(read('我们刚搬到深圳了')).toEqual(['user/location User lives in 深圳.']);
    expect(read('我现在住在成都武侯区附近')).toEqual(['user/location User lives in 成都武侯区.']);
    expect(read('我住在Manchester已经两年了')).toEqual(['user/location User lives in Manchester.']);
  });

  it('not a hospital stay, a flat, a move someone dreams of, or more than a place', () => {
    for (const s of ['我住院了三天', '我住在一个小公寓里', '我想搬到大理', '我住在公司附近', '我住过上海', '我住在杭州很开心'])
      expect(read(s).filter((f) => f.startsWith('user/location')), s).toEqual(s === '我住在杭州很开心' ? ['user/location User lives in 杭州.'] : []);
  });
});

describe('a partner said in Chinese', () => {
  it('named, and ended', () => {
    expect(read('我男朋友叫陈浩，他下周生日')).toEqual(["user/family:partner User's boyfriend is 陈浩."]);
    expect(read('我老婆叫Emma，她是英国人')).toEqual(["user/family:partner User's wife is Emma."]);
    expect(workHomeAndPartnerInChinese('我和陈浩分手了，心情很差').retractions).toEqual([{ slot: 'user/family:partner', value: '陈浩' }]);
    expect(read('我和陈浩分手了')).toEqual([]);
    // "叫" as "to ask someone to": no name follows.
    expect(read('我老公叫我去买菜')).toEqual([]);
    expect(read('我老婆叫外卖了')).toEqual([]);
  });
});

describe('through the dream extraction', () => {
  it('a job said in Chinese fills the slot an English one fills', () => {
    const r = extractFromTurn({ id: 't1', text: '我是一名护士。我住在杭州。', at: AT });
    expect(r.facts.map((f) => f.text)).toEqual(expect.arrayContaining(['User works as a nurse.', 'User lives in 杭州.']));
  });
});

describe('found by a search in Chinese', () => {
  it('a slot fact carries the Chinese words a user searches it by', () => {
    expect(slotSearchTerms('user/occupation', 'User works as a nurse.')).toContain('工作');
    expect(slotSearchTerms('user/location', 'User lives in 杭州.')).toContain('住在');
    expect(slotSearchTerms('user/family:partner', "User's boyfriend is 陈浩.")).toContain('男朋友');
  });
});
