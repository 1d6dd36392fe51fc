import { recoveriesInOtherLanguages } from './recovered-other-languages';

/**
 * An injury or illness the user got over: "ankle totally fine", "my knee's finally better", "fully recovered from the
 * knee surgery", "the cast came off", "off crutches at last", "physio signed me off". The chats from while it lasted
 * ("six weeks on crutches, no weight on it") were true then and read as current once shown months later, so what
 * healed is a change ('changed', not 'wrong'): the passages that talked about it carry the user's words saying it
 * is over, and facts about it are retired.
 */

// The parts of the body people injure, and what they have ("the flu", "covid").
const BODY = String.raw`(?:(?:left|right|lower|upper|bad|dodgy|broken|sprained|twisted|torn|injured|sore)\s+)?(ankle|knee|back|neck|wrist|shoulder|hip|foot|leg|arm|elbow|hand|thumb|finger|toe|hamstring|calf|achilles|ribs?|collarbone|shin|groin|jaw|tendon|acl|meniscus|rotator cuff|plantar fasciitis|tennis elbow|concussion|sprain|fracture|injury|flu|covid|cold|infection|chest infection|pneumonia|bronchitis|shingles|tonsillitis)`;
/**
 * Illnesses that run their course, said over with "done" or "over" too ("dengue done, back at work", "the flu's over
 * now"): an injury said "done" is worn out, not healed ("my knee is done"), so these only.
 */
const ILLNESS = String.raw`(?:the\s+)?(flu|covid(?:-19)?|cold|chest infection|infection|pneumonia|bronchitis|shingles|tonsillitis|dengue(?: fever)?|malaria|typhoid|chikungunya|zika|measles|chicken ?pox|mumps|mono|glandular fever|strep(?: throat)?|stomach bug|gastro|norovirus|food poisoning|sinusitis|conjunctivitis|pink eye|ear infection|UTI|whooping cough|hand,? foot and mouth)`;
const HEALED = String.raw`(?:fine|healed|(?:all |much |a lot |way )?better|good as new|back to normal|(?:fully )?recovered|pain[- ]free|sorted|100%|ok(?:ay)?|gone|cleared up)`;
const FULLY = String.raw`(?:(?:now|finally|totally|completely|fully|100%|all|basically|pretty much)\s+)*`;

const RECOVERED = [
  // "ankle totally fine", "my knee's finally better now", "the knee feels 100%", "flu is gone".
  new RegExp(String.raw`(?:^|[,;:.!—–-]\s*|\b(?:and|but|so|my|the)\s+)${BODY}(?:['’]s|\s+(?:is|feels|has been|is now|seems|has healed))?\s+${FULLY}${HEALED}(?=\s*(?:[,.;:!?)]|$|\p{Extended_Pictographic})|\s+(?:now|again|at last|finally|thank|thanks|lol|and|but|so|since|after)\b)`, 'iu'),
  // "fully recovered from the knee op", "I'm over the flu", "healed up from my broken wrist".
  new RegExp(String.raw`\b(?:I(?:'ve| have|'m| am)?\s+)?(?:fully |completely |finally |totally )?(?:recovered|healed up|over|better) from (?:my |the |that )?(?:\S+ )?${BODY}\b`, 'iu'),
  new RegExp(String.raw`\bI(?:'m| am) (?:finally |fully |totally )?over (?:my |the |that )${BODY}\b`, 'iu'),
  // "dengue done, back at work", "the flu's over now", "malaria is finished, thank God", "over the dengue at last".
  new RegExp(String.raw`(?:^|[,;:.!—–-]\s*|\b(?:and|but|so|my|me)\s+)${ILLNESS}(?:['’]s|\s+(?:is|has|has been|is now))?\s+${FULLY}(?:done|over|finished|gone|cleared|behind me)(?=\s*(?:[,.;:!?)]|$|\p{Extended_Pictographic})|\s+(?:now|again|at last|finally|thank|thanks|lol|and|but|so|since)\b)`, 'iu'),
  new RegExp(String.raw`\b(?:fully |completely |finally |totally )?(?:recovered|better|over) from (?:my |the |that |de )?${ILLNESS}\b`, 'iu'),
];
// What was worn or used while it lasted: "the cast came off", "off crutches", "out of the boot".
const AID = String.raw`(cast|boot|moon boot|brace|sling|splint|stitches|crutches|wheelchair)`;
const AID_OFF = [
  new RegExp(String.raw`\b(?:the |my )?${AID} (?:is|are|came|come|has come|have come|finally came|finally off|got taken|were taken|was taken) off\b`, 'iu'),
  new RegExp(String.raw`\b(?:I(?:'m| am)\s+)?(?:finally |now )?(?:off|done with|out of) (?:the |my )?${AID}\b(?! (?:for|until|till)\b)`, 'iu'),
];
// "physio discharged me", "the surgeon signed me off", "got discharged from physio".
const DISCHARGED = [
  /\b(?:my |the )?(physio|physiotherapist|physical therapist|pt|surgeon|consultant)\s+(?:has\s+|finally\s+)?(?:discharged me|signed me off|cleared me)\b/i,
  /\b(?:got|been|was|I'm|I am)\s+(?:finally\s+)?(?:discharged|signed off)\s+(?:from|by)\s+(?:the\s+|my\s+)?(physio|physiotherapy|physical therapy|pt)\b/i,
];
// "if my knee is fine by then", "hope the ankle's better soon", "not sure my wrist is ok": not said as over.
const NOT_OVER = /\b(?:if|hope|hoping|hopefully|once|until|till|when|whether|not|isn'?t|wasn'?t|never|still not|will be|should be|might be|soon)\b[^,;:.!?]*$/i;

/**
 * Words too common to find the chats about the injury by ("back", "cold", "hand", "boot"): the passages a note goes on
 * are those holding the value's words, and "come back" or "boot the laptop" would be marked.
 */
const TOO_COMMON = /^(?:back|neck|hand|arm|leg|foot|hip|jaw|finger|toe|thumb|calf|tendon|cold|cast|boot|pt|consultant|surgeon)$/i;

/**
 * What the sentence says the user got over: the body part or illness, the aid put away, the treatment ended; said in
 * another language too (recovered-other-languages.ts).
 */
export function recoveries(s: string): string[] {
  const out: string[] = [];
  const push = (v: string | undefined, at: number) => {
    const value = v?.toLowerCase().replace(/^ribs$/, 'rib');
    if (!value || TOO_COMMON.test(value) || NOT_OVER.test(s.slice(0, at))) return;
    if (!out.includes(value)) out.push(value);
  };
  for (const re of [...RECOVERED, ...AID_OFF]) {
    const m = re.exec(s);
    if (m) push(m[1], m.index);
  }
  for (const re of DISCHARGED) {
    const m = re.exec(s);
    if (m) push(/^(?:physio|physiotherapy|physiotherapist|physical therapy|physical therapist|pt)$/i.test(m[1]!) ? 'physio' : m[1], m.index);
  }
  for (const v of recoveriesInOtherLanguages(s)) if (!out.includes(v)) out.push(v);
  return out;
}
