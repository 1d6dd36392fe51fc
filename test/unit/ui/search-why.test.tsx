// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { RecallHit } from '../../../lib/engine/types';
import { MemoriesView, sharedWords, whyMatched } from '../../../lib/ui/popup/MemoriesView';
import { fakeApi, memory } from './fakes';

afterEach(cleanup);

const hit = (text: string, via: RecallHit['via'], extra: Partial<Parameters<typeof memory>[0]> = {}) => ({
  memory: memory({ text, ...extra }),
  via,
});

describe('why a search result matched', () => {
  it('names the query words the memory shares, by stem, as the search compares them', () => {
    expect(sharedWords('hiking with my dog', 'We went on long hikes; the dog loved it.')).toEqual([
      { word: 'hiking', as: 'hikes' },
      { word: 'dog' },
    ]);
    // Stop words never count as shared ("with", "the"); a word is named once.
    expect(sharedWords('the dog and the DOGS', 'The dog sleeps.')).toEqual([{ word: 'dog' }]);
    // Shown as typed; the memory's form only when it is another word, not just another case or a possessive.
    expect(sharedWords("Biscuit's bowls", 'Bought a Bowl for biscuit')).toEqual([{ word: "Biscuit's" }, { word: 'bowls', as: 'Bowl' }]);
    expect(sharedWords('quantum physics', 'The dog sleeps.')).toEqual([]);
  });

  it('names the pieces of a word written without spaces that the memory has inside its own runs', () => {
    expect(sharedWords('花生', '我对花生过敏，不能吃花生酱')).toEqual([{ word: '花生' }]);
    expect(sharedWords('上海护士', '我在上海当护士')).toEqual([{ word: '上海' }, { word: '护士' }]);
    expect(sharedWords('東京', '大阪で働いています')).toEqual([]);
    expect(sharedWords('เชียงใหม่', 'ฉันย้ายไปอยู่เชียงใหม่แล้ว')).toEqual([{ word: 'เชียงใหม่' }]);
    expect(whyMatched('花生', hit('我对花生过敏', ['lexical']))).toBe('Has your word “花生”');
  });

  it('says it plainly, with no scores', () => {
    expect(whyMatched('hiking dog', hit('Long hikes with the dog', ['lexical']))).toBe('Has your words “hiking” (as “hikes”), “dog”');
    expect(whyMatched('tea', hit('Drinks green tea', ['lexical', 'vector']))).toBe('Has your word “tea” · close in meaning');
    expect(whyMatched('beverage', hit('Drinks green tea', ['vector']))).toBe('Close in meaning, no words in common');
    expect(whyMatched('porto', hit('Yes, take the riverside walk.', ['lexical']))).toBe('Your words are in the conversation around it');
    expect(whyMatched('yesterday', hit('Booked a ferry', ['recency']))).toBe('From the time you asked about');
    expect(whyMatched('tea', hit('Drinks tea', ['lexical', 'pinned'], { pinned: true }))).toBe('Has your word “tea” · pinned');
    expect(whyMatched('tea coffee milk sugar honey', hit('tea, coffee, milk, sugar and honey', ['lexical']))).toBe(
      'Has your words “tea”, “coffee”, “milk”, “sugar” and 1 more',
    );
    // A speaker's name found the memory: say so by the word.
    expect(whyMatched('Caroline', hit('I went to a support group.', ['lexical'], { speaker: 'Caroline' }))).toBe('Has your word “Caroline”');
  });

  it('shows the reason under each result, and none in the recent list', async () => {
    const api = fakeApi({
      listMemories: async () => [memory({ id: 'r', text: 'Recent: walked the dog' })],
      searchMemories: async () => [
        { memory: memory({ id: 'a', text: 'Went hiking with Biscuit' }), score: 0.0312, via: ['lexical', 'recency'], similarity: 0.83 },
        { memory: memory({ id: 'b', text: 'Likes long mountain trails' }), score: 0.0161, via: ['vector'], similarity: 0.61 },
      ],
    });
    render(<MemoriesView api={api} debounceMs={0} />);
    await screen.findByText('Recent: walked the dog');
    expect(document.querySelector('.memory-why')).toBeNull();
    expect(screen.getByText('Newest first, by when it happened.')).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Search your memories'), { target: { value: 'hiking' } });
    const first = (await screen.findByText('Went hiking with Biscuit')).closest('li')!;
    expect(within(first).getByText('Has your word “hiking”')).toBeTruthy();
    const second = screen.getByText('Likes long mountain trails').closest('li')!;
    expect(within(second).getByText('Close in meaning, no words in common')).toBeTruthy();
    const results = screen.getByRole('list', { name: 'Search results' });
    // No raw scores or percentages anywhere in the results.
    expect(results.textContent).not.toMatch(/%|0\.\d|\b83\b|\b61\b/);
    expect(screen.queryByText('Newest first, by when it happened.')).toBeNull();
  });

  it('works the reason out again after the memory is edited', async () => {
    const api = fakeApi({
      searchMemories: async () => [{ memory: memory({ id: 'a', text: 'Went hiking with Biscuit' }), score: 1, via: ['lexical'] }],
    });
    render(<MemoriesView api={api} debounceMs={0} />);
    await waitFor(() => expect(api.listMemories).toHaveBeenCalled());
    fireEvent.input(screen.getByLabelText('Search your memories'), { target: { value: 'hiking biscuit' } });
    await screen.findByText('Has your words “hiking”, “biscuit”');
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Edit memory'), { target: { value: 'Went hiking alone' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Has your word “hiking”')).toBeTruthy();
  });

  it('shows, as text, the note of a later correction under a result that carries one', async () => {
    const api = fakeApi({
      listMemories: async () => [],
      searchMemories: async () => [
        {
          memory: memory({ id: 'a', text: 'My sister Hanna just moved to Oslo.' }),
          score: 0.03,
          via: ['lexical'],
          correction: '[corrected 2026-04-07: "I never said I have a sister <b>really</b>"]',
        },
        { memory: memory({ id: 'b', text: 'Sister cities of Oslo' }), score: 0.02, via: ['lexical'] },
      ],
    });
    render(<MemoriesView api={api} debounceMs={0} />);
    fireEvent.input(screen.getByLabelText('Search your memories'), { target: { value: 'sister' } });
    const first = (await screen.findByText('My sister Hanna just moved to Oslo.')).closest('li')!;
    // Captured words: shown as text, never as markup.
    expect(within(first).getByText('[corrected 2026-04-07: "I never said I have a sister <b>really</b>"]')).toBeTruthy();
    expect(first.querySelector('b')).toBeNull();
    expect(screen.getByText('Sister cities of Oslo').closest('li')!.querySelector('.memory-correction')).toBeNull();
  });
});
