import type { Role } from '../db/schema';

export type ExportKind = 'chatgpt' | 'claude';

export interface ImportedTurn {
  role: Role;
  /** Visible text, already redacted. */
  text: string;
  /** 0-based position in the visible transcript. */
  ordinal: number;
  /** When it was sent, ms since the epoch, if the export says. */
  at?: number;
}

export interface ImportedConversation {
  source: 'import-chatgpt' | 'import-claude';
  conversationId: string;
  title?: string;
  /** https://chatgpt.com/c/<id> or https://claude.ai/chat/<uuid> */
  url: string;
  /** ms since the epoch. */
  createdAt: number;
  turns: ImportedTurn[];
  /** Kinds of secret redacted from this conversation's text, e.g. ['api key']. */
  redactions?: string[];
}

export interface ImportResult {
  conversations: ImportedConversation[];
  /** Conversations left out whole, with the reason in plain words. */
  skipped: { id?: string; reason: string }[];
}

/** A file that cannot be imported at all; the message says why in words a user can act on. */
export class ImportError extends Error {
  override name = 'ImportError';
}
