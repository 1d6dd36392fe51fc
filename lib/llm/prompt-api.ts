import { estimateTokens, MESSAGE_OVERHEAD } from './tokens';
import type { DreamLlm, ExtractRequest } from './types';

/**
 * The dream on Chrome's built-in model (the Prompt API, `LanguageModel`, Gemini Nano), when the browser has it: no
 * download of ours, no WebGPU code of ours. One base session holds the dream's system instruction; each request runs
 * in a clone of it (so requests never see each other) with the answer's JSON schema as `responseConstraint`, and the
 * clone is destroyed at once. Context: `contextWindow` / `measureContextUsage` (the current names), or the older
 * `inputQuota` / `measureInputUsage` that extension contexts still have. `dispose` destroys the base session.
 *
 * `LanguageModel` exists in window contexts (the offscreen document on Chrome), not in Firefox; the caller goes on to
 * WebLLM or the rules when `create` returns null.
 */

export type PromptApiAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface ExpectedIO {
  type: 'text';
  languages: string[];
}

export interface LanguageModelSessionLike {
  prompt(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): Promise<string>;
  clone(options?: { signal?: AbortSignal }): Promise<LanguageModelSessionLike>;
  destroy(): void;
  readonly contextWindow?: number;
  readonly contextUsage?: number;
  /** Deprecated names, still in extension contexts. */
  readonly inputQuota?: number;
  readonly inputUsage?: number;
  measureContextUsage?(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): Promise<number>;
  measureInputUsage?(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): Promise<number>;
}

interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (e: { loaded: number }) => void): void;
}

export interface LanguageModelStaticLike {
  availability(options?: { expectedInputs?: ExpectedIO[]; expectedOutputs?: ExpectedIO[] }): Promise<PromptApiAvailability>;
  create(options?: {
    expectedInputs?: ExpectedIO[];
    expectedOutputs?: ExpectedIO[];
    initialPrompts?: { role: 'system' | 'user' | 'assistant'; content: string }[];
    monitor?: (m: DownloadMonitor) => void;
    signal?: AbortSignal;
  }): Promise<LanguageModelSessionLike>;
}

/** The same options go to availability() and create(), as the API asks: English text in, English text out. */
export const PROMPT_API_IO = {
  expectedInputs: [{ type: 'text' as const, languages: ['en'] }],
  expectedOutputs: [{ type: 'text' as const, languages: ['en'] }],
};

/** When a session reports no context size at all: Gemini Nano's smallest (tokens). */
const FALLBACK_CONTEXT = 4096;

function globalLanguageModel(): LanguageModelStaticLike | undefined {
  return (globalThis as { LanguageModel?: LanguageModelStaticLike }).LanguageModel;
}

export interface PromptApiOptions {
  /** The dream's system instruction (gates-llm.ts buildInstructions); requests with another one get a new session. */
  instructions: string;
  /**
   * The user agreed to model downloads (settings.modelConsent): then a 'downloadable' or 'downloading' model is
   * fetched by the browser and used; without it only a model already 'available' is.
   */
  allowDownload: boolean;
  onProgress?: (progress: number) => void;
  signal?: AbortSignal;
  /** Tests: a fake `LanguageModel`; default the global one. */
  languageModel?: LanguageModelStaticLike;
}

export class PromptApiDreamEngine implements DreamLlm {
  readonly id = 'prompt-api';

  private constructor(
    private readonly lm: LanguageModelStaticLike,
    private base: LanguageModelSessionLike,
    private instructions: string,
    private readonly opts: PromptApiOptions,
  ) {}

  /** What the browser says of its model; 'unavailable' where there is no Prompt API at all. */
  static async availability(lm = globalLanguageModel()): Promise<PromptApiAvailability> {
    if (!lm) return 'unavailable';
    try {
      return await lm.availability(PROMPT_API_IO);
    } catch {
      return 'unavailable';
    }
  }

  /** A session on the built-in model, or null when there is none to use (absent, unavailable, or not consented to). */
  static async create(opts: PromptApiOptions): Promise<PromptApiDreamEngine | null> {
    const lm = opts.languageModel ?? globalLanguageModel();
    if (!lm) return null;
    const availability = await PromptApiDreamEngine.availability(lm);
    if (availability === 'unavailable') return null;
    if (availability !== 'available' && !opts.allowDownload) return null;
    const base = await PromptApiDreamEngine.session(lm, opts.instructions, opts);
    return new PromptApiDreamEngine(lm, base, opts.instructions, opts);
  }

  private static session(lm: LanguageModelStaticLike, instructions: string, opts: PromptApiOptions): Promise<LanguageModelSessionLike> {
    return lm.create({
      ...PROMPT_API_IO,
      initialPrompts: [{ role: 'system', content: instructions }],
      monitor: (m) => m.addEventListener('downloadprogress', (e) => opts.onProgress?.(e.loaded)),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  }

  /** The session's whole context (system prompt, request, answer). */
  get contextTokens(): number {
    return this.base.contextWindow ?? this.base.inputQuota ?? FALLBACK_CONTEXT;
  }

  /** The system prompt already in the session, plus the request as the model would take it (schema included). */
  async countTokens(req: ExtractRequest): Promise<number> {
    const base = await this.sessionFor(req.instructions);
    const used = base.contextUsage ?? base.inputUsage ?? 0;
    const options = { responseConstraint: req.schema };
    if (base.measureContextUsage) return used + (await base.measureContextUsage(req.data, options));
    if (base.measureInputUsage) return used + (await base.measureInputUsage(req.data, options));
    return used + estimateTokens(req.data) + estimateTokens(JSON.stringify(req.schema)) + MESSAGE_OVERHEAD;
  }

  async extract(req: ExtractRequest, signal?: AbortSignal): Promise<string> {
    const base = await this.sessionFor(req.instructions);
    const session = await base.clone(signal ? { signal } : {});
    try {
      return await session.prompt(req.data, { responseConstraint: req.schema, ...(signal ? { signal } : {}) });
    } finally {
      session.destroy();
    }
  }

  async dispose(): Promise<void> {
    this.base.destroy();
  }

  private async sessionFor(instructions: string): Promise<LanguageModelSessionLike> {
    if (instructions !== this.instructions) {
      const next = await PromptApiDreamEngine.session(this.lm, instructions, this.opts);
      this.base.destroy();
      this.base = next;
      this.instructions = instructions;
    }
    return this.base;
  }
}
