import type { DreamLlm, ExtractRequest } from './types';

export interface ScriptedOptions {
  id?: string;
  /** The context the engine claims (prompt + answer tokens); absent: unbounded. */
  contextTokens?: number;
}

/**
 * A scripted engine for tests: answers come from a queue (one per call, in order) or from a function of the request
 * (which may throw, like a model that fails). Records every request, and whether it was disposed, so tests can check
 * what the dream asked and that it released the engine.
 */
export class ScriptedLlm implements DreamLlm {
  readonly id: string;
  readonly contextTokens?: number;
  readonly requests: ExtractRequest[] = [];
  disposed = 0;
  private readonly queue: string[];
  private readonly answer?: (req: ExtractRequest) => string | Promise<string>;

  constructor(script: string[] | ((req: ExtractRequest) => string | Promise<string>), opts: string | ScriptedOptions = {}) {
    const o = typeof opts === 'string' ? { id: opts } : opts;
    this.id = o.id ?? 'scripted';
    if (o.contextTokens !== undefined) this.contextTokens = o.contextTokens;
    if (typeof script === 'function') {
      this.queue = [];
      this.answer = script;
    } else {
      this.queue = [...script];
    }
  }

  async extract(req: ExtractRequest): Promise<string> {
    this.requests.push(req);
    if (this.answer) return this.answer(req);
    const next = this.queue.shift();
    // An exhausted script answers "nothing found" rather than failing, like a model with nothing to add.
    return next ?? '{"items":[]}';
  }

  async dispose(): Promise<void> {
    this.disposed++;
  }
}
