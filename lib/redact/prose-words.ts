/**
 * English words a passphrase drawn from a generator's list does not hold: a sentence's pronouns, auxiliaries, adverbs
 * of talk and words about passwords (`PROSE`), and its small function words (`FUNCTION`). Shared by the rules that read
 * a run of plain words as a passphrase (word-phrases-after-secret-words.ts, values-after-secret-words.ts). BD's round:
 * "went", "gone" and "back", so that "the password went back to …" is not read as a phrase of its own.
 */
export const PROSE = new RegExp(
  String.raw`^(?:i|me|my|mine|you|your|we|our|us|they|them|their|he|him|his|she|her|it|its|this|that|these|those|there|here|is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|should|shall|may|might|must|not|no|never|don|doesn|didn|isn|wasn|won|cannot|just|still|also|too|very|really|please|thanks|thank|ok|okay|yes|what|which|who|when|where|why|how|if|so|because|then|than|now|again|same|any|some|every|each|all|both|new|old|wrong|right|correct|reset|change|changed|set|use|used|using|need|needs|want|wants|try|tried|work|works|forgot|forget|remember|know|knew|got|get|gets|went|gone|back|keep|keeps|written|taped|stuck|saved|stored|shared|sent|given|read|kept|written|noted|printed|masked|substituted|generated|encrypted|hashed|created|managed|rotated|injected|loaded|stored|pulled|fetched|synced|handled|told|said|says|see|seen|find|found|password|passwords|wifi|login|user|username|account|email|mail|code|pin|key|admin|default|example|sample|same|hint|attempt|attempts|expire|expires|expiry|characters|letters|digits|symbols|available|unavailable|free|slow|fast|down|included|complimentary|provided|offered|accessible|everywhere|throughout|signal|signals|range|coverage|access|lives|live|stays|sits|comes|goes|ask|asked|call|contact|check|request|email|text|message|policy|policies|rule|rules|uses|look|looks|like|least|most|long|short|minimum|maximum|length|strong|weak|secure|open|guest|free|public|network|click|accept|page|splash|manager|manage|field|form|screen|button|link|prompt|shown|shows|show|dialog|box|window|option|settings|setting|menu|app|site|website|portal|system|server|device|router)$`,
  'i',
);
export const FUNCTION = /^(?:the|a|an|of|for|to|in|on|at|by|with|from|into|onto|about|under|over|past|near|and|or|but|as|is|my|your|our|his|her|its|their|this|that)$/i;

/**
 * Nouns of advice a password's word describes when they follow it ("password tips", "Wi-Fi guidance", "password
 * examples"): what comes after is about passwords, not one. CD's round added them to three rules' lists of such nouns
 * (passwords.ts, passphrase-values.ts, word-phrases-after-secret-words.ts), which share them from here.
 */
export const ADVICE_NOUNS = String.raw`tips|advice|guidance|hints?|hygiene|examples?`;
