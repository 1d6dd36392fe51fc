import type { Role } from '../db/schema';
import { redactSecrets } from '../redact';
import { asConversationArray, detectKindOfJson } from './detect';
import { conversationLabel } from './read';
import { ImportError, type ExportKind, type ImportedConversation, type ImportedTurn, type ImportResult } from './types';

/** Thrown by a per-conversation parser to leave that conversation out whole. */
export class SkipConversation extends Error {}

export interface RawTurn {
  role: Role;
  text: string;
  at?: number;
}

const SERVICE_NAME: Record<ExportKind, string> = { chatgpt: 'ChatGPT', claude: 'Claude' };

/**
 * Visible turns as stored: consecutive messages from the same side joined into one turn (as the sites show them),
 * whitespace trimmed, empty ones dropped, secrets redacted before anything leaves this module.
 */
export function finishTurns(raw: RawTurn[]): { turns: ImportedTurn[]; redactions: string[] } {
  const merged: RawTurn[] = [];
  for (const turn of raw) {
    const text = turn.text.trim();
    if (!text) continue;
    const last = merged[merged.length - 1];
    if (last && last.role === turn.role) last.text += `\n\n${text}`;
    else merged.push({ role: turn.role, text, ...(turn.at !== undefined ? { at: turn.at } : {}) });
  }
  const redactions = new Set<string>();
  const turns = merged.map((t, ordinal): ImportedTurn => {
    const { text, found } = redactSecrets(t.text);
    for (const f of found) redactions.add(f);
    return { role: t.role, text, ordinal, ...(t.at !== undefined ? { at: t.at } : {}) };
  });
  return { turns, redactions: [...redactions] };
}

export function redactTitle(title: string | null | undefined): string | undefined {
  const trimmed = title?.trim();
  return trimmed ? redactSecrets(trimmed).text : undefined;
}

/**
 * The shared frame of both importers: checks the file as a whole (a list, not empty, the right service), parses
 * each conversation on its own so one bad conversation is skipped whole and the rest still import.
 */
export function importConversations(
  data: unknown,
  kind: ExportKind,
  parseOne: (item: unknown, index: number) => ImportedConversation,
  idOf: (item: unknown) => string | undefined,
): ImportResult {
  const items = asConversationArray(data);
  if (!items) {
    const found = data === null ? 'null' : Array.isArray(data) ? 'a list' : typeof data === 'object' ? 'an object' : `a ${typeof data}`;
    throw new ImportError(
      `This file is JSON but not a ${SERVICE_NAME[kind]} export: expected a list of conversations, found ${found}.`,
    );
  }
  if (items.length === 0) throw new ImportError('This export holds no conversations (the list is empty).');
  const detected = detectKindOfJson(items);
  if (detected !== 'unknown' && detected !== kind) {
    throw new ImportError(`This looks like a ${SERVICE_NAME[detected]} export, not ${SERVICE_NAME[kind]}.`);
  }
  const result: ImportResult = { conversations: [], skipped: [] };
  items.forEach((item, index) => {
    const id = idOf(item);
    try {
      result.conversations.push(parseOne(item, index));
    } catch (err) {
      if (!(err instanceof SkipConversation)) throw err;
      result.skipped.push({ ...(id ? { id } : {}), reason: `${conversationLabel(index, id)} ${err.message}` });
    }
  });
  if (result.conversations.length === 0) {
    const first = result.skipped[0]!.reason;
    const more = result.skipped.length > 1 ? ` (and ${result.skipped.length - 1} more like it)` : '';
    throw new ImportError(`No conversation in this file could be read: ${first}${more}.`);
  }
  return result;
}
