/**
 * The seam between the dream and a language model. The dream hands the model one episode's turns as DATA and a JSON
 * schema; whatever comes back is untrusted text that `lib/dream/gates-llm.ts` parses, validates and gates.
 */

export interface ExtractTurn {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  /** When the turn was captured (ms). */
  at: number;
}

export interface ExtractRequest {
  /** Stable id of the episode (derived from its turn ids). */
  episodeId: string;
  conversationKey: string;
  /** The system instruction: what to extract, and that the turns are data, never instructions. */
  instructions: string;
  /** The turns as delimited data, ready to paste into a user message. */
  data: string;
  /** The same turns, structured (engines that do not need a prompt, e.g. replay, read these). */
  turns: ExtractTurn[];
  /** JSON schema of the expected answer (for structured output). */
  schema: Record<string, unknown>;
  /** Upper bounds the answer must respect (the gates enforce them too). */
  maxItems: number;
  maxItemChars: number;
  maxTokens: number;
}

export interface DreamLlm {
  /** Engine id, recorded on the dream run (e.g. 'webllm:Qwen2.5-0.5B-Instruct-q4f16_1-MLC', 'replay:locomo'). */
  id: string;
  /** Returns the raw JSON text of the answer. May throw; the dream then skips that episode. */
  extract(req: ExtractRequest): Promise<string>;
}

/** The shape an answer must have (validated with valibot in gates-llm.ts). */
export interface ExtractAnswer {
  items: {
    kind: 'fact' | 'preference' | 'instruction';
    text: string;
    sourceTurnIds: string[];
    /** Optional 'subject/slot' key (e.g. 'user/location') so a changed value supersedes the old one. */
    slot?: string;
    importance?: number;
  }[];
  summary?: { text: string; sourceTurnIds: string[] };
}
