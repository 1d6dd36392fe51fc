import { describe, expect, it } from 'vitest';
import { withPrisonSaidOneWay } from '../../../lib/preamble/prison-said-many-ways';

describe('being in prison, said many ways, read as one word', () => {
  it('inside, locked up, behind bars, doing time, jail', () => {
    expect(withPrisonSaidOneWay("don't ever bring up my uncle being inside again")).toBe("don't ever bring up my uncle being prison again");
    expect(withPrisonSaidOneWay('my brother got locked up last year')).toBe('my brother got prison last year');
    expect(withPrisonSaidOneWay('she has been behind bars since 2021')).toBe('she has been prison since 2021');
    expect(withPrisonSaidOneWay("he's doing time for fraud")).toBe("he's prison for fraud");
    expect(withPrisonSaidOneWay('my cousin was jailed in May')).toBe('my cousin was prison in May');
  });

  it('not "inside" a place, nor a shop locked up', () => {
    expect(withPrisonSaidOneWay('I was inside the house all day')).toBe('I was inside the house all day');
    expect(withPrisonSaidOneWay('he locked up the shop at six')).toBe('he locked up the shop at six');
    expect(withPrisonSaidOneWay('time to go inside.')).toBe('time to go inside.');
  });
});
