// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import type { DiaryRow } from '../../../lib/db/schema';
import { DiaryView } from '../../../lib/ui/popup/DiaryView';
import { entryHeading } from '../../../lib/ui/popup/diary-heading';
import { diaryRow, fakeApi } from './fakes';

afterEach(cleanup);

const heading = (kind: DiaryRow['kind'], summary: string) => {
  const { lead, rest } = entryHeading(kind, summary);
  return lead + rest;
};

/** A diary heading says what the dream did once: never its kind's title and then the summary's own verb for it. */
describe('diary entry headings', () => {
  it('a change of value reads "Replaced an outdated memory: …", not "…: Changed: …"', () => {
    expect(heading('supersede', 'Changed: "User lives in Porto." → "User lives in Lisbon." (from 3 May 2025)')).toBe(
      'Replaced an outdated memory: "User lives in Porto." → "User lives in Lisbon." (from 3 May 2025)',
    );
  });

  it('a summary with an act of its own is the heading alone, whatever its kind', () => {
    const cases: [DiaryRow['kind'], string][] = [
      ['supersede', 'Corrected: "User is vegan." → "User is vegetarian."'],
      ['supersede', 'Corrected: "User owns a cat." was wrong.'],
      ['learn', 'Remembered again: User prefers tea.'],
      ['learn', 'Summarised an episode (12 turns).'],
      ['learn', 'Noticed patterns of the last week (3 now).'],
      ['fade', 'Faded (unused since 2 Jan 2025): Once asked about fonts'],
      ['fade', 'Archived 4 old passages from claude'],
      ['archive', 'Archived (over the 500-fact cap): Likes jazz'],
      ['archive', 'Set aside 2 canned replies (the same answer in several conversations): Sure! Here is'],
      ['profile', 'Rewrote the profile.'],
      ['profile', 'Named what you are working on lately: the garden shed.'],
      ['profile', 'Updated what you are working on (3 now).'],
      ['style', 'Updated the style profile.'],
      ['merge', 'Merged 2 duplicates into: I prefer tea.'],
      ['learn', 'Learned: User lives in Porto.'],
    ];
    for (const [kind, summary] of cases) expect(heading(kind, summary)).toBe(summary);
  });

  it('a summary without an act of its own follows its kind title', () => {
    expect(heading('learn', 'Past: User lived in Porto. (until 3 May 2025)')).toBe('Learned: Past: User lived in Porto. (until 3 May 2025)');
    expect(heading('supersede', 'No longer true: "User works at Acme."')).toBe('Replaced an outdated memory: No longer true: "User works at Acme."');
    expect(heading('fade', 'Unused for months')).toBe('Let fade: Unused for months');
    expect(heading('fade', '')).toBe('Let fade');
  });

  it('the popup shows the change heading with its title in bold, said once', async () => {
    const row = diaryRow({ kind: 'supersede', summary: 'Changed: "User lives in Porto." → "User lives in Lisbon." (from 3 May 2025)' });
    render(<DiaryView api={fakeApi({ getDiary: async () => [row] })} />);
    const lead = await screen.findByText('Replaced an outdated memory');
    expect(lead.tagName).toBe('STRONG');
    expect(lead.parentElement!.textContent).toBe('Replaced an outdated memory: "User lives in Porto." → "User lives in Lisbon." (from 3 May 2025)');
    expect(lead.parentElement!.textContent).not.toMatch(/changed/i);
  });
});
