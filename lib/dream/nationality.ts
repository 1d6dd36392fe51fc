/**
 * The user's nationality, said as what they are: "I'm Irish but I live in Lyon", "I am half Italian", "I'm
 * British-Nigerian, so both passports", "I'm Brazilian btw". Who the user is never fades, and nothing read it: a new
 * chat about visas, food or holidays home needs it.
 *
 * By the English adjectives of nationality, which no rule about places reads, and only where the adjective closes
 * what is said of the user: "I'm Irish dancing tonight", "I'm English teaching in Seoul" and "I'm Dutch oven cooking"
 * go on to something else, "I'm not Irish" and "if I'm Irish, do I need a visa?" say no such thing. Faith and
 * ethnicity are not read: they are not for the memory to infer from a word.
 */

const DEMONYMS = [
  'Afghan', 'Albanian', 'Algerian', 'American', 'Angolan', 'Argentine', 'Argentinian', 'Armenian', 'Australian', 'Austrian',
  'Azerbaijani', 'Bangladeshi', 'Belarusian', 'Belgian', 'Bolivian', 'Bosnian', 'Brazilian', 'British', 'Bulgarian', 'Burmese',
  'Cambodian', 'Cameroonian', 'Canadian', 'Chilean', 'Chinese', 'Colombian', 'Congolese', 'Croatian', 'Cuban', 'Cypriot', 'Czech',
  'Danish', 'Dominican', 'Dutch', 'Ecuadorian', 'Egyptian', 'English', 'Eritrean', 'Estonian', 'Ethiopian', 'Filipino', 'Filipina',
  'Finnish', 'French', 'Georgian', 'German', 'Ghanaian', 'Greek', 'Guatemalan', 'Haitian', 'Honduran', 'Hungarian', 'Icelandic',
  'Indian', 'Indonesian', 'Iranian', 'Iraqi', 'Irish', 'Israeli', 'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian',
  'Kazakh', 'Kenyan', 'Korean', 'Kosovan', 'Kurdish', 'Kuwaiti', 'Latvian', 'Lebanese', 'Libyan', 'Lithuanian', 'Luxembourgish',
  'Macedonian', 'Malaysian', 'Maltese', 'Mexican', 'Moldovan', 'Mongolian', 'Montenegrin', 'Moroccan', 'Nepalese', 'Nepali',
  'Nicaraguan', 'Nigerian', 'Norwegian', 'Pakistani', 'Palestinian', 'Panamanian', 'Paraguayan', 'Peruvian', 'Polish',
  'Portuguese', 'Puerto Rican', 'Romanian', 'Russian', 'Rwandan', 'Salvadoran', 'Saudi', 'Scottish', 'Senegalese', 'Serbian',
  'Singaporean', 'Slovak', 'Slovenian', 'Somali', 'South African', 'Spanish', 'Sri Lankan', 'Sudanese', 'Swedish', 'Swiss',
  'Syrian', 'Taiwanese', 'Tanzanian', 'Thai', 'Tunisian', 'Turkish', 'Ugandan', 'Ukrainian', 'Uruguayan', 'Uzbek',
  'Venezuelan', 'Vietnamese', 'Welsh', 'Yemeni', 'Zambian', 'Zimbabwean', 'Kiwi', 'New Zealander', 'Persian', 'Bengali', 'Emirati',
  'Omani', 'Qatari',
].join('|');
/** The English adjectives of nationality, capitalised as written; also what no introduction's name is (extract.ts). */
export const NATIONALITY_ADJECTIVE = String.raw`(?:${DEMONYMS})`;
const NATION = NATIONALITY_ADJECTIVE;
/** What may follow the adjective in the same breath: the clause's end, a joining word, or a word about the nationality. */
const CLOSES = String.raw`(?=\s*(?:[,.;:!?)—–]|\p{Extended_Pictographic}|$)|\s+(?:but|and|so|by birth|originally|myself|btw|tbh|though|tho|lol|haha|here|too|living|based|now|through and through)(?![\p{L}]))`;

// Read as typed: the adjective is capitalised ("I'm polish" may be about nails).
const NATIONALITY = new RegExp(
  String.raw`(?<![\p{L}'’])I(?:'m|’m| am)(?: (?:actually|originally|proudly|also|fully))? ((?:half|part|a quarter) )?(${NATION}(?:[- ]${NATION})?(?:,? (?:and )?(?:half|part) ${NATION})?)${CLOSES}`,
  'u',
);
const NOT_SAID = /\b(?:if|when|whether|unless|imagine|pretend|suppose|as if|like)\s*$/i;

export interface NationalityFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** The nationality a sentence says the user has, if any. */
export function nationalityStatements(s: string): NationalityFact[] {
  const m = NATIONALITY.exec(s);
  if (!m || NOT_SAID.test(s.slice(0, m.index))) return [];
  const value = `${m[1] ?? ''}${m[2]!}`;
  return [{ kind: 'fact', slot: 'user/nationality', text: `User is ${value}.`, value, importance: 0.6 }];
}
