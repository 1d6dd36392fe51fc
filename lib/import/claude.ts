import * as v from 'valibot';
import { finishTurns, importConversations, redactTitle, SkipConversation, type RawTurn } from './conversations';
import { describeIssue, readExportJson, type ExportInput } from './read';
import type { ImportedConversation, ImportResult } from './types';

/**
 * Claude's `conversations.json`: a list of conversations with a flat `chat_messages` list. Exports up to 2024 give
 * each message a `text`; later ones add `content` blocks (text, thinking, tool_use, tool_result, ...) and
 * `parent_message_uuid` links.
 */

const ContentBlockSchema = v.looseObject({
  type: v.string(),
  text: v.nullish(v.string()),
});

const MessageSchema = v.looseObject({
  uuid: v.nullish(v.string()),
  text: v.nullish(v.string()),
  sender: v.picklist(['human', 'assistant']),
  created_at: v.nullish(v.string()),
  content: v.nullish(v.array(ContentBlockSchema)),
  parent_message_uuid: v.nullish(v.string()),
});

const ConversationSchema = v.looseObject({
  uuid: v.pipe(v.string(), v.minLength(1)),
  name: v.nullish(v.string()),
  created_at: v.nullish(v.string()),
  updated_at: v.nullish(v.string()),
  chat_messages: v.array(MessageSchema),
});

type Message = v.InferOutput<typeof MessageSchema>;

/** The root of Claude's message tree is this all-zero id. */
const ROOT_PARENT = '00000000-0000-4000-8000-000000000000';

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const uuid = (item as Record<string, unknown>).uuid;
  return typeof uuid === 'string' && uuid ? uuid : undefined;
}

function toMs(iso: string | null | undefined): number | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Text blocks from `content` when there are any (thinking and tool blocks are not the conversation), else `text`. */
function messageText(message: Message): string {
  const blocks = (message.content ?? []).filter((b) => b.type === 'text' && typeof b.text === 'string');
  if (blocks.length > 0) return blocks.map((b) => b.text!).join('\n\n');
  return message.text ?? '';
}

/**
 * Messages in conversation order. With parent links (newer exports), the branch ending at the latest message;
 * without, the list sorted by time, a human message before the reply stamped with the same time.
 */
function orderedMessages(messages: Message[]): Message[] {
  const byTime = messages
    .map((message, index) => ({ message, index, at: toMs(message.created_at) ?? 0 }))
    .sort((a, b) => a.at - b.at || (a.message.sender === b.message.sender ? 0 : a.message.sender === 'human' ? -1 : 1) || a.index - b.index)
    .map((x) => x.message);
  const linked = messages.length > 0 && messages.every((m) => m.uuid && m.parent_message_uuid);
  if (!linked) return byTime;
  const byId = new Map(messages.map((m) => [m.uuid!, m]));
  const path: Message[] = [];
  const seen = new Set<string>();
  let at: Message | undefined = byTime[byTime.length - 1];
  while (at && !seen.has(at.uuid!)) {
    seen.add(at.uuid!);
    path.push(at);
    const parent = at.parent_message_uuid!;
    at = parent === ROOT_PARENT ? undefined : byId.get(parent);
  }
  return path.reverse();
}

function parseConversation(item: unknown): ImportedConversation {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new SkipConversation(`is ${item === null ? 'null' : Array.isArray(item) ? 'a list' : `a ${typeof item}`}, not a conversation`);
  }
  const parsed = v.safeParse(ConversationSchema, item);
  if (!parsed.success) throw new SkipConversation(describeIssue(parsed.issues[0]));
  const conversation = parsed.output;
  const raw: RawTurn[] = orderedMessages(conversation.chat_messages).map((m) => {
    const at = toMs(m.created_at);
    return { role: m.sender === 'human' ? 'user' : 'assistant', text: messageText(m), ...(at !== undefined ? { at } : {}) };
  });
  const { turns, redactions } = finishTurns(raw);
  if (turns.length === 0) throw new SkipConversation('has no messages with text');
  const title = redactTitle(conversation.name);
  return {
    source: 'import-claude',
    conversationId: conversation.uuid,
    ...(title ? { title } : {}),
    url: `https://claude.ai/chat/${encodeURIComponent(conversation.uuid)}`,
    createdAt: toMs(conversation.created_at) ?? turns[0]!.at ?? Date.now(),
    turns,
    ...(redactions.length ? { redactions } : {}),
  };
}

/** Parses Claude's `conversations.json` (text or bytes) or the whole export `.zip`. Throws `ImportError`. */
export function parseClaudeExport(input: ExportInput, fileName?: string): ImportResult {
  return parseClaudeJson(readExportJson(input, fileName));
}

/** Same, from JSON already parsed. */
export function parseClaudeJson(data: unknown): ImportResult {
  return importConversations(data, 'claude', parseConversation, idOf);
}
