// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { DailyChart } from '../../../lib/ui/common/charts';
import { kindLabel } from '../../../lib/ui/common/format';

afterEach(cleanup);

/** Words a person reads on the popup, read again: no engine terms, and counts that agree with their nouns. */
describe('plain words', () => {
  it('names memory kinds as a person would: a saved chat message, a chat summary', () => {
    expect(kindLabel('passage')).toBe('Message');
    expect(kindLabel('episode')).toBe('Chat summary');
    expect(kindLabel('fact')).toBe('Fact');
  });

  it('the daily chart speaks of messages, in the singular for one', () => {
    render(<DailyChart days={[{ day: '2026-11-30', turns: 1, memories: 1 }]} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Last 1 day: 1 chat message saved, 1 memory made.');
    expect(document.querySelector('figcaption')!.textContent).toContain('chat messages saved');
    expect(document.querySelector('g.day title')!.textContent).toBe('2026-11-30: 1 message, 1 memory');
  });
});
