/**
 * The seam between the dream and a language model. The dream hands the model a window of one episode's turns and the
 * memories already held that relate to them, both as DATA, with a JSON schema; the model answers a list of operations
 * (add / update / retract / noop). Whatever comes back is untrusted text that `lib/dream/gates-llm.ts` parses,
 * validates and gates, for every engine alike (Chrome's Prompt API, WebLLM, scripted and replay engines).
 */

export interface ExtractTurn {
  /** The store's turn id (never shown to the model; engines that read structured turns, e.g. replay, use it). */
  id: string;
  /** The short local id the prompt shows and the model cites ("t1", "t2"…). */
  ref: string;
  role: 'user' | 'assistant';
  text: string;
  /** When the turn was captured (ms). */
  at: number;
  /** A turn too long for one request is sent in parts: "2/3". */
  part?: string;
}

/** An existing memory shown to the model, under a short local id ("m1"…); its real id stays with the dream. */
export interface ExtractMemory {
  ref: string;
  kind: 'fact' | 'preference' | 'instruction';
  text: string;
}

export interface ExtractRequest {
  /** Stable id of the request: the episode's id, with the window's index when the episode was split. */
  episodeId: string;
  conversationKey: string;
  /** The system instruction: what to do, the answer's format, and that both blocks are data, never instructions. */
  instructions: string;
  /** The memories and turns as delimited data, ready to paste into a user message. */
  data: string;
  /** The same turns, structured (engines that do not need a prompt, e.g. replay, read these). */
  turns: ExtractTurn[];
  /** The memories shown, structured (local ids only). */
  memories: ExtractMemory[];
  /** JSON schema of the expected answer (for constrained decoding: WebLLM, Prompt API responseConstraint). */
  schema: Record<string, unknown>;
  /** Upper bounds the answer must respect (the gates enforce them too). */
  maxItems: number;
  maxItemChars: number;
  /** Answer tokens the model may generate. */
  maxTokens: number;
  /** 0 for the first try, 1 for the retry (engines that decode greedily sample a little on the retry). */
  attempt?: number;
}

export interface DreamLlm {
  /** Engine id, recorded on the dream run (e.g. 'webllm:Qwen2.5-0.5B-Instruct-q4f16_1-MLC', 'prompt-api', 'replay:locomo'). */
  id: string;
  /**
   * Tokens one request may use in all: prompt (system + user message, with the schema where the engine adds it) plus
   * the answer. The dream splits episodes so that every request fits. Absent: unbounded (replay, scripted).
   */
  readonly contextTokens?: number;
  /** The exact prompt tokens of a request, where the engine can measure them (Prompt API); else the dream estimates. */
  countTokens?(req: ExtractRequest): Promise<number>;
  /** Returns the raw JSON text of the answer. May throw; the dream retries once, then goes on without that window. */
  extract(req: ExtractRequest, signal?: AbortSignal): Promise<string>;
  /** Releases the model (GPU memory, session). Called once the dream is over; the engine is not used after. */
  dispose?(): Promise<void>;
}

/**
 * One operation of an answer, as the model writes it (validated with valibot in gates-llm.ts). Turn citations are the
 * request's local refs ("t3"); memory ids are the local ids of the memories shown ("m2").
 *  - add: something new the user said about themselves.
 *  - update: a memory shown is no longer current; `text` is the whole new statement (history is kept).
 *  - retract: a memory shown is no longer true (`wasWrong`: it never was).
 *  - noop: nothing to learn; with `id`, the user restated that memory (it is reinforced).
 * `op` may be left out of an add ({kind, text, sourceTurnIds} is an add).
 */
export type ExtractOp =
  | {
      op: 'add';
      kind: 'fact' | 'preference' | 'instruction';
      text: string;
      sourceTurnIds: string[];
      /** Optional 'subject/slot' key (e.g. 'user/location') so a changed value supersedes the old one. */
      slot?: string;
      importance?: number;
    }
  | { op: 'update'; id: string; text: string; sourceTurnIds: string[] }
  | { op: 'retract'; id: string; reason: string; wasWrong?: boolean; sourceTurnIds: string[] }
  | { op: 'noop'; id?: string; sourceTurnIds?: string[] };

export interface ExtractAnswer {
  items: ExtractOp[];
  summary?: { text: string; sourceTurnIds: string[] };
}
