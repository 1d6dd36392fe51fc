import { describe, expect, it } from 'vitest';
import { buildPreamble } from '../../../lib/preamble/build';
import { extractFromTurn } from '../../../lib/dream/extract';
import { absolutizeDates } from '../../../lib/preamble/dates';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

/** What one user turn teaches, as "kind slot | text" lines, and what it retracts, as "- value slot". */
function read(text: string, id = 'chatgpt:c1#0'): string[] {
  const r = extractFromTurn({ id, text, at: 1000 });
  return [...r.facts.map((f) => `${f.kind} ${f.slot ?? ''} | ${f.text}`), ...r.retractions.map((x) => `- ${x.value} ${x.slot ?? ''}`)];
}

describe('facts said in passing, inside a message about something else', () => {
  it('a medical way of eating and the diagnosis behind it; not a diet tried for a month', () => {
    expect(read('packing for the lake trip, and meals are awkward since my coeliac disease diagnosis, also I have been on a low-sodium diet for my heart')).toEqual([
      'fact user/health:coeliac disease | User has coeliac disease.',
      'fact user/diet:low-sodium | User follows a low-sodium diet.',
    ]);
    expect(read("we're doing keto for a month as a challenge at the office")).toEqual([]);
    expect(read('is a keto diet safe for teenagers?')).toEqual([]);
  });

  it('a new full name said as now, and a letter signed in full; not a sign-off or a state', () => {
    expect(read("quick update, I'm Priya Raman-Hale now, the deed poll came through")).toEqual(['fact user/name | User\'s name is Priya Raman-Hale.']);
    expect(read('draft a complaint to the council and sign it off Tomasz Nowicki.')).toEqual(['fact user/name | User\'s name is Tomasz Nowicki.']);
    expect(read("I'm Very Tired now, long week")).toEqual([]);
    expect(read('write the thank-you note and sign it Warm Regards.')).toEqual([]);
    expect(read('sign the card Priya & Tom Hale.')).toEqual([]);
  });

  it('where the user works, said by what they do there all day; where they live, by their home', () => {
    expect(read('I write COBOL all day at Fenwick Insurance so go easy on the modern stuff')).toEqual(['fact user/employer | User works at Fenwick Insurance.']);
    expect(read('my apartment in harehills (leeds) gets no sun at all, any plant tips')).toEqual(['fact user/location | User lives in harehills (leeds).']);
    expect(read('my house in Cork needs a new boiler')).toEqual(['fact user/location | User lives in Cork.']);
    expect(read("I'm renting out my flat in Cork while I travel")).toEqual([]);
    expect(read('my flat in town is tiny')).toEqual([]);
  });

  it('the user speaking as what they are', () => {
    expect(read('As a paramedic, I get asked this constantly')).toEqual(['fact user/occupation | User is a paramedic.']);
    expect(read('as a parent how do I handle tantrums')).toEqual([]);
  });

  it('a job the user is leaving, named by where (lower case too); notice given to a landlord is not a job', () => {
    expect(read('big day, I handed in my notice at harbour logistics today')).toEqual(['- harbour logistics user/employer']);
    expect(read('I resigned from Quillfeather last month')).toEqual(['- Quillfeather user/employer']);
    expect(read('my last day at Orbis Labs is Friday, then two weeks off')).toEqual(['- Orbis Labs user/employer']);
    expect(read('I gave my notice to the landlord, moving in June')).toEqual([]);
  });
});

describe('instructions given among other things, and for one site only', () => {
  it('each instruction clause of a sentence, with units and formats said plainly', () => {
    const said = read('also pls use 24h time, the am/pm thing confuses me. and dates as DD/MM always 🙏 metric for everything else');
    expect(said).toEqual(['instruction  | Use 24h time, the am/pm thing confuses me.', 'instruction  | Dates as DD/MM always.', 'instruction  | Metric for everything else.']);
    expect(read('use metric for this recipe')).toEqual([]);
  });

  it('"on here" limits an instruction to the site it was said on; "in this chat" keeps nothing', () => {
    expect(read('new rule: on here, always answer in Portuguese so I practise')).toEqual(['instruction  | On ChatGPT, always answer in Portuguese so I practise.']);
    expect(read('in this chat, always answer in Portuguese')).toEqual([]);
    expect(read('always answer in Portuguese')).toEqual(['instruction  | Always answer in Portuguese.']);
  });

  it('the block on another site leaves a one-site instruction out; its own site shows it', async () => {
    const db = freshDb();
    await addConversation(db, 'p1', T0, [{ role: 'user', text: 'new rule: on here, always answer in Portuguese so I practise. Also never use emojis, ever.' }], 'chatgpt');
    await runDream({ db, trigger: 'manual', now: clock(T0 + DAY) });
    expect((await facts(db)).map((f) => f.text).sort()).toEqual(['Never use emojis, ever.', 'On ChatGPT, always answer in Portuguese so I practise.']);
    const block = (site: 'chatgpt' | 'claude') => buildPreamble({ db, recall: async () => [], site, now: T0 + 2 * DAY }).then((p) => p.text);
    expect(await block('chatgpt')).toContain('always answer in Portuguese');
    // "About me" on Claude: the fixture's chat has no title, so "Recent chats" quotes its first words as the title.
    const elsewhere = (await block('claude')).split('Recent chats:')[0]!;
    expect(elsewhere).toContain('Never use emojis');
    expect(elsewhere).not.toContain('Portuguese');
  });
});

describe('facts said in other languages', () => {
  it('a German trade named by what it lays or keeps, and "barista" in the Romance languages', () => {
    expect(read('ich bin Parkettleger und meine Knie tun weh')).toEqual(['fact user/occupation | User works as Parkettleger.']);
    expect(read('seit März bin ich Gerätewart beim Turnverein in Kassel')).toEqual(['fact user/occupation | User works as Gerätewart in Kassel.']);
    expect(read('Sou barista numa cafeteria em Porto Alegre')).toEqual(['fact user/occupation | User works as barista in Porto Alegre.']);
    expect(read('Sono barista a Bologna da tre anni')).toEqual(['fact user/occupation | User works as barista in Bologna.']);
    // "leger" alone is casual, not a trade; a friend who is a barista is not the user.
    expect(read('ich bin eher leger angezogen heute')).toEqual([]);
    expect(read('mi amiga es barista en Sevilla')).toEqual([]);
  });

  it('a German job joined to its field, an allergy inside one word, the language to answer in', () => {
    expect(read('ich bin Vermessungstechnikerin bei einer Firma in Dresden und habe eine Frage')).toEqual(['fact user/occupation | User works as Vermessungstechnikerin in Dresden.']);
    expect(read('ich habe eine starke erdnussallergie, also bitte aufpassen')).toEqual(['fact user/allergy:peanut | User is allergic to peanuts.']);
    expect(read('ik heb een pindaallergie')).toEqual(['fact user/allergy:peanut | User is allergic to peanuts.']);
    expect(read('bitte antworte immer auf Englisch, ich übe')).toEqual(['instruction user/reply-language | Reply to the user in English.']);
    expect(read("réponds-moi toujours en anglais s'il te plaît")).toEqual(['instruction user/reply-language | Reply to the user in English.']);
    expect(read('tengo alergia a los mariscos')).toEqual(['fact user/allergy:shellfish | User is allergic to shellfish.']);
    // A question about someone else's diet, and a language said without "always", are not standing.
    expect(read('antworte auf Deutsch')).toEqual([]);
    expect(read('ich bin Fan von Hertha')).toEqual([]);
  });

  it('no meat said with its negation, allergens named before the allergy, common allergens in English', () => {
    expect(read('ik eet al een paar jaar geen vlees, ook geen gelatine')).toEqual(["fact user/diet:no-meat | User doesn't eat meat."]);
    expect(read('ich esse schon lange kein Fleisch und keinen Fisch')).toEqual(["fact user/diet:no-meat | User doesn't eat meat or fish."]);
    expect(read('je ne mange plus de viande depuis 2019')).toEqual(["fact user/diet:no-meat | User doesn't eat meat."]);
    expect(read('sin cacahuetes ni sésamo por favor, soy alérgica')).toEqual(['fact user/allergy:peanut | User is allergic to peanuts.', 'fact user/allergy:sesame | User is allergic to sesame.']);
    expect(read('keine Eier bitte, dagegen bin ich allergisch')).toEqual(['fact user/allergy:egg | User is allergic to eggs.']);
    // A joke about an allergy to something no allergen, a condition, someone else not eating meat.
    expect(read('geen maandagen meer, daar ben ik allergisch voor')).toEqual([]);
    expect(read('als ik geen vlees eet word ik moe')).toEqual([]);
  });
});

describe('dates said as a sequence, not as yesterday', () => {
  it('"last day is 30 june" keeps its words', () => {
    const at = Date.UTC(2026, 4, 22, 12);
    expect(absolutizeDates('my last day is 30 june', at)).toBe('my last day is 30 june');
    expect(absolutizeDates('last day is 30 june, then a break', at)).toBe('last day is 30 june, then a break');
    expect(absolutizeDates('next day delivery is fine', at)).toBe('next day delivery is fine');
    expect(absolutizeDates('I called them yesterday', at)).toBe('I called them on 2026-05-21');
  });
});

describe('"no" as a correction and as an interjection', () => {
  const corrections = (text: string) => extractFromTurn({ id: 'chatgpt:c1#0', text, at: 1000 }).facts.map((f) => `${f.text}${f.correction ? ' (correction)' : ''}`);
  it('"No, …" and "no I …" correct what went before; "no worries", "no rush", "no bullets" do not', () => {
    expect(corrections('No, I moved to Hull last month.')).toEqual(['User lives in Hull. (correction)']);
    expect(corrections('no I live in Hull')).toEqual(['User lives in Hull. (correction)']);
    expect(corrections('No worries! I moved to Hull last month.')).toEqual(['User lives in Hull.']);
    expect(corrections('no rush. I live in Hull')).toEqual(['User lives in Hull.']);
    expect(corrections('no problem, I moved to Hull last month.')).toEqual(['User lives in Hull.']);
  });
});
