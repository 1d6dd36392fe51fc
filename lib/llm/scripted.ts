import type { DreamLlm, ExtractRequest } from './types';

/**
 * A scripted engine for tests: answers come from a queue (one per call, in order) or from a function of the request.
 * Records every request so tests can check what the dream asked.
 */
export class ScriptedLlm implements DreamLlm {
  readonly id: string;
  readonly requests: ExtractRequest[] = [];
  private readonly queue: string[];
  private readonly answer?: (req: ExtractRequest) => string | Promise<string>;

  constructor(script: string[] | ((req: ExtractRequest) => string | Promise<string>), id = 'scripted') {
    this.id = id;
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
}
