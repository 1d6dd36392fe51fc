import '../reliability/node-globals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatCompletion, ChatCompletionRequestNonStreaming } from '@mlc-ai/web-llm';
import { buildExtractRequest, buildInstructions, EXTRACT_JSON_SCHEMA } from '../../../lib/dream/gates-llm';
import { runDream } from '../../../lib/dream/run';
import { chooseDreamEngine, type EngineFactories } from '../../../lib/llm/choose';
import {
  PROMPT_API_IO,
  PromptApiDreamEngine,
  type LanguageModelSessionLike,
  type LanguageModelStaticLike,
  type PromptApiAvailability,
} from '../../../lib/llm/prompt-api';
import { ScriptedLlm } from '../../../lib/llm/scripted';
import { WebLlmDreamEngine, type MlcEngineLike } from '../../../lib/llm/webllm';
import { DREAM_MODELS, pickDreamModel } from '../../../lib/llm/webllm-config';
import { ReverieService } from '../../../lib/host/service';
import { saveSettings } from '../../../lib/settings';
import { addConversation, clock, DAY, facts, freshDb, T0 } from './fixture';

const bounds = { maxItems: 12, maxItemChars: 300, maxTokens: 600 };
const instructions = buildInstructions(bounds);
const json = (x: unknown) => JSON.stringify(x);

/** The user turns of a prompt's transcript, by their local ids ("[t3] USER …"). */
const userRefs = (prompt: string) => [...prompt.matchAll(/^\[(t\d+)[^\]]*\] USER /gm)].map((m) => m[1]!);

/**
 * A fake `LanguageModel` global, per the Prompt API: availability(), create() with initialPrompts, sessions that clone,
 * prompt with a responseConstraint, measure their context (one token per 3 characters, or as told), and are destroyed.
 */
function fakeLanguageModel(
  opts: { availability?: PromptApiAvailability; contextWindow?: number; legacy?: boolean; charsPerToken?: number; answer?: (prompt: string) => string } = {},
) {
  const window = opts.contextWindow ?? 6144;
  const count = (s: string) => Math.ceil(s.length / (opts.charsPerToken ?? 3));
  const log = {
    availability: [] as unknown[],
    create: [] as Parameters<LanguageModelStaticLike['create']>[0][],
    prompts: [] as { input: string; options: unknown; usage: number }[],
    sessions: [] as { destroyed: boolean; clone: boolean }[],
  };
  const session = (system: string, clone: boolean): LanguageModelSessionLike => {
    const state = { destroyed: false, clone };
    log.sessions.push(state);
    const usage = count(system);
    const measure = async (input: string, o?: { responseConstraint?: object }) => count(input) + (o?.responseConstraint ? count(JSON.stringify(o.responseConstraint)) : 0);
    const s: LanguageModelSessionLike = {
      ...(opts.legacy ? { inputQuota: window, inputUsage: usage, measureInputUsage: measure } : { contextWindow: window, contextUsage: usage, measureContextUsage: measure }),
      async prompt(input, o) {
        if (state.destroyed) throw new DOMException('destroyed', 'InvalidStateError');
        const used = usage + (await measure(input, o));
        log.prompts.push({ input, options: o, usage: used });
        if (used > window) throw new DOMException('The input is too large.', 'QuotaExceededError');
        return (opts.answer ?? (() => json({ items: [] })))(input);
      },
      async clone() {
        return session(system, true);
      },
      destroy() {
        state.destroyed = true;
      },
    };
    return s;
  };
  const lm: LanguageModelStaticLike = {
    async availability(o) {
      log.availability.push(o);
      return opts.availability ?? 'available';
    },
    async create(o) {
      log.create.push(o);
      o?.monitor?.({ addEventListener: (_type, listener) => [0.5, 1].forEach((loaded) => listener({ loaded })) });
      const system = o?.initialPrompts?.find((p) => p.role === 'system')?.content ?? '';
      return session(system, false);
    },
  };
  return { lm, log };
}

describe('Chrome Prompt API engine', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts a session with the dream instruction, asking availability with the same options', async () => {
    const { lm, log } = fakeLanguageModel();
    const progress: number[] = [];
    const engine = await PromptApiDreamEngine.create({ instructions, allowDownload: false, languageModel: lm, onProgress: (p) => progress.push(p) });
    expect(engine).not.toBeNull();
    expect(log.availability).toEqual([PROMPT_API_IO]);
    expect(log.create[0]).toMatchObject({ ...PROMPT_API_IO, initialPrompts: [{ role: 'system', content: instructions }] });
    expect(engine!.contextTokens).toBe(6144);
    expect(progress).toEqual([0.5, 1]);
  });

  it('uses the global LanguageModel; none, or unavailable, means no engine', async () => {
    expect(await PromptApiDreamEngine.create({ instructions, allowDownload: true })).toBeNull();
    const { lm } = fakeLanguageModel({ availability: 'unavailable' });
    vi.stubGlobal('LanguageModel', lm);
    expect(await PromptApiDreamEngine.create({ instructions, allowDownload: true })).toBeNull();
    vi.stubGlobal('LanguageModel', fakeLanguageModel().lm);
    expect(await PromptApiDreamEngine.create({ instructions, allowDownload: false })).toBeInstanceOf(PromptApiDreamEngine);
  });

  it('a model still to download is used only with the user’s consent to downloads', async () => {
    for (const availability of ['downloadable', 'downloading'] as const) {
      const without = fakeLanguageModel({ availability });
      expect(await PromptApiDreamEngine.create({ instructions, allowDownload: false, languageModel: without.lm })).toBeNull();
      expect(without.log.create).toHaveLength(0);
      const consented = fakeLanguageModel({ availability });
      expect(await PromptApiDreamEngine.create({ instructions, allowDownload: true, languageModel: consented.lm })).not.toBeNull();
      expect(consented.log.create).toHaveLength(1);
    }
  });

  it('prompts a clone of the session with the schema as responseConstraint, destroys it, and disposes the base', async () => {
    const { lm, log } = fakeLanguageModel({ answer: () => json({ items: [{ op: 'noop' }] }) });
    const engine = (await PromptApiDreamEngine.create({ instructions, allowDownload: false, languageModel: lm }))!;
    const req = buildExtractRequest('ep', 'c', [{ id: 'c#0', role: 'user', text: 'I live in Porto.', at: T0 }], bounds);
    expect(await engine.extract(req)).toBe(json({ items: [{ op: 'noop' }] }));
    expect(await engine.extract(req)).toBe(json({ items: [{ op: 'noop' }] }));
    expect(log.prompts.map((p) => p.input)).toEqual([req.data, req.data]);
    expect(log.prompts[0]!.options).toEqual({ responseConstraint: EXTRACT_JSON_SCHEMA });
    expect(log.sessions).toEqual([
      { destroyed: false, clone: false },
      { destroyed: true, clone: true },
      { destroyed: true, clone: true },
    ]);
    // Measured like the prompt itself: the system prompt in the session, the request and its schema.
    expect(await engine.countTokens(req)).toBe(log.prompts[0]!.usage);
    await engine.dispose();
    expect(log.sessions[0]!.destroyed).toBe(true);
  });

  it('the old quota names still work (inputQuota, measureInputUsage)', async () => {
    const { lm } = fakeLanguageModel({ legacy: true, contextWindow: 3000 });
    const engine = (await PromptApiDreamEngine.create({ instructions, allowDownload: false, languageModel: lm }))!;
    expect(engine.contextTokens).toBe(3000);
    const req = buildExtractRequest('ep', 'c', [{ id: 'c#0', role: 'user', text: 'Hello there.', at: T0 }], bounds);
    expect(await engine.countTokens(req)).toBe(Math.ceil(instructions.length / 3) + Math.ceil(req.data.length / 3) + Math.ceil(JSON.stringify(req.schema).length / 3));
  });

  it('a whole dream on it: every prompt fits the session, a long chat is split, all of it is read', async () => {
    // A tokenizer far hungrier than the dream's estimate: only the session's own measure keeps prompts inside it.
    const { lm, log } = fakeLanguageModel({
      contextWindow: 4000,
      charsPerToken: 2.2,
      answer: (prompt) => json({ items: userRefs(prompt).map((ref) => ({ op: 'add', kind: 'fact', text: `User said ${ref} things.`, sourceTurnIds: [ref] })).slice(0, 12) }),
    });
    const engine = (await PromptApiDreamEngine.create({ instructions, allowDownload: false, languageModel: lm }))!;
    const db = freshDb();
    const chat = Array.from({ length: 16 }, (_, i) => [
      { role: 'user' as const, text: `Turn ${i}: I am planning the garden bed number ${i} this spring.` },
      { role: 'assistant' as const, text: `A long reply ${i}: ` + 'Water deeply, mulch well, and rotate the crops every season. '.repeat(12) },
    ]).flat();
    await addConversation(db, 'garden', T0, chat);
    const run = await runDream({ db, llm: engine, trigger: 'manual', now: clock(T0 + DAY), config: { maxEpisodeTurns: 100 } });
    expect(run.status).toBe('done');
    expect(log.prompts.length).toBeGreaterThan(1);
    // The dream measured each prompt as the session does and left room for the answer.
    for (const p of log.prompts) expect(p.usage + bounds.maxTokens).toBeLessThanOrEqual(4000);
    const seen = new Set(log.prompts.flatMap((p) => [...p.input.matchAll(/Turn (\d+):/g)].map((m) => m[1])));
    expect(seen.size).toBe(16);
    expect(run.stats).toMatchObject({ llmFailed: 0, llmRejected: 0 });
    expect((await facts(db)).filter((f) => f.origin === 'dream-llm').length).toBeGreaterThan(0);
  });
});

/** A fake MLCEngine: records each chat request, answers from a function, counts resets and unloads. */
function fakeMlcEngine(answer: (req: ChatCompletionRequestNonStreaming) => string | Promise<string>) {
  const log = { requests: [] as ChatCompletionRequestNonStreaming[], resets: 0, unloads: 0, interrupts: 0 };
  const engine: MlcEngineLike = {
    chat: {
      completions: {
        async create(req) {
          log.requests.push(req);
          const content = await answer(req);
          return { id: 'x', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content }, logprobs: null }] } as ChatCompletion;
        },
      },
    },
    async resetChat() {
      log.resets++;
    },
    async unload() {
      log.unloads++;
    },
    interruptGenerate() {
      log.interrupts++;
    },
  };
  return { engine, log };
}

describe('WebLLM engine', () => {
  const qwen = DREAM_MODELS.find((m) => m.id.startsWith('Qwen'))!;
  const req = buildExtractRequest('ep', 'c', [{ id: 'c#0', role: 'user', text: 'I live in Porto.', at: T0 }], bounds);

  it('asks for JSON of the schema: greedy first, sampled on the retry; resets after each request; unloads on dispose', async () => {
    const { engine, log } = fakeMlcEngine(() => '{"items":[]}');
    const llm = new WebLlmDreamEngine(engine, qwen);
    expect(llm.id).toBe(`webllm:${qwen.id}`);
    expect(llm.contextTokens).toBe(4096);
    expect(await llm.extract(req)).toBe('{"items":[]}');
    await llm.extract({ ...req, attempt: 1 });
    expect(log.requests[0]).toEqual({
      messages: [
        { role: 'system', content: req.instructions },
        { role: 'user', content: req.data },
      ],
      stream: false,
      temperature: 0,
      max_tokens: 600,
      response_format: { type: 'json_object', schema: JSON.stringify(EXTRACT_JSON_SCHEMA) },
    });
    expect(log.requests[1]!.temperature).toBeGreaterThan(0);
    expect(log.resets).toBe(2);
    await llm.dispose();
    expect(log.unloads).toBe(1);
  });

  it('a failed generation still resets the chat; an abort interrupts it', async () => {
    const { engine, log } = fakeMlcEngine(() => {
      throw new Error('device lost');
    });
    const llm = new WebLlmDreamEngine(engine, qwen);
    await expect(llm.extract(req)).rejects.toThrow('device lost');
    expect(log.resets).toBe(1);
    let release!: () => void;
    const held = fakeMlcEngine(() => new Promise<string>((resolve) => (release = () => resolve('{"items":[]}'))));
    const controller = new AbortController();
    const pending = new WebLlmDreamEngine(held.engine, qwen).extract(req, controller.signal);
    await vi.waitFor(() => expect(held.log.requests).toHaveLength(1));
    controller.abort();
    release();
    await expect(pending).rejects.toThrow();
    expect(held.log.interrupts).toBe(1);
  });

  it('a dream through it learns, and the service unloads the model when the dream is over', async () => {
    const { engine, log } = fakeMlcEngine((r) => {
      const ref = userRefs(String(r.messages[1]!.content))[0]!;
      return json({ items: [{ op: 'add', kind: 'fact', text: 'User keeps bees.', sourceTurnIds: [ref] }] });
    });
    const db = freshDb();
    await saveSettings(db, { modelConsent: true });
    await addConversation(db, 'bees', T0, [
      { role: 'user', text: 'My hives did well this year.' },
      { role: 'assistant', text: 'Congratulations!' },
    ]);
    const service = await ReverieService.start({ db, now: () => T0 + DAY, createLlm: async () => new WebLlmDreamEngine(engine, qwen) });
    const run = await service.dream('manual');
    expect(run.status).toBe('done');
    expect((await facts(db)).map((f) => f.text)).toContain('User keeps bees.');
    expect(log.unloads).toBe(1);
    // The settings name the default model; the status names the model the dream used.
    expect((await service.status()).models.filter((m) => m.kind === 'llm')).toEqual([{ id: qwen.id, kind: 'llm', state: 'ready', progress: 1 }]);
  });
});

describe('the service releases the dream engine', () => {
  it('after a dream, and after a dream that failed', async () => {
    for (const fail of [false, true]) {
      const db = freshDb();
      await saveSettings(db, { modelConsent: true });
      await addConversation(db, 'x', T0, [{ role: 'user', text: 'I live in Porto.' }]);
      const llm = new ScriptedLlm(() => json({ items: [] }));
      const service = await ReverieService.start({ db, now: () => T0 + DAY, createLlm: async () => llm });
      if (fail)
        vi.spyOn(db.dreamRuns, 'where').mockImplementation(() => {
          throw new Error('database closed');
        });
      const outcome = await service.dream('manual').then(
        (run) => run.status,
        () => 'threw',
      );
      expect(outcome).toBe(fail ? 'threw' : 'done');
      expect(llm.disposed, fail ? 'failed dream' : 'dream').toBe(1);
    }
  });
});

describe('model choice', () => {
  const gpu = { f16: true, maxBufferSize: 2 * 1024 ** 3, maxStorageBufferBindingSize: 2 * 1024 ** 3 };
  const id = (m: { id: string } | null) => m?.id ?? null;

  it('the largest model that fits the memory the device can spare, not the smallest', () => {
    expect(id(pickDreamModel(8, gpu))).toBe('Phi-3.5-mini-instruct-q4f16_1-MLC');
    expect(id(pickDreamModel(4, gpu))).toBe('Llama-3.2-1B-Instruct-q4f16_1-MLC');
    expect(id(pickDreamModel(2, gpu))).toBe('Llama-3.2-1B-Instruct-q4f16_1-MLC');
    expect(id(pickDreamModel(1, gpu))).toBe('SmolLM2-360M-Instruct-q4f16_1-MLC');
    expect(id(pickDreamModel(undefined, gpu))).toBe('Llama-3.2-1B-Instruct-q4f16_1-MLC');
  });

  it('the adapter limits cap it, f16 shaders gate SmolLM2, a software adapter or too little memory means none', () => {
    expect(id(pickDreamModel(8, { ...gpu, maxStorageBufferBindingSize: 128 * 1024 ** 2 }))).toBe('Llama-3.2-1B-Instruct-q4f16_1-MLC');
    expect(id(pickDreamModel(1, { ...gpu, f16: false }))).toBeNull();
    expect(id(pickDreamModel(8, { ...gpu, fallback: true }))).toBeNull();
    expect(id(pickDreamModel(0.5, gpu))).toBeNull();
  });

  it('the user’s own choice when it fits; a larger one than fits is not forced', () => {
    expect(id(pickDreamModel(8, gpu, 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC'))).toBe('Qwen2.5-0.5B-Instruct-q4f16_1-MLC');
    expect(id(pickDreamModel(2, gpu, 'Phi-3.5-mini-instruct-q4f16_1-MLC'))).toBe('Llama-3.2-1B-Instruct-q4f16_1-MLC');
  });
});

describe('engine order', () => {
  const named = (id: string) => new ScriptedLlm([], id);
  const factories = (promptApi: EngineFactories['promptApi']) => {
    const webllm = vi.fn<EngineFactories['webllm']>(async () => named('webllm'));
    return { promptApi: vi.fn(promptApi), webllm };
  };
  const opts = { allowDownload: true, onProgress: () => undefined };

  it('Chrome’s built-in model first, then WebLLM, then none (the rules)', async () => {
    const builtIn = factories(async () => named('prompt-api'));
    expect((await chooseDreamEngine(builtIn, opts))!.id).toBe('prompt-api');
    expect(builtIn.webllm).not.toHaveBeenCalled();
    expect(builtIn.promptApi.mock.calls[0]![0]).toMatchObject({ instructions, allowDownload: true });

    for (const promptApi of [async () => null, async () => Promise.reject(new Error('NotAllowedError'))]) {
      const f = factories(promptApi);
      expect((await chooseDreamEngine(f, { ...opts, preferred: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC' }))!.id).toBe('webllm');
      expect(f.webllm.mock.calls[0]![0]).toMatchObject({ preferred: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC' });
    }
    const none = { promptApi: async () => null, webllm: async () => null };
    expect(await chooseDreamEngine(none, opts)).toBeNull();
  });

  it('without consent to downloads: only a built-in model already there', async () => {
    const f = factories(async () => null);
    expect(await chooseDreamEngine(f, { ...opts, allowDownload: false })).toBeNull();
    expect(f.promptApi.mock.calls[0]![0]).toMatchObject({ allowDownload: false });
    expect(f.webllm).not.toHaveBeenCalled();
  });
});
