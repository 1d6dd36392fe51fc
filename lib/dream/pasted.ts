/**
 * Other people's words pasted into a message: a group chat ("[10.04. 19:02] Anna: i'm allergic to nuts"), a chat
 * export, a thread of emails, a reply quoting the one before. Their "I" is someone else's, so nothing in them is a fact
 * about the user; the rest of the message (the user's own question around the paste) is kept.
 */

/** "[10.04. 19:02] Anna Keller: …", "[19:02, 10/04/2026] Jonas: …": a line of a copied chat. */
const TIMESTAMPED_LINE = /^\s*\[[^\]\n]{1,40}\]\s*[^:\n]{1,40}:\s.*$/gm;
/** "10/04/2026, 19:02 - Anna: …": a line of a chat app's export. */
const EXPORTED_LINE = /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\s+[-–]\s+[^:\n]{1,40}:\s.*$/gm;
/** "Anna Keller: …", "Petra (reception): …": a line opened by who says it. */
const SPEAKER_LINE = /^\s*(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})(?: \([^)\n]{1,30}\))?:\s+\S.*$/gmu;
/**
 * Labels people write their own notes with ("Context: …", "Question: …"), and the headings of a board or a diary of
 * their own ("LOST: my keys", "FOUND: …", "Status: …", "Today: …"): not speakers.
 */
const LABEL =
  /^(?:Note|Notes|NB|PS|P\.S\.|Question|Q|A|Answer|Background|Context|Update|Edit|Goal|Goals|Problem|Issue|Error|Summary|TL;DR|TLDR|Subject|To|Cc|Bcc|Date|Sent|Re|Fwd|Step \d+|Example|Output|Input|Result|Results|Expected|Actual|Budget|Location|Time|Price|Title|Name|Email|Phone|Address|Important|Warning|Tip|Reminder|Option \d+|Pros|Cons|Lost|Found|Wanted|Status|Mood|Today|Tonight|Yesterday|Tomorrow|Plan|Todo|To do|Done|Me|User|Assistant|You|AI|ChatGPT|Claude|Bot)$/i;
/** Where a pasted email starts ("From: Dr. Sabine Wolf"), in the languages the dream reads. */
const EMAIL_FROM = /^\s*(?:From|Von|De|Da|Van|Från|Fra|Od|Kimden):\s.*$/im;
/** A separator closing a pasted block: "---", "___", "===". */
const SEPARATOR = /^\s*(?:-{3,}|_{3,}|={3,})\s*$/m;
/** "On Mon, 3 Feb 2026, Ana wrote:", "-----Original Message-----": everything after is the quoted earlier mail. */
const QUOTED_REPLY = /^\s*(?:On .{4,80} wrote:|Am .{4,80} schrieb .{1,60}:|Le .{4,80} a écrit\s?:|El .{4,80} escribió:|-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,})\s*$/im;

/** The text without what was pasted from other people. */
export function withoutPasted(text: string): string {
  let t = text;
  const quoted = QUOTED_REPLY.exec(t);
  if (quoted) t = t.slice(0, quoted.index);
  // A pasted email runs from its "From:" line to the next separator (or the end: what follows an email pasted without
  // one cannot be told from it, and leaving it out loses only what the dream might have learned).
  for (let from = EMAIL_FROM.exec(t); from; from = EMAIL_FROM.exec(t)) {
    const rest = t.slice(from.index + from[0].length);
    const end = SEPARATOR.exec(rest);
    t = t.slice(0, from.index) + (end ? rest.slice(end.index + end[0].length) : '');
  }
  t = t.replace(TIMESTAMPED_LINE, '').replace(EXPORTED_LINE, '');
  // Two or more lines opened by a name ("Jonas: …", "Marie S.: …") are a conversation copied in.
  const speakers = [...t.matchAll(SPEAKER_LINE)].filter((m) => !LABEL.test(m[1]!));
  if (speakers.length >= 2) t = t.replace(SPEAKER_LINE, (line, who: string) => (LABEL.test(who) ? line : ''));
  return t;
}

/** Where what was pasted was, in a line that shows the user's own words without it. */
const PASTED_MARK = '[pasted text not shown]';

/**
 * The user's own words of a message that pastes other people's (an email thread, a copied chat), with a mark where
 * the pasted part was; the message as it is when nothing was pasted, or when nothing else is left. A line of the
 * block that picked sentences out of the paste would show "I built narrowboats for forty years" with no name: the
 * next chat reads it as the user's.
 */
export function ownWordsWithPasteMarked(text: string): string {
  const rest = withoutPasted(text);
  // Judged before the blank lines left where the paste was are closed up: a message written in paragraphs, with nothing
  // pasted, is the message as it is (closing its own blank lines first made it differ, and it was marked).
  if (rest === text) return text;
  const own = rest.replace(/\n{2,}/g, '\n').trim();
  if (own === '') return text;
  return `${own} ${PASTED_MARK}`;
}

/**
 * Whether a message is mostly other people's words pasted in: what the user wrote themselves around the paste is under
 * a third of it. A search about the user ("where do I live") ranks it after what is theirs: its "I" is someone else's.
 */
export function mostlyPasted(text: string): boolean {
  const all = text.trim().length;
  return all > 0 && withoutPasted(text).trim().length < all / 3;
}
