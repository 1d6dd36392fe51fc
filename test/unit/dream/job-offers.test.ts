import { describe, expect, it } from 'vitest';
import { offerChoice } from '../../../lib/dream/job-offers';
import { extractFromTurn } from '../../../lib/dream/extract';
import { runDream } from '../../../lib/dream/run';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const said = (s: string) => offerChoice(s, s);

describe('a job chosen among offers', () => {
  it('the offer taken is named the way people say it', () => {
    expect(said('accepted the Tessellate offer!!')).toEqual({ taken: 'Tessellate', declined: [] });
    expect(said('took the job at Orbitwise Labs, starting in may')).toEqual({ taken: 'Orbitwise Labs', declined: [] });
    expect(said('finally signed my contract with Halden & Co')).toEqual({ taken: 'Halden & Co', declined: [] });
    expect(offerChoice('In the end I picked Orbitwise over Tessellate.', 'both offers came in on friday. In the end I picked Orbitwise over Tessellate.')).toEqual({
      taken: 'Orbitwise',
      declined: ['Tessellate'],
    });
    expect(offerChoice('declined Tessellate, the commute was awful', 'about the job offers: declined Tessellate, the commute was awful')).toEqual({ declined: ['Tessellate'] });
  });

  it('an offer received, a choice of anything else and a counter-offer declined say nothing of the employer', () => {
    expect(said('got an offer from Orbitwise today!')).toEqual({ declined: [] });
    expect(said('I picked Portugal for the summer trip')).toEqual({ declined: [] });
    expect(offerChoice('I turned down Tessellate\'s counteroffer and left', 'job stuff: I turned down Tessellate\'s counteroffer and left')).toEqual({ declined: [] });
    expect(extractFromTurn({ id: 't', text: 'got an offer from Orbitwise today! should I take it?', at: 0 }).facts).toEqual([]);
  });

  it('the company taken is the employer; the one compared with it never becomes one', async () => {
    const db = freshDb();
    await addConversation(db, 'a', T0, [
      { role: 'user', text: 'comparing two offers: Tessellate pays 72k, Orbitwise 68k but fully remote. which would you take?' },
      { role: 'assistant', text: 'If remote work matters to you, Orbitwise; otherwise Tessellate pays more.' },
    ]);
    await addConversation(db, 'b', T0 + 5 * DAY, [{ role: 'user', text: 'update on the offers: went with Orbitwise! what should I ask in my first 1:1?' }]);
    await runDream({ db, trigger: 'manual', now: clock(T0 + 6 * DAY) });
    const known = (await facts(db)).map((f) => f.text);
    expect(known).toContain('User works at Orbitwise.');
    expect(known.join(' ')).not.toMatch(/works at Tessellate/);
  });
});
