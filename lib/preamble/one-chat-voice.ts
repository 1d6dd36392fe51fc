import type { TurnRow } from '../db/schema';

/**
 * A voice asked for one chat only: "oh and for this chat only talk like a pirate", "just for this conversation answer
 * like a game show host". The dream keeps no instruction from it (extract.ts), and the block must not carry it to
 * another chat either: the request is cut from the user's line it stands in, and the assistant's replies in that voice
 * (the rest of the chat, until the user asks for the normal voice back) are not offered as relevant, since their words
 * would invite the next chat to take the voice up. Search still finds them: they are what was said.
 */

const WORD = String.raw`[\p{L}\p{N}'’-]+`;
/** Where the voice's name ends: the clause goes on with something else, or stops. */
const OBJECT_END = String.raw`(?=\s+(?:it'?ll|it will|it would|that'?ll|because|cause|since|so|and|but|for|in|on|just|only|please|pls|thanks|thx|lol|haha|ok|okay|period|from now)\b|\s*[,.;:!?)(—–]|\s*$)`;
const VOICE = String.raw`(?:(?:talk|speak|write|answer|reply|respond|chat|sound|narrate|explain(?: (?:it|things|everything))?)(?: (?:to|with) me| back)?\s+(?:like|as if you(?:'re| are| were)|as though you(?:'re| are| were)|in the (?:voice|style) of|as)\s+(?:(?:a|an|the|my|some)\s+)?(?:${WORD}\s+){0,3}?${WORD}${OBJECT_END}|(?:be|play|act as)\s+(?:(?:a|an|the|my)\s+)?(?:${WORD}\s+){0,2}?${WORD}${OBJECT_END})`;
const ONE_CHAT = String.raw`(?:(?:just |only )?(?:for|in) (?:the rest of )?this (?:chat|conversation|thread|session)(?: only)?|(?:just |only )?for this one)`;
const LEAD = String.raw`(?:(?:oh|and|also|so|but|btw|ps|p\.s\.)[\s,]+)*(?:(?:please|pls|can you|could you)\s+)?`;
/** The request in either order: "for this chat only talk like a pirate", "talk like a pirate just for this chat". */
const REQUEST = new RegExp(String.raw`${LEAD}(?:${ONE_CHAT}[\s,:]+${LEAD}${VOICE}|${VOICE}[\s,]+${ONE_CHAT}(?:[\s,]+(?:please|pls))?)`, 'giu');
/** The user asks for the normal voice back. */
const VOICE_DROPPED =
  /\b(?:(?:stop|quit|drop|enough(?: of| with)?)\s+(?:talking like|speaking like|the (?:voice|accent|act|persona|character|bit|gimmick)|(?:the |with the )?\S+ (?:voice|talk|speak))|(?:talk|speak|answer|write) normally|normal (?:voice|mode|answers)(?: again| please)?|back to normal)\b/iu;

/** Whether a message asks for a voice in this chat only. */
export function asksOneChatVoice(text: string): boolean {
  REQUEST.lastIndex = 0;
  return REQUEST.test(text.replace(/[’‘]/g, "'"));
}

/** The user's words without the one-chat voice request in them ("… plan with her. oh and for this chat only talk like a pirate" → "… plan with her."). */
export function withoutOneChatVoice(text: string): string {
  const plain = text.replace(/[’‘]/g, "'");
  REQUEST.lastIndex = 0;
  if (!REQUEST.test(plain)) return text;
  REQUEST.lastIndex = 0;
  return plain
    .replace(REQUEST, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,.;:!?]+/, '')
    .trim();
}

/** The assistant turns of one chat (in order) said in a voice the user asked for that chat only. */
export function voicedTurns(turns: readonly Pick<TurnRow, 'id' | 'role' | 'text'>[]): Set<string> {
  const out = new Set<string>();
  let voiced = false;
  for (const t of turns) {
    if (t.role === 'user') {
      if (asksOneChatVoice(t.text)) voiced = true;
      else if (voiced && VOICE_DROPPED.test(t.text)) voiced = false;
    } else if (voiced) out.add(t.id);
  }
  return out;
}
