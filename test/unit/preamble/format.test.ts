import { describe, expect, it } from 'vitest';
import { PREAMBLE_END, PREAMBLE_START, findPreambleSpans, stripPreamble } from '../../../lib/preamble/delimiters';
import { formatPreamble, parsePreamble } from '../../../lib/preamble/format';
import { absolutizeDates, formatDay } from '../../../lib/preamble/dates';
import { truncateToTokens, tokenCount } from '../../../lib/preamble/tokens';

const sections = {
  L4: ['Backend engineer in Lisbon', 'Style: terse'],
  L2: ['2026-11-19 · Claude · Planning the Lisbon move'],
  L1: ['2026-11-02 · Landlord wants 3 months deposit'],
};
const block = formatPreamble(sections);

describe('formatPreamble', () => {
  it('writes a compact block with empty layers omitted', () => {
    expect(block).toBe(
      [
        '⟦reverie⟧ Notes from my past chats (delete this block if not wanted):',
        'About me:',
        '- Backend engineer in Lisbon',
        '- Style: terse',
        'Recent chats:',
        '- 2026-11-19 · Claude · Planning the Lisbon move',
        'Relevant:',
        '- 2026-11-02 · Landlord wants 3 months deposit',
        '⟦/reverie⟧',
      ].join('\n'),
    );
    expect(formatPreamble({ L1: [], L3: [] })).toBe('');
  });
});

describe('parsePreamble / stripPreamble', () => {
  it('round-trips a block and separates the message typed after it', () => {
    const parsed = parsePreamble(`${block}\n\nWhat deposit is normal?`);
    expect(parsed.found).toBe(true);
    expect(parsed.terminated).toBe(true);
    expect(parsed.block).toBe(block);
    expect(parsed.message).toBe('What deposit is normal?');
    expect(parsed.sections).toEqual({ L1: sections.L1, L2: sections.L2, L3: [], L4: sections.L4 });
    expect(stripPreamble(`${block}\n\nWhat deposit is normal?`)).toBe('What deposit is normal?');
    expect(stripPreamble(block)).toBe('');
  });

  it('reads a block an editor re-wrapped in paragraphs with non-breaking spaces', () => {
    const rewrapped = block.split('\n').join('\n\n').replace(/ /g, '\u00a0') + '\n\nhello\u00a0there';
    const parsed = parsePreamble(rewrapped);
    expect(parsed.sections).toEqual(parsePreamble(block).sections);
    expect(parsed.message).toBe('hello there');
  });

  it('keeps the user message when the user edited inside the block', () => {
    const edited = block.replace('- Style: terse\n', '').replace('Lisbon move', 'Porto move (changed my mind)');
    const parsed = parsePreamble(`${edited}\nmy question`);
    expect(parsed.sections.L4).toEqual(['Backend engineer in Lisbon']);
    expect(parsed.sections.L2).toEqual(['2026-11-19 · Claude · Planning the Porto move (changed my mind)']);
    expect(parsed.message).toBe('my question');
  });

  it('strips a known block whose end marker was deleted, keeping the message after it', () => {
    const noEnd = block.replace(`\n${PREAMBLE_END}`, '');
    expect(findPreambleSpans(noEnd)).toEqual([{ start: 0, end: noEnd.length, terminated: false }]);
    expect(stripPreamble(`${noEnd}\n\nPlease review my lease`, [block])).toBe('Please review my lease');
    expect(stripPreamble(`${noEnd}\nPlease review my lease\n- and this list\n- too`, [block])).toBe(
      'Please review my lease\n- and this list\n- too',
    );
    // Not knowing the block, its remains cannot be told from the user's own list: nothing goes.
    expect(stripPreamble(`${noEnd}\n\nPlease review my lease`)).toBe(`${noEnd}\n\nPlease review my lease`);
    expect(parsePreamble(`${noEnd}\nhi`).terminated).toBe(false);
  });

  it('strips a known block whose start marker was deleted', () => {
    const noStart = block.replace(`${PREAMBLE_START} `, '');
    expect(stripPreamble(`Intro line I wrote\n${noStart}\nquestion`, [block])).toBe('Intro line I wrote\nquestion');
  });

  it('handles mangled markers, several blocks and text before a block', () => {
    const mangled = block.replace(PREAMBLE_START, '⟦ Reverie ⟧').replace(PREAMBLE_END, '⟦ / reverie ⟧');
    expect(stripPreamble(`before\n${mangled}\nmiddle\n${block}\nafter`)).toBe('before\nmiddle\nafter');
  });
});

describe('dates and tokens', () => {
  it('formats local calendar days', () => {
    expect(formatDay(new Date(2026, 10, 19, 23, 59).getTime())).toBe('2026-11-19');
    expect(formatDay(new Date(2026, 0, 2, 0, 1).getTime())).toBe('2026-01-02');
  });

  it('resolves relative phrases and leaves absolute ones alone', () => {
    const said = new Date(2026, 10, 2, 12).getTime();
    // A bare date inside a sentence gets its preposition, so it reads as the phrase it replaces.
    expect(absolutizeDates('exam tomorrow', said)).toBe('exam on 2026-11-03');
    expect(absolutizeDates('moved here yesterday', said)).toBe('moved here on 2026-11-01');
    expect(absolutizeDates('started last month', said)).toBe('started in 2026-10');
    expect(absolutizeDates('born on March 3, 1990', said)).toBe('born on March 3, 1990');
    expect(absolutizeDates('no dates here', said)).toBe('no dates here');
  });

  it('leaves ordinals alone and says spans before the day they were said', () => {
    const said = new Date(2026, 4, 4, 10).getTime();
    // "last" / "next" after a possessive or before "of" is an ordinal ("my last day", "the last 4 hours of your shift"):
    // read as a date, "My last day will be 3 April" became "My on 2026-05-03 will be 3 April".
    expect(absolutizeDates('My last day will be 3 April', said)).toBe('My last day will be 3 April');
    expect(absolutizeDates('avoid caffeine in the last 4 hours of your shift', said)).toBe('avoid caffeine in the last 4 hours of your shift');
    expect(absolutizeDates('our next meeting is tomorrow', said)).toBe('our next meeting is on 2026-05-05');
    // A span keeps its length: "in the last 3 days" was "in the 2026-05-01".
    expect(absolutizeDates('in the last 3 days I ran twice', said)).toBe('in the 3 days before 2026-05-04 I ran twice');
    expect(absolutizeDates('in the last few days', said)).toBe('in the few days before 2026-05-04');
    // At a sentence's start a bare date takes its preposition too.
    expect(absolutizeDates('This year I want to run a marathon.', said)).toBe('In 2026 I want to run a marathon.');
    expect(absolutizeDates('Last Friday we met.', said)).toBe('On 2026-05-01 we met.');
    expect(absolutizeDates('I slept badly last night', said)).toBe('I slept badly on 2026-05-03');
    // "night" beginning a thing's name is no evening: "last night shift" is the last of the night shifts.
    expect(absolutizeDates('My last night shift was Friday.', said)).toBe('My last night shift was Friday.');
    expect(absolutizeDates('Last night shift was rough.', said)).toBe('Last night shift was rough.');
    expect(absolutizeDates('caught the last night bus home', said)).toBe('caught the last night bus home');
    expect(absolutizeDates('Last night the shift was rough.', said)).toBe('On 2026-05-03 the shift was rough.');
  });

  it('truncates to a token limit at word boundaries', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa';
    const cut = truncateToTokens(text, 5);
    expect(tokenCount(cut)).toBeLessThanOrEqual(5);
    expect(cut.endsWith('…')).toBe(true);
    expect(text.startsWith(cut.slice(0, -1) + ' ')).toBe(true);
    expect(truncateToTokens(text, 100)).toBe(text);
    expect(truncateToTokens(text, 0)).toBe('');
  });
});
