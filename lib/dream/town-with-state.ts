import { US_STATE_NAMES } from '../util/us-states';

/**
 * A town named with its state or province, as North Americans and Australians name one: "I live in Springfield,
 * Missouri", "Portland, OR", "Kingston, Ontario". Many towns share a name (there are Springfields in some thirty
 * states), so the state is part of where the user lives: "Springfield, Missouri" after "Springfield, Illinois" is a
 * move or a correction, which "Springfield" alone could not tell. Only the states, provinces and territories by name,
 * or by their postal code written in capitals ("Wheeling, WV"), so "Leeds, Dave" or "Paris, in spring" add nothing.
 */

const STATES = [
  ...US_STATE_NAMES,
  // Canada's provinces and territories, Australia's states.
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland', 'Nova Scotia', 'Ontario',
  'Prince Edward Island', 'Quebec', 'Québec', 'Saskatchewan', 'Yukon', 'Nunavut', 'Northwest Territories',
  'New South Wales', 'Queensland', 'Victoria', 'Tasmania', 'South Australia', 'Western Australia',
];
const CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC',
  'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'ON', 'PE', 'QC', 'SK',
  'NSW', 'QLD', 'VIC', 'TAS',
];
const STATE = String.raw`(?:${STATES.join('|')})`;
const CODE = String.raw`(?:${CODES.join('|')})`;
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The town as the sentence names it with its state ("Springfield, Missouri"); the town alone otherwise. */
export function townWithState(town: string, sentence: string): string {
  if (new RegExp(String.raw`,\s*(?:${STATE}|${CODE})$`, 'u').test(town)) return town;
  const named = new RegExp(
    String.raw`(?<![\p{L}])${escaped(town)},\s*(${STATE}|${CODE})(?![\p{L}\p{N}])(?!\s+(?:street|st|avenue|ave|road|rd)\b)`,
    'iu',
  ).exec(sentence);
  const state = named?.[1];
  // A code only as written in capitals: "Austin, or near it" names no Oregon.
  if (!state || (CODES.includes(state.toUpperCase()) && state !== state.toUpperCase())) return town;
  const name = STATES.find((s) => s.toLowerCase() === state.toLowerCase()) ?? state;
  return `${town}, ${name}`;
}

/** A fact of where the user lives, with the town's state when the sentence named it; any other fact as it was. */
export function withStateOfTown<F extends { slot?: string; text: string; value?: string }>(fact: F, sentence: string): F {
  if (fact.slot !== 'user/location' || !fact.value) return fact;
  const named = townWithState(fact.value, sentence);
  if (named === fact.value || !fact.text.includes(fact.value)) return fact;
  return { ...fact, value: named, text: fact.text.replace(fact.value, named) };
}
