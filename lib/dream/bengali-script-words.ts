/**
 * Words of Assamese and Bengali (both in the Bengali script) as a change note finds the earlier chats it bears on
 * (later-updates.ts). The two languages put case endings on the word itself: "মগু" (a cat's name) is "মগুৱে" as the
 * one who did something, "মগুৰ" as "Mogu's", "মগুক" as the one done to; so a name said in one case is found in the
 * others by the word without its ending.
 */

/** The case endings, longest first: Assamese "ৰ", "ক", "ৱে", "ত", "লৈ"; Bengali "ের", "র", "কে", "তে", "য়ে"; both "এ"/"ে". */
const CASE_ENDING = /(?:েৰ|ের|ৰপৰা|পৰা|ৱে|য়ে|কে|তে|লৈ|ৰ|র|ক|ত|ে|এ)$/u;
const BENGALI_SCRIPT = /^[\u0980-\u09FF]+$/u;

/** A term of the Bengali script without its case ending, when two letters or more are left; other terms as they are. */
export function withoutCaseEnding(term: string): string {
  if (!BENGALI_SCRIPT.test(term)) return term;
  const bare = term.replace(CASE_ENDING, '');
  return [...bare].length >= 2 ? bare : term;
}
