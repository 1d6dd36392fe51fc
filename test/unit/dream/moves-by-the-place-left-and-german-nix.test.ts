import { describe, expect, it } from 'vitest';
import { changeSaid } from '../../../lib/dream/later-updates';

describe('changes said by the place left, or called off in German', () => {
  it('a move said by where the user left', () => {
    expect(changeSaid('Quick note: I have relocated from Dundee as of April.')).toBeDefined();
    expect(changeSaid('we moved away from the coast in the spring')).toBeDefined();
    expect(changeSaid("I've known these neighbours for six years, since we moved from the city.")).toBeUndefined();
  });

  it('a plan that is "nix" or comes to nothing', () => {
    expect(changeSaid('Mit Lissabon is nix, war nur Gerede.')).toBeDefined();
    expect(changeSaid('Aus dem Umzug nach Kiel wird nichts.')).toBeDefined();
    expect(changeSaid('Des Essen is nix für mich.')).toBeUndefined();
  });
});
