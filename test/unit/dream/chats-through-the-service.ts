import { ReverieDb } from '../../../lib/db/schema';
import { ReverieService } from '../../../lib/host/service';

/**
 * The service as the dream tests drive it: a real ReverieService on its own database with a clock the test moves, chats
 * brought in as an import would bring them, and what a search shows as one text. The forget tests share it, so each
 * says only its chats and what must go.
 */

const DAY = 86_400_000;
let opened = 0;

export type Turn = { role: 'user' | 'assistant'; text: string };
export type Chat = { id: string; turns: Turn[]; site?: 'claude' | 'gemini' };

/** A service on a fresh database named after the test, its clock starting at `start`; `tick` moves it on by days. */
export async function serviceAt(name: string, start: number) {
  let now = start;
  const db = new ReverieDb(`${name}-${process.pid}-${++opened}`);
  const service = await ReverieService.start({ db, now: () => now });
  return { db, service, tick: (days = 1) => (now += days * DAY), now: () => now };
}

/** The chats, each its own conversation, imported with their turns in order. */
export async function capture(service: ReverieService, chats: Chat[]): Promise<void> {
  await service.importConversations({
    source: 'import-claude',
    conversations: chats.map((c) => ({
      site: c.site ?? ('claude' as const),
      conversationId: c.id,
      url: `https://claude.ai/chat/${c.id}`,
      title: `Chat ${c.id}`,
      turns: c.turns.map((t, ordinal) => ({ ...t, ordinal })),
    })),
  });
}

/** The texts of a search's first ten hits, one per line. */
export async function searchText(service: ReverieService, query: string): Promise<string> {
  return (await service.search(query, 10)).map((h) => h.memory.text).join('\n');
}
