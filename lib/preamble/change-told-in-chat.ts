import type { ReverieDb } from '../db/schema';
import type { CorrectionNote } from '../dream/corrections';
import { parseTurnId } from '../engine/ingest';
import { terms } from '../engine/text';

/**
 * A chat in which the user told a change is often titled by what changed: "Filou" for "Filou died yesterday morning",
 * "Aruba" for "the Aruba trip is off", "Ludlow" for "ludlow's off … booked Hebden Bridge instead". A later chat's
 * note already follows an older chat's title in the list of recent chats; the chat that told the change has no later
 * note, so its bare title read as what holds now ("Filou" months after the cat died). It carries the note its own
 * message made, when its title names something that message spoke of as far as the change: a chat about something
 * else in which a change was said in passing keeps its title alone.
 */

/**
 * Every note standing on some passage, its later notes included, once each. A note carries on only what was said
 * after it: an earlier update kept beside a rule's note on some old passage (corrections.ts) is no news of the chat
 * that told the rule's change.
 */
function standingNotes(byPassage: Map<string, CorrectionNote>): CorrectionNote[] {
  const out = new Set<CorrectionNote>();
  for (let n of byPassage.values()) {
    for (let d: CorrectionNote | undefined = n; d; d = d.later) out.add(d.later && d.later.at < d.at ? withoutLater(d) : d);
  }
  return [...out];
}

function withoutLater(n: CorrectionNote): CorrectionNote {
  const { later: _later, ...own } = n;
  return own;
}

/**
 * For each conversation in `keys`, the notes its own user turns said (newest first), with the text of the turns that
 * said them. Notes from before notes recorded their turns (no sourceTurnIds) are not placed.
 */
export async function changesToldIn(
  db: ReverieDb,
  byPassage: Map<string, CorrectionNote>,
  keys: Set<string>,
): Promise<Map<string, { note: CorrectionNote; said: string }[]>> {
  const placed: { key: string; note: CorrectionNote; turnIds: string[] }[] = [];
  for (const note of standingNotes(byPassage)) {
    const turnIds = (note.sourceTurnIds ?? []).filter((t) => keys.has(parseTurnId(t)?.conversationKey ?? ''));
    const key = turnIds[0] && parseTurnId(turnIds[0])?.conversationKey;
    if (key) placed.push({ key, note, turnIds });
  }
  const out = new Map<string, { note: CorrectionNote; said: string }[]>();
  if (placed.length === 0) return out;
  const ids = [...new Set(placed.flatMap((p) => p.turnIds))];
  const text = new Map((await db.turns.bulkGet(ids)).filter((t) => !!t && t.role === 'user').map((t) => [t!.id, t!.text]));
  for (const p of placed.sort((a, b) => b.note.at - a.note.at)) {
    const said = p.turnIds.map((t) => upToTheChange(text.get(t) ?? '', p.note.said)).join('\n');
    if (!said.trim()) continue;
    const list = out.get(p.key) ?? [];
    list.push({ note: p.note, said });
    out.set(p.key, list);
  }
  return out;
}

/**
 * The message as far as the change it told: what it spoke of before and while telling it ("ludlow's off — the field
 * flooded … booked Hebden Bridge instead"), not the question asked after it ("Anyway, how do I get scones to rise?").
 * The whole message when the note's words are not found in it (dates in the note are made absolute).
 */
function upToTheChange(message: string, said: string): string {
  const head = said.slice(0, 24).toLowerCase();
  const at = head ? message.toLowerCase().indexOf(head) : -1;
  return at < 0 ? message : message.slice(0, at + said.length);
}

/** The newest note told in the chat whose message names a word of the chat's title; none when the title names none. */
export function changeNamedByTitle(title: string, told: { note: CorrectionNote; said: string }[] | undefined): CorrectionNote | undefined {
  if (!told?.length) return undefined;
  const titleTerms = new Set(terms(title).filter((t) => t.length >= 3 && !/^\d+$/.test(t)));
  if (titleTerms.size === 0) return undefined;
  return told.find((t) => terms(t.said).some((w) => titleTerms.has(w)))?.note;
}
