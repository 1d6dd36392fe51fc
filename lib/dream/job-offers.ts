/**
 * A job chosen among offers: "accepted the Globex offer", "took the job at Initech", "signed my contract with Acme",
 * and, in a message about offers, "picked Hooli over Pied Piper" or "going with Hooli". An offer received is not a
 * job; the one taken is the user's employer, and one turned down ("declined Acme", "…over Pied Piper") is not.
 */

/** A company's name as people write it: capitalised words ("Pied Piper", "Umbrella Corp", "AT&T"). */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&'.-]*(?: (?:\p{Lu}[\p{L}\p{N}&'.-]*|&|of|de|and))*)`;
const LEAD = String.raw`(?:^|[,;:.!?—–]\s*|\b(?:and|so|then|but|finally|just|in the end|ultimately)\s+|\bI(?:'ve| have)?\s+)(?:(?:just|finally|officially|already)\s+)*`;
const ROLE = String.raw`(?:offer|job|role|position|contract|internship|placement)`;
// Case matters for the name only (a company is capitalised); a verb may open the sentence in either case.
const rule = (src: string) => new RegExp(src, 'u');
const anyCase = (v: string) => v.replace(/\b(\p{Ll})/gu, (_all, c: string) => `[${c}${c.toUpperCase()}]`);

/** "accepted the Globex offer", "took Initech's job", "signed the Acme contract". */
const NAME_THEN_ROLE = rule(String.raw`${LEAD}${anyCase('(?:accepted|took|chose|picked|went with|decided on|said yes to|signed)')} (?:the |their )?${NAME}(?:'s)? ${ROLE}\b`);
/** "took the job at Initech", "said yes to the offer from Globex", "signed my contract with Acme". */
const ROLE_THEN_NAME = rule(String.raw`${LEAD}${anyCase('(?:accepted|took|said yes to|signed(?: for)?|signed my)')} (?:the |a |an |their |my )?(?:new )?${ROLE}(?: letter)? (?:at|with|from) ${NAME}`);
/** In a message about offers: "picked Hooli over Pied Piper", "going with Globex", "decided on Initech". */
const PICKED = rule(String.raw`${LEAD}${anyCase('(?:picked|chose|went with|going with|decided on|said yes to|accepted|took)')} ${NAME}(?: over ${NAME})?`);
/** "turned down Acme", "declined the Vandelay offer", "said no to Globex". */
const DECLINED = rule(String.raw`${LEAD}${anyCase('(?:turned down|declined|rejected|passed on|said no to|walked away from)')} (?:the |their )?${NAME}(?:'s)?(?: ${ROLE})?`);
/** A message that is about job offers, for the forms that do not name one. */
const ABOUT_OFFERS = /\b(?:offers?|job|role|position|contract|salary|recruiter|interview(?:s|ed)?|hiring|employer)\b/i;
/** A counter-offer is the employer the user has asking them to stay: declining it says nothing about leaving. */
const COUNTER = /\bcounter[- ]?offer|\bstay(?:ing|ed)?\b/i;
/** Capitalised words that stand where a company would and are none. */
const NOT_A_COMPANY = /^(?:I|The|A|An|It|That|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Option|Plan)\b/;

/** "Tuymaada FM offered me a job as sound engineer": the offer, which the user may take in a later sentence. */
const OFFERED = rule(String.raw`${NAME} (?:has |have |just |finally )*offered me (?:a|an|the) (?:new |full-time |part-time |permanent )?${ROLE}(?: as (?:an? )?((?:[\p{L}-]+ ){0,3}?[\p{L}-]+)(?=[,.;:!?]|$| at\b| in\b| on\b| for\b| with\b| from\b| and\b| but\b| starting\b))?`);
/** "I'm taking it", "I said yes", "I accepted": the offer the message spoke of, taken. */
const TAKE_IT = rule(String.raw`${LEAD}${anyCase("(?:I'm taking it|I am taking it|I'll take it|I will take it|I took it|I've taken it|I accepted(?: it)?|I've accepted(?: it)?|I said yes|I'm saying yes|I signed)")}(?![\p{L}])`);

/**
 * "I got offered the lighting designer job at Vaba Lava, starting in August!", "I was offered a position as head chef at
 * Dishoom and I start Monday": an offer said with its start is an offer taken (m[1] or m[2] the job, m[3] the employer).
 */
const OFFERED_TO_ME = rule(String.raw`(?:\bI(?:'ve| have)? (?:just |finally |officially )?(?:got|been|was) offered|(?:^|[,;:.!?—–]\s*)${anyCase('got offered')}) (?:the|a|an) (?:new |full-time |part-time |permanent )?(?:((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+) )?${ROLE}(?: as (?:an? )?((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+))? (?:at|with) (?:the )?${NAME}`);
/** The start said with it or after it: "starting in August", "I start Monday", "my first day is the 3rd". */
const STARTING = /\b(?:starting|start(?:s|ing)? (?:on|in|next|this|from|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)|I(?:'ll| will|'m| am)? start(?:ing)?|I(?:'ll| will)? begin|(?:my )?first day(?: is)?)\b/i;
/** Doubt about the offer anywhere in the message: it is weighed, not taken ("any tips?" after it asks something else). */
const WEIGHING = /\b(?:should I|whether|not sure|thinking (?:about|of)|considering|torn|or not|negotiat\w*|counter[- ]?offer|if I (?:take|accept))\b/i;

export interface OfferChoice {
  taken?: string;
  /** The job the offer taken was for, when the message said ("offered me a job as sound engineer"). */
  as?: string;
  declined: string[];
}

const company = (v: string | undefined) => {
  // "at Dishoom and I start Monday": the name ends before "and I".
  const n = v?.trim().replace(/(?:\s+(?:and|&))?\s+I$/, '').replace(/[.'-]+$/, '');
  return n && !NOT_A_COMPANY.test(n) && n.split(' ').length <= 4 ? n : undefined;
};

/** The offer a sentence says the user took, and those they turned down; `turn` is the whole message, for context. */
export function offerChoice(sentence: string, turn: string): OfferChoice {
  const offered = OFFERED.exec(turn);
  // Taken in a sentence of its own, after the offer was told ("…offered me a job as sound engineer. … I decided: I'm taking it").
  if (offered && !OFFERED.test(sentence) && TAKE_IT.test(sentence) && !/\b(?:if|should|would|might|maybe|whether)\b/i.test(sentence)) {
    const taken = company(offered[1]);
    if (taken) return { taken, ...(offered[2] ? { as: offered[2] } : {}), declined: [] };
  }
  const offeredMe = OFFERED_TO_ME.exec(sentence);
  const from = turn.indexOf(sentence);
  const after = offeredMe ? (from >= 0 ? turn.slice(from + offeredMe.index) : sentence.slice(offeredMe.index)) : '';
  const offeredTaken = offeredMe && !sentence.includes('?') && STARTING.test(after) && !WEIGHING.test(turn) ? company(offeredMe[3]) : undefined;
  if (offeredTaken) {
    const as = offeredMe![1] ?? offeredMe![2];
    return { taken: offeredTaken, ...(as ? { as } : {}), declined: [] };
  }
  const named = NAME_THEN_ROLE.exec(sentence) ?? ROLE_THEN_NAME.exec(sentence);
  const picked = named ? null : ABOUT_OFFERS.test(turn) ? PICKED.exec(sentence) : null;
  const taken = company((named ?? picked)?.[1]);
  const declined = [company(picked?.[2])];
  const no = DECLINED.exec(sentence);
  if (no && !COUNTER.test(sentence) && (ABOUT_OFFERS.test(turn) || /\b(?:offer|job|role|position)\b/i.test(no[0]))) declined.push(company(no[1]));
  return { ...(taken ? { taken } : {}), declined: declined.filter((d): d is string => !!d && d !== taken) };
}
