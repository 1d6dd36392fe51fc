import Dexie from 'dexie';
import type { ReverieDb, TurnRow } from '../db/schema';
import { parseTurnId } from '../engine/ingest';

/**
 * Stretches of a chat that are make-believe. After "let's role-play: you're my boss Derek, I'm the head of marketing",
 * the assistant answers in character and the user's next lines are a part they play. Those passages stay searchable
 * (they are what was said), but a new chat must not read "I'm the head of marketing" or the boss's lines as facts
 * about the user: the block says where they were said, and a search about the user ranks them after everything else.
 *
 * A stretch starts at the user's turn that sets it up and runs until a user turn steps out of it ("ok thanks, that
 * was fun", "out of character", "not my real job obviously") or the chat ends. The stepping-out turn is the user's own
 * voice again, so it is not in the stretch. Read from the stored turns when asked, so imported chats and chats the
 * dream has not reached yet are read the same way.
 */

export type MakeBelieve = 'role-play' | 'story';

/**
 * A setup: a role-play asked for, a part given to either side, a story with the user in it. Narrower than the
 * extractor's fiction frame: "session 12 of my D&D campaign" keeps nothing from being learned in that sentence, but a
 * game master's prep chat is their real life, not a part they play. A game asked for with a part given to the
 * assistant ("let's play a sci-fi game. I'm Commander Vale … You're my ship's AI") is one; a game with no part given
 * ("let's play a word game") is not. "Act as a senior reviewer" is a way of asking for a review, not make-believe, so
 * it is not here.
 */
const ROLE_PLAY =
  /\b(?:let'?s (?:do (?:a |some )?|try (?:a |some )?|play (?:a )?)?(?:role-?play|roleplay|pretend|play pretend)|role-?play(?:ing)? (?:as|with me|a scene|a scenario|time|for a bit)|pretend (?:that )?(?:I'?m|I am|you'?re|you are|we'?re|to be)\b|stay in character|let'?s play (?:a |an )?(?:[\p{L}-]+ ){0,2}?game\b(?=[^]{0,300}?\b(?:you'?re|you are|you'?ll be|you play) (?:my|the|a|an)\b)|I'?ll (?:be|play) (?:the|a|an|my) [^.!?]{1,40}?,? (?:and )?you(?:'ll| will)? (?:be|play) (?:the|a|an|my)\b)|\b(?:rollenspiel|jeu de rôles?|juego de rol|gioco di ruolo|rollenspel|rollespil+|rollspel|ролев\p{L}* игр\p{L}*)|ロールプレイ|角色扮演|역할극/iu;
const STORY =
  /\blet'?s (?:write|make up|tell|co-?write) (?:a |an |some |another )?(?:short )?(?:story|tale|scene|fanfic)\b|\b(?:story|scene|script|fanfic)\b[^.!?]{0,40}\b(?:where|in which|starring)\s+(?:I|I'm|I am|me)\b/iu;
/** The user's own voice again: stepping out, thanks for the scene, or saying what is real. */
const STEPS_OUT =
  /\b(?:out of character|ooc|(?:end|stop|exit|drop|pause|break) (?:the |this |our )?(?:role-?play|roleplay|scene|story|character)|back to (?:reality|real life|my real)|in real life|irl|(?:the )?real me|real question|for real now|seriously though|that was (?:fun|great|helpful|useful|good)|thanks?(?: you)?(?: so much)?\b[,!.]?\s*(?:that|this|now|btw|anyway|$))/iu;

/** The kind of make-believe each turn of these passages was said in; turns not in one are absent. */
export async function makeBelieveTurns(db: ReverieDb, turnIds: Iterable<string>): Promise<Map<string, MakeBelieve>> {
  const asked = new Set(turnIds);
  return makeBelieveIn(await chatsOf(db, asked), asked);
}

/** Of the asked turns, the kind of make-believe each was said in, read from their chats (`chatsOf`). */
export function makeBelieveIn(chats: readonly (readonly TurnRow[])[], asked: ReadonlySet<string>): Map<string, MakeBelieve> {
  const out = new Map<string, MakeBelieve>();
  for (const turns of chats) for (const [id, kind] of stretches(turns)) if (asked.has(id)) out.set(id, kind);
  return out;
}

/** Every turn of the chats these turns belong to, one list per chat, in order: what a stretch of a chat is read from. */
export async function chatsOf(db: ReverieDb, turnIds: Iterable<string>): Promise<TurnRow[][]> {
  const conversations = new Set<string>();
  for (const id of turnIds) {
    const key = parseTurnId(id)?.conversationKey;
    if (key) conversations.add(key);
  }
  const chats: TurnRow[][] = [];
  for (const key of conversations) chats.push(await db.turns.where('[conversationKey+ordinal]').between([key, Dexie.minKey], [key, Dexie.maxKey]).toArray());
  return chats;
}

/** The turns of one conversation (in order) that are make-believe, by turn id. */
export function stretches(turns: readonly Pick<TurnRow, 'id' | 'role' | 'text'>[]): Map<string, MakeBelieve> {
  const out = new Map<string, MakeBelieve>();
  let current: MakeBelieve | null = null;
  for (const t of turns) {
    if (t.role === 'user') {
      const setUp: MakeBelieve | null = ROLE_PLAY.test(t.text) ? 'role-play' : STORY.test(t.text) ? 'story' : null;
      if (setUp) current = setUp;
      else if (current && STEPS_OUT.test(t.text)) current = null;
    }
    if (current) out.set(t.id, current);
  }
  return out;
}

/** Words that step out of the make-believe: a line holding them is (also) the user speaking as themselves. */
export function stepsOut(text: string): boolean {
  return STEPS_OUT.test(text);
}

/** How a line said in make-believe is introduced in the block. */
export function makeBelieveLabel(kind: MakeBelieve, role: string | undefined): string {
  const where = kind === 'story' ? 'in a story the user asked for' : 'in a role-play';
  return role === 'assistant' ? `assistant said, ${where}: ` : `${where}: `;
}

/**
 * A turn that says it is about a life the user does not have: "hypothetically, if I moved to Japan…", "just curious,
 * say I became a nurse one day". Its words are the user's, but not their life: a search about the user ranks it last.
 */
export const HYPOTHETICAL = /^\W*(?:(?:so|ok|okay|hey|random question|quick question)[,:!]?\s+)?(?:hypothetically|just (?:curious|wondering|out of curiosity)|out of curiosity|what if I\b|if I (?:ever|were to|were|won|moved|became|quit|had|got)\b|say I\b|suppose I\b|imagine I\b|in theory)|\b(?:hypothetically|not planning (?:it|anything|to)|just dreaming)\b/i;

/** A search about the user themselves: "what is my job", "where do I live", "am I vegetarian". */
export const ABOUT_THE_USER = /\b(?:my|me|mine|myself|I|I'm|I've|am I|do I)\b/i;
