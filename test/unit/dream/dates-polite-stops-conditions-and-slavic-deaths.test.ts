import { describe, expect, it } from 'vitest';
import { dateWithSomeone } from '../../../lib/dream/dates-with-someone';
import { endings } from '../../../lib/dream/endings';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';
import { offLimitsTopic } from '../../../lib/dream/off-limits';
import { maithiliRoot } from '../../../lib/dream/off-limits-other-languages';

const read = (text: string) => extractFromTurn({ id: 't1', role: 'user', text, at: Date.UTC(2026, 0, 5), site: 'chatgpt' } as Parameters<typeof extractFromTurn>[0]);
const factTexts = (text: string) => read(text).facts.map((f) => f.text);
const retracted = (text: string) => read(text).retractions.map((r) => r.value);

describe('someone the user went on a date with', () => {
  it('named with "with", after the news in the same sentence, or in the sentence after', () => {
    expect(dateWithSomeone('I went on a date with Nadia last night and it was lovely.').map((f) => f.text)).toEqual(['User went on a date with Nadia.']);
    expect(dateWithSomeone("been on a first date, his name's Joel, he's a paramedic").map((f) => f.text)).toEqual(['User went on a date with Joel.']);
    expect(dateWithSomeone('Her name is Ines and she teaches yoga.', 'Had a date on Saturday.').map((f) => f.slot)).toEqual(['user/family:partner']);
    expect(factTexts("my cousin set me up and I've been on a date!! his name's Tariq and he restores boats")).toContain('User went on a date with Tariq.');
  });

  it('not a date asked about, wished, denied, supposed, or someone else\'s', () => {
    for (const [s, before] of [
      ['Should I go on a date with Tom?'],
      ["my sister went on a date, his name's Raf"],
      ["I've never been on a date with Sam."],
      ['his name is Raf.', 'My sister went on a date.'],
      ['If I went on a date with Lena, where should we go?'],
      ['Her name is Ines.', 'What should I wear on a date?'],
      ['Her name is Ines.', 'I wish I had a date for the wedding.'],
    ] as [string, string?][])
      expect(dateWithSomeone(s, before), s).toEqual([]);
  });
});

describe('an instruction let go of politely', () => {
  it('"you may stop", "feel free to stop", "you needn\'t keep": the instruction ends', () => {
    expect(endings('You may stop adding the one-line summaries at the end; they are redundant now.')).toEqual([{ value: 'one-line summaries' }]);
    expect(endings('Feel free to stop using headings in your answers.')).toEqual([{ value: 'headings' }]);
    expect(endings("You're welcome to stop including the sources list, thanks.")).toEqual([{ value: 'sources list' }]);
    expect(endings("you needn't keep converting everything to metric")).toEqual([{ value: 'metric' }]);
    expect(retracted('You may stop adding the one-line summaries at the end.')).toEqual(['one-line summaries']);
  });

  it('not a stop of something else, nor a value that is a pronoun', () => {
    expect(endings('You may stop by the office tomorrow.')).toEqual([]);
    expect(endings('You may stop worrying about the dog.')).toEqual([]);
    expect(retracted('You can stop adding that.')).toEqual([]);
    // Only a length of writing joined to "one" names a form of answer; "a one-off peak" in pasted prose retracts nothing.
    expect(retracted('What matters is not a one-off peak, but the dose received over time.')).toEqual([]);
  });
});

describe('conditions that last, by their everyday names', () => {
  it("the user's own", () => {
    expect(factTexts("I have Raynaud's since many years, in winter my fingers go white.")).toContain("User has Raynaud's.");
    expect(factTexts("I've had gout for years, so go easy on the red meat.")).toContain('User has gout.');
    expect(factTexts('I was diagnosed with fibromyalgia in 2019.')).toContain('User has fibromyalgia.');
  });

  it("not someone else's, asked, or supposed", () => {
    for (const s of ['My mum has COPD.', 'Do I have anaemia?', "If I had glaucoma I'd know by now.", 'My colleague has hay fever.'])
      expect(factTexts(s).filter((f) => /\bhas\b/.test(f)), s).toEqual([]);
  });
});

describe('a job named by its old title', () => {
  it('"I am the bursar of a college", "a purser on the ferries"', () => {
    expect(factTexts('Good morning. I am the bursar of a small Oxford college.')).toContain('User is a bursar.');
    expect(factTexts('i work as a purser on the ferries')).toContain('User works as a purser on the ferries.');
  });

  it("not someone else's, nor a wish", () => {
    expect(factTexts('My brother is the bursar at his school.')).toEqual([]);
    expect(factTexts("If I were a headmistress I'd ban phones.")).toEqual([]);
  });
});

describe('a death, a break-up or a move said in Macedonian and its neighbours, and a job left in Maithili', () => {
  it('is a change said', () => {
    for (const s of ['Нашиот пес Рекс почина минатата недела.', 'Кучето ни умря в неделя.', 'Со Марко раскинавме пред еден месец.', 'Стефан се исели од станот.', 'Mačak Žuća je uginuo jutros.', 'स्कूलक नौकरी छोड़ि देलहुँ, आब घर पर छी।', 'पुरान स्कूटर बेचि देलहुँ।'])
      expect(changeSaid(s), s).toBeDefined();
  });

  it('not a plan, a question, or a word that only looks like one', () => {
    for (const s of ['Дали ќе се преселам наесен?', 'Живеам во Битола со мачката.', 'हम नौकरी छोड़ब की नै, सोचि रहल छी।'])
      expect(changeSaid(s), s).toBeUndefined();
  });
});

describe('a topic kept off: slang forget, and Maithili', () => {
  it('"forget wat i said bout …" names a topic kept off', () => {
    expect(offLimitsTopic('ok forget wat i said bout my cousin an his van, not my business')).toBe('cousin an his van');
    expect(offLimitsTopic("pls forget wot i told you abt my sister's court case")).toBe("sister's court case");
    expect(offLimitsTopic('I forget what I said about that')).toBeUndefined();
  });

  it('"can u forget …", and a request opened by "wait" or "sorry", name a topic kept off', () => {
    expect(offLimitsTopic('can u forget what i said about my uncle n his loans')).toBe('uncle n his loans');
    expect(offLimitsTopic('wait could you not mention the audition again')).toBe('audition');
    expect(offLimitsTopic('sorry, can ya forget what i told u about the landlord')).toBe('landlord');
    expect(offLimitsTopic('can u send me what i said about the budget')).toBeUndefined();
  });

  it('Maithili: the topic in the genitive, then "now", "ever" or "again", and a "not" before the verb of raising', () => {
    expect(offLimitsTopic('भाइक नोकरीक बात फेर नै पूछब।')).toBe('भाइक नोकरीक');
    expect(offLimitsTopic('ओहि झगड़ाक चर्चा आब कहियो नहि करू।')).toBe('झगड़ाक');
    expect(offLimitsTopic('माँक बीमारीक बात करू।')).toBeUndefined();
    expect(offLimitsTopic('की अहाँ फेर नै आयब?')).toBeUndefined();
  });

  it('the genitive "-क" and the long "-ा" are cut, a word whose own last letter is "क" is not', () => {
    expect(['कर्जाक', 'बाबूजीक', 'कर्ज', 'लेखक', 'एक'].map(maithiliRoot)).toEqual(['कर्ज', 'बाबूजी', 'कर्ज', 'लेखक', 'एक']);
  });
});
