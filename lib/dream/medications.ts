/**
 * Medicines the user takes, and changes to them: "he switched me from warfarin to apixaban, 2.5 mg twice a day", "the
 * GP put me on amlodipine", "I'm on sertraline 50mg now", "I came off the statins". Whoever helps plan a meal, a trip
 * or a question for the doctor needs to know them, and the one switched from is no longer taken. A word is a medicine
 * by its shape (the stems drug names are built from, or a dose after it) or by being one of the common ones everyone
 * names; "switched me from nights to days" names none.
 */

import { saidAsDone } from './said-as-done';

export interface MedicationFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/**
 * Endings international drug names share (WHO INN stems) and a few household names that fit none; among them the
 * immunosuppressants a transplant is kept with (tacrolimus, everolimus, ciclosporin, mycophenolate, azathioprine).
 */
const STEMS =
  /(?:pril|sartan|olol|alol|dipine|statin|statins|xaban|gatran|parin|farin|prazole|tidine|formin|gliptin|glutide|gliflozin|oxetine|opram|aline|triptyline|zepam|zolam|azepine|apine|idone|peridol|mab|tinib|cillin|mycin|cycline|floxacin|conazole|vir|sone|olone|thyroxine|thiazide|semide|lukast|terol|tropium|dronate|profen|coxib|triptan|gabalin|pentin|phylline|setron|fenac|codone|phenidate|amfetamine|tadine|trexate|purinol|lactone|darone|grel|grelor|oxin|icine|amide|limus|sporin|sporine|phenolate|thioprine)$/i;
const COMMON =
  /^(?:insulin|aspirin|paracetamol|acetaminophen|ibuprofen|lithium|methotrexate|tamoxifen|codeine|morphine|tramadol|melatonin|levothyroxine|prednisolone|prednisone|metformin|warfarin|digoxin|colchicine|Ozempic|Wegovy|Mounjaro|Eliquis|Xarelto|Pradaxa|Lipitor|Zoloft|Prozac|Lexapro|Wellbutrin|Adderall|Ritalin|Ventolin|Symbicort|Seretide|Synthroid|Plavix|Januvia|Jardiance|Humira|Lyrica|Neurontin|Xanax|Valium|Lasix|Coumadin|HRT|PrEP)$/i;
/** A dose and how often: "2.5 mg twice a day", "50mg", "two puffs morning and night". */
const DOSE = String.raw`\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|μg|g|ml|mL|units?|IU|puffs?)\b(?:,?\s+(?:once|twice|three times|four times|\d times|every (?:morning|evening|night|day|\d+ hours)|daily|nightly|weekly|at night|at bedtime|in the morning|morning and (?:night|evening)|with (?:food|meals)|(?:a|per) (?:day|week)))*`;
const DRUG = String.raw`([\p{L}][\p{L}-]{3,}(?: (?:XL|SR|ER|CR|MR))?)`;

function isMedicine(word: string, dosed: boolean): boolean {
  const w = word.replace(/ (?:XL|SR|ER|CR|MR)$/, '');
  return dosed || STEMS.test(w) || COMMON.test(w);
}
const slotOf = (drug: string) => `user/health:medication:${drug.toLowerCase().replace(/s$/, '')}`;

const SWITCHED = new RegExp(String.raw`\b(?:switched|changed|moved|swapped|took)\s+(?:me|my\s+(?:[\p{L}-]+\s+)?(?:inhaler|medication|medicine|meds|tablets|pills|prescription|injections?|blood thinner|antidepressants?|painkillers?))\s+(?:over\s+)?(?:from|off)\s+(?:the\s+)?${DRUG}\s+(?:to|onto|for)\s+(?:the\s+)?${DRUG}(?:\s*,?\s*(${DOSE}))?`, 'iu');
const I_SWITCHED = new RegExp(String.raw`\bI(?:'ve| have)?\s+(?:been\s+)?(?:switched|changed|moved|swapped|gone)\s+(?:over\s+)?from\s+(?:the\s+)?${DRUG}\s+(?:to|onto)\s+(?:the\s+)?${DRUG}(?:\s*,?\s*(${DOSE}))?`, 'iu');
const PUT_ON = new RegExp(String.raw`\b(?:put|started|starting|got)\s+me\s+on\s+(?:the\s+)?${DRUG}(?:\s*,?\s*(${DOSE}))?`, 'iu');
const PRESCRIBED = new RegExp(String.raw`\b(?:prescribed\s+me|I(?:'ve| have| was| got)\s+(?:been\s+|just\s+been\s+)?prescribed)\s+(?:some\s+)?${DRUG}(?:\s*,?\s*(${DOSE}))?`, 'iu');
// How often may follow with no dose: "I'm on tacrolimus twice a day".
const I_AM_ON = new RegExp(String.raw`\bI(?:'m| am)\s+(?:now\s+|still\s+|currently\s+)?on\s+(?:the\s+)?${DRUG}(?:\s*,?\s*(${DOSE}))?(?:\s+now)?(?=\s*(?:[,.;!?)]|$)|\s+(?:and|but|so|for|since|now|because|which|once|twice|three times|daily|nightly|every (?:morning|evening|night|day))\b)`, 'iu');
/** "I take metformin 500 mg twice a day", "I'm taking sertraline": a medicine by its shape or its dose. */
const I_TAKE = new RegExp(String.raw`\bI(?:'m| am)?\s+(?:now\s+|still\s+|currently\s+|also\s+)?(?:take|taking)\s+(?:my\s+|the\s+)?${DRUG}(?:\s*,?\s*(${DOSE}))?`, 'iu');
/**
 * A dose changed by whoever prescribes it: "Dr Fernandes has raised my metformin", "they upped my sertraline to 100mg",
 * "my GP cut my ramipril to 2.5 mg". The new dose may follow in the next sentence ("Now I take 1000 mg…", in whatever
 * language it is said).
 */
const DOSE_CHANGED = new RegExp(String.raw`\b(raised|increased|upped|bumped up|doubled|lowered|reduced|decreased|cut|halved|dropped|tripled)\s+my\s+(?:dose of\s+|dosage of\s+)?${DRUG}(?:\s+(?:dose|dosage))?(?:\s+(?:up |down )?to\s+(${DOSE}))?`, 'iu');
/** A dose on its own, in the sentence after a change: "1000 mg sokalim ani ratim", "I now take 1000 mg". */
const DOSE_ALONE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}.,])(${DOSE})`, 'iu');
/**
 * A medicine and its dose said by the user in a language the rules do not read, with a first-person word of it:
 * Konkani "hanv metformin 500 mg gheta", Hindi "main metformin 500 mg leta hoon", Bengali "ami …", Arabic "ana …",
 * Dutch and Low German "ik …", German "ich …", Romance "je / yo / eu / io …".
 */
const FIRST_PERSON = /(?:^|[^\p{L}])(?<!\b(?:the|a|an|my|our|your|his|her|their|its)\s+)(?:hanv|mhaka|main|mera|meri|ami|amar|ana|ik|ich|je|eu|io|jag)(?![\p{L}])/iu;
const DRUG_AND_DOSE = new RegExp(String.raw`${DRUG}\s+(${DOSE})`, 'iu');
/** Someone else's medicine: "my mother takes…", "he is on…". */
const SOMEONE_ELSES = /\b(?:my (?:mother|mum|mom|father|dad|husband|wife|son|daughter|child|partner|brother|sister|grandma|grandmother|grandpa|grandfather|friend|dog|cat)|he|she|his|her|they|their)\b/i;
const CAME_OFF = new RegExp(String.raw`\b(?:I(?:'ve| have)?\s+(?:came|come|got|been taken|was taken)\s+off|I(?:'ve| have)?\s+stopped(?:\s+taking)?|(?:took|taken)\s+me\s+off)\s+(?:the\s+|my\s+)?${DRUG}`, 'iu');

function dosed(drug: string, dose?: string) {
  return `${drug}${dose ? ` ${dose.trim()}` : ''}`;
}

/** The medicines a sentence says the user now takes, and those it says the user no longer takes. */
export function medicationStatements(sentence: string, next = ''): { facts: MedicationFact[]; stopped: { value: string; slot: string }[] } {
  const facts: MedicationFact[] = [];
  const stopped: { value: string; slot: string }[] = [];
  if (/\?\s*$/.test(sentence)) return { facts, stopped };
  const before = (m: RegExpExecArray) => sentence.slice(0, m.index);
  // Each pattern names the user ("switched me", "I'm on"): only a wish, a plan or a question is not one.
  const owned = (m: RegExpExecArray) => saidAsDone(before(m), true);
  const switched = SWITCHED.exec(sentence) ?? I_SWITCHED.exec(sentence);
  if (switched && owned(switched) && (isMedicine(switched[1]!, false) || isMedicine(switched[2]!, !!switched[3]))) {
    const [, from, to, dose] = switched;
    facts.push({ kind: 'fact', slot: slotOf(to!), text: `User takes ${dosed(to!, dose)} (switched from ${from}).`, value: to!, importance: 0.9 });
    stopped.push({ value: from!, slot: slotOf(from!) });
    return { facts, stopped };
  }
  const changed = DOSE_CHANGED.exec(sentence);
  if (changed && owned(changed) && isMedicine(changed[2]!, !!changed[3])) {
    const dose = changed[3] ?? DOSE_ALONE.exec(next)?.[1];
    const how = /^(?:raised|increased|upped|bumped up|doubled|tripled)$/i.test(changed[1]!) ? 'raised' : 'lowered';
    if (dose) facts.push({ kind: 'fact', slot: slotOf(changed[2]!), text: `User takes ${dosed(changed[2]!, dose)} (dose ${how}).`, value: changed[2]!, importance: 0.9 });
    return { facts, stopped };
  }
  for (const re of [PUT_ON, PRESCRIBED, I_AM_ON, I_TAKE]) {
    const m = re.exec(sentence);
    if (!m || !owned(m) || !isMedicine(m[1]!, !!m[2]) || (re === I_TAKE && !m[2] && !STEMS.test(m[1]!) && !COMMON.test(m[1]!))) continue;
    facts.push({ kind: 'fact', slot: slotOf(m[1]!), text: `User takes ${dosed(m[1]!, m[2])}.`, value: m[1]!, importance: 0.9 });
    break;
  }
  // The first-person word comes before the medicine: "the main metformin 500 mg side effect" is no one's.
  const elsewhere = facts.length === 0 && !SOMEONE_ELSES.test(sentence) ? DRUG_AND_DOSE.exec(sentence) : null;
  if (elsewhere && FIRST_PERSON.test(sentence.slice(0, elsewhere.index)) && (STEMS.test(elsewhere[1]!) || COMMON.test(elsewhere[1]!)) && owned(elsewhere))
    facts.push({ kind: 'fact', slot: slotOf(elsewhere[1]!), text: `User takes ${dosed(elsewhere[1]!, elsewhere[2])}.`, value: elsewhere[1]!, importance: 0.9 });
  const off = CAME_OFF.exec(sentence);
  if (off && owned(off) && isMedicine(off[1]!, false)) stopped.push({ value: off[1]!, slot: slotOf(off[1]!) });
  return { facts, stopped };
}
