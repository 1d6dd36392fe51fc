import { describe, expect, it } from 'vitest';
import { PREAMBLE_END, PREAMBLE_START, stripPreamble } from '../../../lib/preamble/delimiters';
import { formatPreamble } from '../../../lib/preamble/format';

const block = formatPreamble({
  L4: ['Backend engineer in Lisbon', 'Style: terse'],
  L2: ['2026-11-19 · Claude · Planning the Lisbon move'],
  L1: ['2026-11-02 · Landlord wants 3 months deposit'],
});
/** The same block after a refresh for the first message: L1 changed, the rest is shared. */
const refreshed = formatPreamble({
  L4: ['Backend engineer in Lisbon', 'Style: terse'],
  L2: ['2026-11-19 · Claude · Planning the Lisbon move'],
  L1: ['2026-10-30 · Deposit rules in Portugal: two months is usual'],
});

describe('stripPreamble: by the content Reverie inserted', () => {
  it('removes a known block exactly, as written or as an editor re-wrapped it', () => {
    expect(stripPreamble(`${block}\n\nWhat deposit is normal?`, [block])).toBe('What deposit is normal?');
    const rewrapped = block.split('\n').join('\n\n').replace(/ /g, '\u00a0') + '\n\n\nhello there';
    expect(stripPreamble(rewrapped, [block])).toBe('hello there');
  });

  it('a ⟦/reverie⟧ the user typed removes nothing, with or without a block above it', () => {
    const message = `My list:\n- eggs\n- milk\n${PREAMBLE_END} is how Reverie ends its block`;
    expect(stripPreamble(message)).toBe(message);
    expect(stripPreamble(message, [block])).toBe(message);
    expect(stripPreamble(`${block}\n\n${message}`, [block])).toBe(message);
    // Both markers typed, with the user's words between them: not Reverie's shape (no "- " items), nothing goes.
    const both = `${PREAMBLE_START} what I saw\nwas this\n${PREAMBLE_END}`;
    expect(stripPreamble(both)).toBe(both);
  });

  it('keeps the lines the user changed or added inside the block, and removes only the untouched ones', () => {
    const edited = block
      .replace('- Style: terse', '- Style: terse, but explain the Portuguese terms')
      .replace('Recent chats:', 'I also moved my cat\nRecent chats:');
    expect(stripPreamble(`${edited}\n\nmy question`, [block])).toBe(
      '- Style: terse, but explain the Portuguese terms\nI also moved my cat\n\nmy question',
    );
  });

  it('lines the user only cut down (a marker deleted, an item shortened) hold nothing typed: they go', () => {
    const cut = block.replace(`${PREAMBLE_START} `, '').replace('- Style: terse', '- Style:');
    expect(stripPreamble(`Intro line I wrote\n${cut}\nquestion`, [block])).toBe('Intro line I wrote\nquestion');
  });

  it('text typed on the marker lines themselves stays', () => {
    const joined = `so: ${block}typed right after\n\nand more`;
    expect(stripPreamble(joined, [block])).toBe('so:\ntyped right after\n\nand more');
  });

  it('an end marker the user deleted from the block and typed below their message stays theirs', () => {
    const noEnd = block.replace(`\n${PREAMBLE_END}`, '');
    const text = `${noEnd}\n\nPlease review my lease\n${PREAMBLE_END}`;
    expect(stripPreamble(text, [block])).toBe(`Please review my lease\n${PREAMBLE_END}`);
  });

  it('a message that quotes the block\'s lines keeps its quotes', () => {
    const text = `${block}\n\nYou said:\n- Backend engineer in Lisbon\nRelevant:\nis that right?`;
    expect(stripPreamble(text, [block])).toBe('You said:\n- Backend engineer in Lisbon\nRelevant:\nis that right?');
  });

  it('of several versions written (refreshes), the one sent is removed whole', () => {
    expect(stripPreamble(`${refreshed}\n\nmy question`, [block, refreshed])).toBe('my question');
    expect(stripPreamble(`${refreshed}\n\nmy question`, [refreshed, block])).toBe('my question');
  });

  it('a block nobody knows is removed only when whole and of Reverie\'s shape', () => {
    const mangled = block.replace(PREAMBLE_START, '⟦ Reverie ⟧').replace(PREAMBLE_END, '⟦ / reverie ⟧');
    expect(stripPreamble(`before\n${mangled}\nmiddle\n${block}\nafter`)).toBe('before\nmiddle\nafter');
    // Half a block of unknown content cannot be told from the user's own list: it stays.
    const noEnd = block.replace(`\n${PREAMBLE_END}`, '');
    expect(stripPreamble(`${noEnd}\n\nmy question`)).toBe(`${noEnd}\n\nmy question`);
    // Text after the end marker on its line is the user's.
    expect(stripPreamble(`${block}hello`)).toBe('hello');
  });

  it('a block from an earlier version, with its old intro line, is still removed whole', () => {
    for (const intro of ['Notes from my past chats (edit or delete freely):', 'Notes from my past chats on Claude (edit or delete freely):']) {
      const old = block.replace(/^(⟦reverie⟧ ).*$/m, `$1${intro}`);
      expect(old).not.toBe(block);
      expect(stripPreamble(`${old}\n\nmy question`)).toBe('my question');
      expect(stripPreamble(`${old}\n\nmy question`, [old])).toBe('my question');
    }
  });

  it('leaves text without a block as it is (trimmed)', () => {
    expect(stripPreamble('  just a question\n\n\n\nwith gaps  ', [block])).toBe('just a question\n\n\n\nwith gaps');
  });
});

describe('stripPreamble: a thread that flattened the sent message onto one line', () => {
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  it('removes the known block from the flow and keeps the message, a typed ⟦/reverie⟧ included', () => {
    const message = `Is a 3-month deposit normal? Also: ${PREAMBLE_END} is how the notes end.`;
    expect(stripPreamble(flat(`${block}\n\n${message}`), [block])).toBe(message);
    expect(stripPreamble(flat(`${refreshed}\n\n${message}`), [block, refreshed])).toBe(message);
  });

  it('keeps a line the user edited, whole, with the message', () => {
    const edited = block.replace('- Style: terse', '- Style: terse, but explain the Portuguese terms');
    expect(stripPreamble(flat(`${edited}\n\nmy question`), [block])).toBe('- Style: terse, but explain the Portuguese terms\nmy question');
  });

  it('an unknown block flattened onto a line goes only when whole and of Reverie\'s shape', () => {
    expect(stripPreamble(flat(`${block}\n\nmy question`))).toBe('my question');
    const mine = `I wrote ${PREAMBLE_START} here and ${PREAMBLE_END} there, about me: - nothing`;
    expect(stripPreamble(mine)).toBe(mine);
  });
});

describe('stripPreamble: an edit on the block\'s last line, flattened', () => {
  it('the end marker still goes; the edited line stays', () => {
    const edited = block.replace('3 months deposit', '3 months deposit (too much?)');
    expect(stripPreamble(`${edited}\n\nmy question`.replace(/\s+/g, ' '), [block])).toBe(
      '- 2026-11-02 · Landlord wants 3 months deposit (too much?)\nmy question',
    );
  });
});

describe('stripPreamble: text typed onto the end marker\'s line', () => {
  it('only the marker goes, as lines and flattened', () => {
    expect(stripPreamble(`${block}Is that normal?`, [block])).toBe('Is that normal?');
    expect(stripPreamble(`${block}Is that normal?`.replace(/\s+/g, ' '), [block])).toBe('Is that normal?');
  });
});
