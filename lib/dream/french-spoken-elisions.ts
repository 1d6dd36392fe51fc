/**
 * French typed as it is spoken drops the "e" of "je" before any word: "j'suis agent de piste à Roissy", "moi j'suis
 * allergique aux épinards", "j'fais Aulnay–Roissy tous les jours", "j'pars au bled", and runs "je suis" together as
 * "chuis". Written French elides "je" only before a vowel or a mute h ("j'habite", "j'ai"), so "j'" before a consonant
 * is always the spoken "je", in every region and every register that types so (Paris, Marseille, Quebec, texting); the
 * French rules read written French, so such a "j'" is read as "je" and "chuis" as "je suis", word for word.
 */

/** "j'" before a consonant ("j'suis", "J'fais", "j’pars"), not before a vowel or h, where written French elides too. */
const SPOKEN_JE = /(?<![\p{L}])([jJ])['’](?=[bcdfgjklmnpqrstvwxzçBCDFGJKLMNPQRSTVWXZÇ])/gu;
/** "chuis": "je suis" said in one breath ("chui" alone is also a surname, so it stays). */
const CHUIS = /(?<![\p{L}'’])([cC])huis(?![\p{L}'’])/gu;

/** The text with spoken French "j'" before a consonant written "je ", and "chuis" "je suis"; other text as it was. */
export function withFrenchJeWritten(text: string): string {
  if (!text.includes("'") && !text.includes('’') && !/chuis/i.test(text)) return text;
  return text.replace(SPOKEN_JE, (_m, j: string) => (j === 'J' ? 'Je ' : 'je ')).replace(CHUIS, (_m, c: string) => (c === 'C' ? 'Je suis' : 'je suis'));
}
