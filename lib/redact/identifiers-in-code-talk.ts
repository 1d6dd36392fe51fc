/**
 * BV's round: a name joined by underscores in a sentence about code is an identifier, not a password
 * ("use HTTP_status_404 in the handler", "the enum has ERR_timeout_504", "rename the MAX_retries_3 constant"). The
 * shape rules (`generated-password-shapes.ts`) read words of two cases and a number joined by one joiner as a
 * generator's password; snake case joins a constant's, an enum member's, a column's or a test's words so too. Only
 * where the sentence (its line, 100 characters each way at most) names a thing of code, or the name stands in
 * backticks, and no word names a password or a login: "the Wi-Fi password is ROUTER_blue_4471" stays a password.
 */
const CODE_THING =
  /(?<![\p{L}])(?:handlers?|functions?|func|methods?|variables?|vars?|constants?|consts?|enums?|macros?|fields?|columns?|flags?|class(?:es)?|modules?|structs?|propert(?:y|ies)|attributes?|identifiers?|symbols?|endpoints?|routes?|imports?|callbacks?|hooks?|middleware|controllers?|schemas?|quer(?:y|ies)|parameters?|params?|arguments?|args?|returns?|exceptions?|logger|switch|refactor\p{L}*|renam\p{L}*|compil\p{L}*|lint\p{L}*|tests?|unit[ \t]+tests?|snake[ _]case|codebase|source|repo|commit|PR|branch|config(?:uration)?|env(?:ironment)?[ \t]+var\p{L}*|table|key[ \t]+name|dict(?:ionary)?|map|array|list|type|interface|namespace|package|library|lib|API|SDK|script|regex|log[ \t]+lines?|stack[ \t]?trace|Funktion|Variable|Konstante|fonction|variable|constante|función|funzione|costante)(?![\p{L}])/iu;

const LOGIN_WORD = /pass(?:word|wort|code|phrase|wd)?|pwd|secret|login|log[ \t]+in|sign[ \t-]?in|wi-?fi|wlan|contrase|senha|mot[ \t]+de[ \t]+passe|kennwort|parol/iu;

/** Whether the underscore-joined token at `start`..`end` stands in backticks or in a line that talks about code. */
export function underscoreIdentifierInCodeTalk(text: string, start: number, end: number): boolean {
  if (!text.slice(start, end).includes('_')) return false;
  if (text[start - 1] === '`' && text[end] === '`') return true;
  // Read in slices of 100 characters each way, so that a long line with many such names stays linear.
  const head = text.slice(Math.max(0, start - 100), start);
  const tail = text.slice(end, end + 100);
  const tailEnd = tail.indexOf('\n');
  const around = head.slice(head.lastIndexOf('\n') + 1) + ' ' + (tailEnd < 0 ? tail : tail.slice(0, tailEnd));
  return CODE_THING.test(around) && !LOGIN_WORD.test(around);
}
