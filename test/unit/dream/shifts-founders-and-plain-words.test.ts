import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * The rules added after held-out scenario set BE, on sentences made up here: early and late shifts, a last day said
 * without "my", a company founded, a chief's title said bare, a vehicle driven for an employer, writing plainly, a
 * figure of speech that is no allergy, a dictated "so I'm …" after a negation, a dash between two words, a health device
 * carried, and a place lived in figuratively.
 */
const AT = Date.UTC(2026, 2, 15);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const slots = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`);

describe('work and where it is done', () => {
  it('early and late shifts fill the shift slot and end nights and each other (both are worked by day)', () => {
    const r = read("great news, from next monday I'm on lates, 2 till 10, so I can do school drop-off");
    expect(r.facts.map((f) => `${f.slot} ${f.text}`)).toContain('user/work-pattern:shift User works lates.');
    expect(r.retractions.map((x) => x.value).sort()).toEqual(['earlies', 'nights']);
    expect(slots("I'm on earlies now")).toContain('user/work-pattern:shift User works earlies.');
  });

  it('a last day somewhere, with or without "my", ends that job', () => {
    expect(read('Last day at Hollybrook Surgery today, cake and tears.').retractions.map((x) => [x.value, x.slot])).toEqual([['Hollybrook Surgery', 'user/employer']]);
  });

  it('a company founded, alone or with someone, and a chief title said bare', () => {
    expect(slots('Tomás and I incorporated the company last week: Pebblecart Logistics')).toContain('user/employer User co-founded Pebblecart Logistics.');
    expect(slots('I founded Marrowlight Studio in 2021')).toContain('user/employer User founded Marrowlight Studio.');
    expect(slots("he's CFO and I'm COO")).toContain('user/occupation User is COO.');
    for (const s of ['I started a new job on Monday', 'I registered for the Dublin marathon', 'I set up the Wi-Fi for my mum'])
      expect(slots(s).filter((f) => f.startsWith('user/employer'))).toEqual([]);
  });

  it('a vehicle driven for a living, said as begun or kept up, with who it is for', () => {
    expect(slots('since March I started driving buses for Arriva')).toContain('user/occupation User drives a bus for Arriva.');
    expect(slots("I've been driving taxis in Porto for six years")).toContain('user/occupation User drives a taxi in Porto.');
    // A singular that ends in "s" stays whole (a first version wrote "a school bu").
    expect(slots('I drive a school bus for Lanark Council')).toContain('user/occupation User drives a school bus for Lanark Council.');
  });
});

describe('how to write, and what is no allergy', () => {
  it('writing to the user plainly is a standing instruction; a request for one text is not', () => {
    expect(read('also please write to me in plain English with short sentences').facts.filter((f) => f.kind === 'instruction').map((f) => f.text)).toEqual([
      'Write to me in plain English with short sentences.',
    ]);
    expect(read('write a notice in simple English for the tenants').facts.filter((f) => f.kind === 'instruction')).toEqual([]);
  });

  it('"allergic to Mondays" is a figure of speech; a real allergen with a laugh after it is still one', () => {
    expect(slots("tbh I'm allergic to meetings lol")).toEqual([]);
    expect(slots("I'm allergic to latex haha, learned that the hard way")).toContain('user/allergy:latex User is allergic to latex.');
  });

  it('a dictated "so I\'m …" after a negation earlier in the run-on is read on its own', () => {
    const dictated =
      'so the test results came back and it was not the shellfish at all the doctor said the reaction was from the mustard in the sauce which nobody had mentioned so I am allergic to mustard now and I carry antihistamines everywhere';
    expect(slots(dictated)).toContain('user/allergy:mustard User is allergic to mustard.');
  });

  it('a dash typed between two words joins them as a hyphen does', () => {
    expect(slots("I'm a certified French–Dutch conference interpreter in Brussels")).toContain(
      'user/occupation User is a certified French-Dutch conference interpreter in Brussels.',
    );
  });
});

describe('a health device carried, and a place lived in figuratively', () => {
  it('learns the device with health, not one carried for someone else, denied or asked about', () => {
    expect(slots('the clinic confirmed it, so I carry an epi-pen now and one stays at work')).toContain('user/health:device:epi-pen User carries an EpiPen (adrenaline auto-injector).');
    expect(slots("since the operation I've got a pacemaker")).toContain('user/health:device:pacemaker User has a pacemaker.');
    for (const s of ['I have an inhaler for my daughter in my bag', 'should I carry an inhaler on the hike?'])
      expect(slots(s).filter((f) => f.startsWith('user/health'))).toEqual([]);
  });

  it('"I live in zsh" or "in sweatpants" is no home; a town typed in lower case still is', () => {
    expect(slots('use fish syntax please, I live in fish')).toEqual([]);
    expect(slots('honestly I live in hoodies all winter')).toEqual([]);
    expect(slots('i live in tromsø')).toContain('user/location User lives in tromsø.');
  });
});

describe('an order for whenever the assistant does something', () => {
  it('is a standing instruction; a sentence about the user after "when you" is not', () => {
    const orders = (text: string) => read(text).facts.filter((f) => f.kind === 'instruction').map((f) => f.text);
    expect(orders('every time you give me sql use postgres syntax')).toEqual(['Every time you give me sql use postgres syntax.']);
    expect(orders('when you draft emails for me, sign them Sandro')).toEqual(['When you draft emails for me, sign them Sandro.']);
    expect(orders('when you suggest recipes, I usually cook them on sunday')).toEqual([]);
    expect(orders('when you give me code, should I test it first?')).toEqual([]);
  });
});
