import * as v from 'valibot';
import { finishTurns, importConversations, redactTitle, SkipConversation, type RawTurn } from './conversations';
import { describeIssue, readExportJson, type ExportInput } from './read';
import type { ImportedConversation, ImportResult } from './types';

/**
 * ChatGPT's `conversations.json`: a list of conversations, each a `mapping` tree of message nodes. Edits and
 * regenerations are sibling branches; what the user last saw is the path from `current_node` up to the root.
 */

const MessageSchema = v.looseObject({
  id: v.optional(v.string()),
  author: v.looseObject({ role: v.string() }),
  create_time: v.nullish(v.number()),
  content: v.looseObject({
    content_type: v.string(),
    parts: v.nullish(v.array(v.unknown())),
    text: v.nullish(v.string()),
    language: v.nullish(v.string()),
  }),
  weight: v.nullish(v.number()),
  recipient: v.nullish(v.string()),
  metadata: v.nullish(
    v.looseObject({
      is_visually_hidden_from_conversation: v.nullish(v.boolean()),
      is_user_system_message: v.nullish(v.boolean()),
    }),
  ),
});

const NodeSchema = v.looseObject({
  message: v.nullish(MessageSchema),
  parent: v.nullish(v.string()),
  children: v.nullish(v.array(v.string())),
});

const ConversationSchema = v.looseObject({
  title: v.nullish(v.string()),
  create_time: v.nullish(v.number()),
  update_time: v.nullish(v.number()),
  // Only "an object" here: its nodes are read into a Map by `readMapping`. Node ids are the export's own strings, and
  // valibot's record (like a plain object lookup) would drop or misread ids such as "constructor" or "__proto__".
  mapping: v.record(v.string(), v.unknown()),
  current_node: v.nullish(v.string()),
  conversation_id: v.nullish(v.string()),
  id: v.nullish(v.string()),
});

type Message = v.InferOutput<typeof MessageSchema>;
type MappingNode = v.InferOutput<typeof NodeSchema>;
type ConversationFields = v.InferOutput<typeof ConversationSchema>;
type Conversation = Pick<ConversationFields, 'title' | 'create_time' | 'update_time' | 'current_node' | 'conversation_id' | 'id'> & {
  mapping: Map<string, MappingNode>;
};

/** The mapping's nodes by id, every own key of the JSON object included; throws SkipConversation on a bad node. */
function readMapping(raw: object): Map<string, MappingNode> {
  const nodes = new Map<string, MappingNode>();
  for (const [id, node] of Object.entries(raw)) {
    const parsed = v.safeParse(NodeSchema, node);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = [{ key: 'mapping' }, { key: id }, ...(issue.path ?? [])] as unknown as typeof issue.path;
      throw new SkipConversation(describeIssue({ ...issue, path }));
    }
    nodes.set(id, parsed.output);
  }
  return nodes;
}

/** Content types that show up as text in the conversation; the rest are tool traffic, reasoning or context. */
const VISIBLE_CONTENT = new Set(['text', 'code', 'multimodal_text']);

/** ChatGPT's inline citation markers (private-use delimiters around "cite…turn0search3"). */
const CITATION_MARKER = /\ue200[^\ue201]{0,200}\ue201/g;

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { conversation_id: cid, id } = item as Record<string, unknown>;
  return typeof cid === 'string' && cid ? cid : typeof id === 'string' && id ? id : undefined;
}

function partText(part: unknown): string {
  if (typeof part === 'string') return part;
  if (typeof part !== 'object' || part === null) return '';
  const p = part as Record<string, unknown>;
  if (p.content_type === 'image_asset_pointer') return '[image]';
  // Voice conversations carry what was said as a transcription part.
  if (p.content_type === 'audio_transcription' && typeof p.text === 'string') return p.text;
  return '';
}

/** The message as the page shows it, or null when the page hides it. */
function visibleText(message: Message): string | null {
  const role = message.author.role;
  if (role !== 'user' && role !== 'assistant') return null; // system and tool messages
  if (message.weight === 0) return null;
  if (message.metadata?.is_visually_hidden_from_conversation || message.metadata?.is_user_system_message) return null;
  if (role === 'assistant' && message.recipient && message.recipient !== 'all') return null; // a call to a tool
  const content = message.content;
  if (!VISIBLE_CONTENT.has(content.content_type)) return null;
  let text: string;
  if (content.content_type === 'code') {
    const body = content.text ?? '';
    text = body.trim() ? `\`\`\`${content.language && content.language !== 'unknown' ? content.language : ''}\n${body}\n\`\`\`` : '';
  } else {
    text = (content.parts ?? []).map(partText).filter((s) => s !== '').join('\n\n');
  }
  return text.replace(CITATION_MARKER, '');
}

/** Node ids from the root to `leaf`, following parent links; null on a cycle. */
function pathToRoot(conversation: Conversation, leaf: string): string[] | null {
  const path: string[] = [];
  const seen = new Set<string>();
  let at: string | null | undefined = leaf;
  while (at) {
    if (seen.has(at)) return null;
    seen.add(at);
    const node: MappingNode | undefined = conversation.mapping.get(at);
    if (!node) break; // a dangling parent link: the path starts here
    path.push(at);
    at = node.parent;
  }
  return path.reverse();
}

/** Where the visible branch ends: `current_node`, or failing that the most recent leaf. */
function currentLeaf(conversation: Conversation): string | undefined {
  if (conversation.current_node && conversation.mapping.has(conversation.current_node)) return conversation.current_node;
  let best: string | undefined;
  let bestTime = -Infinity;
  for (const [id, node] of conversation.mapping) {
    if (node.children && node.children.length > 0) continue;
    const time = node.message?.create_time ?? 0;
    if (best === undefined || time > bestTime) {
      best = id;
      bestTime = time;
    }
  }
  return best;
}

function parseConversation(item: unknown): ImportedConversation {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new SkipConversation(`is ${item === null ? 'null' : Array.isArray(item) ? 'a list' : `a ${typeof item}`}, not a conversation`);
  }
  const parsed = v.safeParse(ConversationSchema, item);
  if (!parsed.success) throw new SkipConversation(describeIssue(parsed.issues[0]));
  const conversation: Conversation = { ...parsed.output, mapping: readMapping((item as { mapping: object }).mapping) };
  const conversationId = conversation.conversation_id || conversation.id;
  if (!conversationId) throw new SkipConversation('has no id');
  const leaf = currentLeaf(conversation);
  if (leaf === undefined) throw new SkipConversation('has an empty mapping');
  const path = pathToRoot(conversation, leaf);
  if (!path) throw new SkipConversation('has a loop in its mapping (a message is its own ancestor)');

  const raw: RawTurn[] = [];
  for (const nodeId of path) {
    const message = conversation.mapping.get(nodeId)?.message;
    if (!message) continue;
    const text = visibleText(message);
    if (text === null) continue;
    const role = message.author.role as RawTurn['role'];
    raw.push({ role, text, ...(message.create_time ? { at: Math.round(message.create_time * 1000) } : {}) });
  }
  const { turns, redactions } = finishTurns(raw);
  if (turns.length === 0) throw new SkipConversation('has no visible messages');
  const title = redactTitle(conversation.title);
  const created = conversation.create_time ?? conversation.update_time;
  return {
    source: 'import-chatgpt',
    conversationId,
    ...(title ? { title } : {}),
    url: `https://chatgpt.com/c/${encodeURIComponent(conversationId)}`,
    createdAt: created ? Math.round(created * 1000) : (turns[0]!.at ?? Date.now()),
    turns,
    ...(redactions.length ? { redactions } : {}),
  };
}

/** Parses ChatGPT's `conversations.json` (text or bytes) or the whole export `.zip`. Throws `ImportError`. */
export function parseChatGptExport(input: ExportInput, fileName?: string): ImportResult {
  return parseChatGptJson(readExportJson(input, fileName));
}

/** Same, from JSON already parsed. */
export function parseChatGptJson(data: unknown): ImportResult {
  return importConversations(data, 'chatgpt', parseConversation, idOf);
}
