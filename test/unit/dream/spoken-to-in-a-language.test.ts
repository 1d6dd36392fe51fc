import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

const learn = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 }).facts.map((f) => f.text);

describe('asked to be spoken to in a language', () => {
  it('is the language of the answers, in Dutch, German, Spanish, French and Italian', () => {
    expect(learn('Wat mot ik doen? En praat gewoon Nederlands tegen me, nie zo deftig, zeg maar je, geen u hè.')).toContain('Reply to the user in Dutch.');
    expect(learn('Spreek Nederlands met mij.')).toEqual(['Reply to the user in Dutch.']);
    expect(learn('Sprich einfach Deutsch mit mir.')).toEqual(['Reply to the user in German.']);
    expect(learn('Hola, háblame en español por favor, que no entiendo bien el inglés.')).toEqual(['Reply to the user in Spanish.']);
    expect(learn("Bonjour, parle-moi en français, je ne comprends pas bien l'anglais.")).toEqual(['Reply to the user in French.']);
    expect(learn('Ciao, parlami in italiano per favore.')).toEqual(['Reply to the user in Italian.']);
  });

  it('not when someone else speaks it to the user, nor when the user speaks it to someone', () => {
    expect(learn('Mijn moeder praat Nederlands met me.')).toEqual([]);
    expect(learn('ik praat Nederlands tegen hem')).toEqual([]);
    expect(learn('Mi abuela me habla en español.')).toEqual([]);
    expect(learn('Praat je Nederlands?')).toEqual([]);
  });
});
