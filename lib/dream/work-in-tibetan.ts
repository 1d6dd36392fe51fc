/**
 * The user's job said in Tibetan script: "ང་ … ཡིན།" (I am …), where the job is a noun of doing made with "མཁན"
 * (one who does: "ཁ་ལག་བཟོ་མཁན" a cook, "ཤིང་བཟོ་མཁན" a carpenter, "ལམ་འཁྲིད་མཁན" a guide), or one of the common job
 * words ("སྨན་པ" a doctor, "དགེ་རྒན" a teacher). Written as the English rules write it, in the same slot, with the
 * job in the user's words, so a later job supersedes it.
 *
 * "ཡིན" (am) with "ང" (I) opening the clause is said only of oneself; "རེད" (is) says it of someone else ("ཁོ་སྨན་པ་རེད",
 * he is a doctor), and "ང་བོད་པ་ཡིན" (I am Tibetan) names a people, not a job, so a bare "-པ" is none. A question
 * ("ཡིན་ནམ", "གམ") or a negation ("མིན") is none.
 */

export interface TibetanJobFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** A Tibetan syllable: letters and vowel signs up to the tsheg ("་") that ends it. */
const SYLLABLE = String.raw`[\u0F40-\u0FBC]+`;
/** Common job words that are not made with "མཁན". */
const JOB_WORDS = String.raw`སྨན་པ|དགེ་རྒན|སློབ་དཔོན|ཞིང་པ|འབྲོག་པ|ཚོང་པ`;
/**
 * "ང་ཐང་ཀ་… X་མཁན་ཡིན།": "ང" as a syllable of its own after the sentence's start, a space or a stop, then one to five
 * syllables ending in "མཁན" (or a job word), then "ཡིན" closing the clause.
 */
const JOB = new RegExp(
  String.raw`(?:^|[\s།༎])ང་((?:${SYLLABLE}་){0,4}?(?:${SYLLABLE}་མཁན|${JOB_WORDS}))་ཡིན(?=\s*(?:[།༎]|$)|\s)`,
  'u',
);

/** The job a sentence of the user's says in Tibetan. */
export function jobInTibetan(sentence: string): TibetanJobFact[] {
  const m = JOB.exec(sentence);
  if (!m) return [];
  const job = m[1]!;
  return [{ kind: 'fact', slot: 'user/occupation', text: `User works as ${job}.`, value: job, importance: 0.75 }];
}
