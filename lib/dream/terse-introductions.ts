import { OCCUPATION } from './occupations';

/**
 * A message that opens by saying who the user is in note form, with no "I": "Ski-lift mechanic at Aviemore. Based
 * Kingussie.", "Staff nurse at Ninewells. Based in Dundee.", "Graphic designer based in Bristol. Need a logo brief.".
 * A job and a place alone may be anyone's ("Senior engineer at Google." heading a pasted advert), so the job line is
 * read as the user's only where the line beside it says where they are based — the note form people use of
 * themselves — at the very start of the message, and not in a message about a vacancy.
 * Returns, by the index of each sentence, the words the rules read it as ("I'm a … at …", "I'm based in …"); the note
 * the block shows still quotes the user's own.
 */
export function terseIntroduction(sentences: readonly string[], turnText: string): Map<number, string> {
  const read = new Map<number, string>();
  if (ABOUT_A_VACANCY.test(turnText)) return read;
  const first = sentences[0]?.trim() ?? '';
  const together = JOB_LINE_BASED.exec(first);
  if (together) {
    const job = jobSaid(together[1]!, together[2], together[3]);
    const base = placeName(together[4]);
    if (job && base) read.set(0, `${job} and I'm based in ${base}.`);
    return read;
  }
  const alone = JOB_LINE.exec(first);
  const based = BASED_LINE.exec(sentences[1]?.trim() ?? '');
  const base = placeName(based?.[1]);
  const job = alone ? jobSaid(alone[1]!, alone[2], alone[3]) : undefined;
  if (job && base) {
    read.set(0, `${job}.`);
    read.set(1, `I'm based in ${base}.`);
  }
  return read;
}

/** A job named with up to three words before it, and where it is done ("at Cairngorm"), not someone's ("my", "his"). */
const JOB = String.raw`^(?:(?:hi|hey|hello)[,!]?\s+)?(?:an?\s+)?((?:(?!(?:the|my|his|her|their|our|your|this|that|so|and|but|not|no|ex|former|retired)\b)[\p{L}\p{N}-]+\s+){0,3}?${OCCUPATION})(?:\s+(at|for|with|in)\s+(\p{L}[\p{L}'’&-]*(?:\s+(?:of\s+|de\s+|on\s+|upon\s+|and\s+)?\p{L}[\p{L}'’&-]*){0,3}?))?`;
const JOB_LINE = new RegExp(String.raw`${JOB}\s*[.!]*$`, 'iu');
const JOB_LINE_BASED = new RegExp(String.raw`${JOB},?\s+based\s+(?:in|out of|near)\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}?)\s*[.!]*$`, 'iu');
/** "Based Inverness.", "based in Dundee.", "Based out of Leeds!": where the user is, its "I'm" left out. */
const BASED_LINE = /^based\s+(?:in\s+|out of\s+|near\s+)?(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}?)\s*[.!]*$/iu;
/** A message about a job on offer, where a job and a place are the vacancy's, not the writer's. */
const ABOUT_A_VACANCY = /\b(?:salary|apply|applicants?|applying|hiring|vacanc(?:y|ies)|candidates?|per (?:annum|hour)|job (?:ad|advert|spec|description|posting|listing)|we(?:'re| are) looking for)\b/i;

/** The job as the rules read it, "I'm a ski-lift mechanic at Cairngorm"; a workplace only when capitalised as a name. */
function jobSaid(job: string, preposition: string | undefined, workplace: string | undefined): string | undefined {
  const where = workplace === undefined ? '' : placeName(workplace);
  if (where === undefined) return undefined;
  const title = job.trim().replace(/^\p{Lu}(?=\p{Ll}*(?:[\s-]|$))/u, (c) => c.toLowerCase());
  return `I'm ${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title}${where ? ` ${preposition!.toLowerCase()} ${where}` : ''}`;
}

/** A place named as names are written, each word capitalised; a month or weekday is none. */
function placeName(words: string | undefined): string | undefined {
  if (!words) return undefined;
  const w = words.trim();
  if (!/^\p{Lu}/u.test(w) || !w.split(/\s+/).every((x) => /^(?:\p{Lu}|of$|de$|on$|upon$|and$)/u.test(x))) return undefined;
  if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(w)) return undefined;
  return w;
}
