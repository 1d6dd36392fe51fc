import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { changeSaid } from '../../../lib/dream/later-updates';

/**
 * After held-out scenario set CH, on sentences made up here: a Spanish or Portuguese breakup said with when it happened
 * after an article ("terminamos el viernes"), and a plan called off in the dialect participle ("abgsagt").
 */
const AT = Date.UTC(2026, 8, 1);
const turn = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const partnersLeft = (text: string) => turn(text).retractions.filter((r) => r.slot === 'user/family:partner').map((r) => r.value);

// The extractor's first call builds its many patterns, which on a loaded machine takes longer than one test may.
beforeAll(() => void turn('I live in Leeds.'), 120_000);

describe('a breakup said with its day or week after an article', () => {
  it('Spanish, a day or a week said after "terminamos"', () => {
    expect(partnersLeft('Marisol y yo terminamos el viernes, ya no estamos juntos.')).toEqual(['Marisol']);
    expect(partnersLeft('Anselmo y yo terminamos la semana pasada.')).toEqual(['Anselmo']);
    expect(partnersLeft('Griselda y yo cortamos el fin de semana.')).toEqual(['Griselda']);
  });

  it('not work or homework finished together', () => {
    expect(partnersLeft('Marisol y yo terminamos el trabajo a las cinco.')).toEqual([]);
    expect(partnersLeft('Anselmo y yo terminamos la tarea antes de cenar.')).toEqual([]);
    expect(partnersLeft('Griselda y yo cortamos el pastel.')).toEqual([]);
  });
});

describe('a plan called off, said in the dialect participle', () => {
  it('"abgsagt" as "abgesagt"', () => {
    expect(changeSaid('Die Grillfeier am Samstag isch abgsagt, es regnet.')?.marker).toBe('abgsagt');
    expect(changeSaid('Des Konzert is abgsagt.')?.marker).toBe('abgsagt');
  });

  it('not "gsagt" alone (said)', () => {
    expect(changeSaid("Ich hab's ihm gsagt.")).toBeUndefined();
  });
});
