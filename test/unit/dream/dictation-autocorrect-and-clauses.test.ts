import { describe, expect, it } from 'vitest';
import { withDictatedPunctuation } from '../../../lib/dream/dictated-punctuation';
import { extractFromTurn } from '../../../lib/dream/extract';
import { forgetRequest } from '../../../lib/dream/forget-requests';
import { changeSaid } from '../../../lib/dream/later-updates';
import { withReplyLanguageSpelledOut } from '../../../lib/dream/reply-language-said-alone';
import { withStarredCorrections } from '../../../lib/dream/starred-corrections';
import { jobInTibetan } from '../../../lib/dream/work-in-tibetan';

/**
 * The rules added after held-out scenario set BX, on sentences made up here: a message dictated with its punctuation
 * spoken ("… full stop new line …"); a phone's autocorrect put right with a starred word inside the sentence; a
 * motoring club's patrol as a job; a vehicle driven as a job; a former job with where it was done; a teenager's
 * stretched greeting before the age; a change said before a later clause's "if"; someone else's secret as the reason
 * to forget; a reply language said short ("Always Welsh, not English."); a Tibetan "ང་ … མཁན་ཡིན"; change words in
 * Chhattisgarhi; and names read as typed in a case-blind rule.
 */
const read = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`);

describe('a message dictated with its punctuation spoken', () => {
  it('"full stop", "comma", "question mark", "new line" become marks when the turn says two or more', () => {
    expect(withDictatedPunctuation('I work nights at the depot full stop new line my knee is sore comma any stretches question mark')).toBe(
      'I work nights at the depot. my knee is sore, any stretches?',
    );
    expect(withDictatedPunctuation('we moved to Ohio period new line the kids start school monday period')).toBe('we moved to Ohio. the kids start school monday.');
    expect(facts('I drive a bin lorry out of Hull full stop new line the council pays weekly comma is that normal question mark')).toContain(
      'user/occupation User drives a bin lorry out of Hull.',
    );
  });

  it('not a figure of speech, a question about a comma, or the word\'s other senses', () => {
    expect(withDictatedPunctuation("I'm not lending him money, full stop. Where does the comma go in that?")).toBe(
      "I'm not lending him money, full stop. Where does the comma go in that?",
    );
    expect(withDictatedPunctuation('my period is late comma should I take a test question mark')).toBe('my period is late, should I take a test?');
    expect(withDictatedPunctuation('I had colon surgery comma now what can I eat question mark')).toBe('I had colon surgery, now what can I eat?');
  });
});

describe('autocorrect put right with a starred word inside the sentence', () => {
  it('the starred word replaces its near spelling earlier in the same sentence', () => {
    expect(withStarredCorrections('got taken on as a carpeter at the yard *carpenter ugh phone')).toBe('got taken on as a carpenter at the yard ugh phone');
    expect(facts('started as a paramedical on monday *paramedic lol autocorrect, loving it')).toContain('user/occupation User is a paramedic.');
  });

  it('not emphasis, nor a word with nothing near it in its sentence', () => {
    expect(withStarredCorrections('it was *so good and *so cheap')).toBe('it was *so good and *so cheap');
    expect(withStarredCorrections('I work in sales *sigh* honestly')).toBe('I work in sales *sigh* honestly');
    expect(withStarredCorrections('Parcels came. then the *paperwork arrived')).toBe('Parcels came. then the paperwork arrived');
  });
});

describe('jobs said by their title or by what is driven', () => {
  it('a motoring club\'s patrol', () => {
    expect(facts("I'm a breakdown patrol with the AA these days.")).toContain('user/occupation User is a breakdown patrol.');
    expect(facts('I work as a roadside patrolman.')).toContain('user/occupation User works as a roadside patrolman.');
    expect(facts('the road patrol was late')).toEqual([]);
  });

  it('a tanker, an HGV or a coach driven, with where from', () => {
    expect(facts('I drive a fuel tanker out of Immingham, nights mostly.')).toContain('user/occupation User drives a fuel tanker out of Immingham.');
    expect(facts('I drive HGVs, have done for years.')).toContain('user/occupation User drives an HGV.');
    expect(facts('I drive a coach for the council')).toContain('user/occupation User drives a coach.');
    expect(facts('I drive a bus to town on fridays').filter((f) => f.startsWith('user/occupation'))).toEqual([]);
  });

  it('a former job with where it was done, before the years', () => {
    expect(facts('I am seventy-nine and was a cobbler in Alloa for some forty years, so mind the jargon.')).toContain(' User was a cobbler in Alloa for forty years.');
    expect(facts('I was a nurse at the Western General for thirty years')).toContain(' User was a nurse at the Western General for thirty years.');
  });

  it('a workplace named as typed where the rule reads case-blind', () => {
    expect(facts("I'm an orthoptist at the BRI and clinic runs late on mondays")).toContain('user/occupation User is an orthoptist at the BRI.');
  });
});

describe('an age after a stretched greeting', () => {
  it('"hiii im 15 and …", "heyyy im 16 and …"', () => {
    expect(facts('hiii im 15 and i play the tuba, any tips?')).toContain('user/age User is 15 (as of 2026-04).');
    expect(facts('heyyy im 16 and bored lol')).toContain('user/age User is 16 (as of 2026-04).');
  });
});

describe('a grade, a qualification or a time is no thing owned', () => {
  it('"got my cert 4 in …", "got my level 3 in …", "got there at 7 pm"', () => {
    expect(facts('just got my cert 4 in building and construction')).toEqual([]);
    expect(facts('got my level 3 in plumbing last week')).toEqual([]);
    expect(facts('we got there at 7 pm to beat the queue')).toEqual([]);
    expect(facts('I got a Pixel 8 in blue')).toContain(' User has a Pixel 8 (since 2026-04).');
  });
});

describe('a change said before a later clause\'s condition', () => {
  it('the condition holds for its own clause only', () => {
    expect(changeSaid("so Marek moved out in june, we've split up, and I'd like to keep the flat on my own if I can afford it")?.marker).toBe('split up');
    expect(changeSaid('sold the van last week, and I need a cheap runaround if there is one under 2k')?.said).toContain('sold the van');
  });

  it('a condition in the change\'s own clause, a plan, or a question is still none', () => {
    expect(changeSaid("I'll quit if they cut my hours again")).toBeUndefined();
    expect(changeSaid("I'll try switching to oat milk instead, see if it helps")).toBeUndefined();
    expect(changeSaid('any more tips for the garden?')).toBeUndefined();
  });
});

describe('someone else\'s secret as the reason to forget', () => {
  it('"forget what i just said, she\'d kill me if she found out"', () => {
    expect(forgetRequest("wait forget what i just said pls, he'd actually kill me if he found out")).toBeDefined();
    expect(forgetRequest("forget that, it's a secret")).toBeDefined();
  });

  it('not a change of request, nor a secret asked about', () => {
    expect(forgetRequest('forget what i just said, make it four paragraphs')).toBeUndefined();
    expect(forgetRequest("forget it, what's the secret to crispy roast potatoes?")).toBeUndefined();
  });
});

describe('a reply language said short', () => {
  it('"Always Welsh, not English." is the standing instruction', () => {
    expect(withReplyLanguageSpelledOut('Always Welsh, not English.')).toBe('Always reply in Welsh, not English.');
    expect(withReplyLanguageSpelledOut('always in Konkani pls, not Marathi')).toBe('Always reply in Konkani, not Marathi.');
    expect(facts('Always Basque, not Spanish.')).toContain(' Always reply in Basque, not Spanish.');
  });

  it('not two things that are no language, nor a language alone', () => {
    expect(withReplyLanguageSpelledOut('Always Tuesdays, not Mondays.')).toBe('Always Tuesdays, not Mondays.');
    expect(withReplyLanguageSpelledOut('Always Welsh.')).toBe('Always Welsh.');
  });
});

describe('a job said in Tibetan', () => {
  it('"ང་ … མཁན་ཡིན།" (I am one who …), and the common job words', () => {
    expect(jobInTibetan('ང་ཤིང་བཟོ་མཁན་ཡིན། I fix doors.')).toEqual([expect.objectContaining({ slot: 'user/occupation', value: 'ཤིང་བཟོ་མཁན' })]);
    expect(jobInTibetan('བཀྲ་ཤིས་བདེ་ལེགས། ང་དགེ་རྒན་ཡིན།')).toEqual([expect.objectContaining({ value: 'དགེ་རྒན' })]);
  });

  it('not a people, someone else, or a question', () => {
    expect(jobInTibetan('ང་བོད་པ་ཡིན།')).toEqual([]);
    expect(jobInTibetan('ཁོ་ཤིང་བཟོ་མཁན་རེད།')).toEqual([]);
    expect(jobInTibetan('ང་ཤིང་བཟོ་མཁན་ཡིན་ནམ།')).toEqual([]);
  });
});

describe('change words in Chhattisgarhi', () => {
  it('a job left, a move made, something cancelled', () => {
    expect(changeSaid('अब मंय दुर्ग के अस्पताल म नर्स हंव, सिलाई छोड़ देंव।')?.marker).toBe('छोड़ देंव');
    expect(changeSaid('भिलाई ले दुर्ग आ गेंव।')?.marker).toBe('आ गेंव');
  });

  it('not a plan', () => {
    expect(changeSaid('अगला महिना दुकान छोड़हूं')).toBeUndefined();
  });
});
