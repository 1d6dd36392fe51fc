import { CreateMLCEngine, type ChatCompletion, type ChatCompletionRequestNonStreaming, type InitProgressReport } from '@mlc-ai/web-llm';
import { browser } from 'wxt/browser';
import type { DreamLlm, ExtractRequest } from './types';
import { buildAppConfig, pickDreamModel, type DreamModelSpec, type GpuProfile } from './webllm-config';

/**
 * The WebLLM dream engine: a small instruction model run on WebGPU, answering with JSON constrained to the request's
 * schema (`response_format`). Loads only in a page context with WebGPU (offscreen document / background page); the
 * model is chosen by the memory the device can spare (webllm-config.ts) and unloaded when the dream is over. Nothing
 * here touches navigator.gpu until a function is called.
 */

interface GpuAdapterLike {
  features: { has(name: string): boolean };
  limits?: { maxBufferSize?: number; maxStorageBufferBindingSize?: number };
  info?: { isFallbackAdapter?: boolean };
  /** Older Chrome: on the adapter itself. */
  isFallbackAdapter?: boolean;
}
interface GpuNavigator {
  gpu?: { requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<GpuAdapterLike | null> };
  deviceMemory?: number;
}

/** The WebGPU adapter WebLLM will get (it asks for 'high-performance' too), as a GpuProfile; null without one. */
async function probeWebGpu(): Promise<GpuProfile | null> {
  const nav = (globalThis as { navigator?: GpuNavigator }).navigator;
  if (!nav?.gpu) return null;
  try {
    const adapter = await nav.gpu.requestAdapter({ powerPreference: 'high-performance' });
    if (!adapter) return null;
    return {
      f16: adapter.features.has('shader-f16'),
      ...(adapter.limits?.maxBufferSize !== undefined ? { maxBufferSize: adapter.limits.maxBufferSize } : {}),
      ...(adapter.limits?.maxStorageBufferBindingSize !== undefined ? { maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize } : {}),
      fallback: Boolean(adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter),
    };
  } catch {
    return null;
  }
}

/** What the dream needs of an MLCEngine (tests pass a fake one). */
export interface MlcEngineLike {
  chat: { completions: { create(request: ChatCompletionRequestNonStreaming): Promise<ChatCompletion> } };
  resetChat(): Promise<void>;
  unload(): Promise<void>;
  interruptGenerate(): void;
}

export interface WebLlmOptions {
  /** The model the user chose (settings.llmModel), used when it fits; absent: the largest that fits. */
  preferred?: string;
  /** Download / compile progress, 0..1 with a human-readable line. */
  onProgress?: (progress: number, text: string) => void;
}

/** Sampling on the retry: the first try decodes greedily, so asking again the same way would repeat the answer. */
const RETRY_TEMPERATURE = 0.6;

export class WebLlmDreamEngine implements DreamLlm {
  readonly id: string;
  readonly contextTokens: number;

  constructor(
    private readonly engine: MlcEngineLike,
    readonly spec: DreamModelSpec,
  ) {
    this.id = `webllm:${spec.id}`;
    this.contextTokens = spec.contextWindow;
  }

  /**
   * Picks the largest model that fits, downloads (or loads from cache) its weights and compiles the shipped library.
   * Null when WebGPU is missing or no model fits the device.
   */
  static async create(opts: WebLlmOptions = {}): Promise<WebLlmDreamEngine | null> {
    const gpu = await probeWebGpu();
    if (!gpu || gpu.fallback) return null;
    const nav = (globalThis as { navigator?: GpuNavigator }).navigator;
    const spec = pickDreamModel(nav?.deviceMemory, gpu, opts.preferred);
    if (!spec) return null;
    const appConfig = buildAppConfig((p) => browser.runtime.getURL(p as never));
    const libUrl = appConfig.model_list.find((m) => m.model_id === spec.id)!.model_lib;
    // Stores forbid remote code, so the model library must be inside the extension (scripts/fetch-webllm-libs.mjs).
    const shipped = await fetch(libUrl, { method: 'HEAD' }).then((r) => r.ok, () => false);
    if (!shipped) throw new Error(`This build does not include the model library for ${spec.id} (${libUrl}).`);
    const engine = await CreateMLCEngine(spec.id, {
      appConfig,
      initProgressCallback: (r: InitProgressReport) => opts.onProgress?.(r.progress, r.text),
    });
    return new WebLlmDreamEngine(engine, spec);
  }

  async extract(req: ExtractRequest, signal?: AbortSignal): Promise<string> {
    signal?.throwIfAborted();
    const stop = () => this.engine.interruptGenerate();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      const retry = (req.attempt ?? 0) > 0;
      const reply = await this.engine.chat.completions.create({
        messages: [
          { role: 'system', content: req.instructions },
          { role: 'user', content: req.data },
        ],
        stream: false,
        temperature: retry ? RETRY_TEMPERATURE : 0,
        ...(retry ? { seed: 1 } : {}),
        max_tokens: req.maxTokens,
        response_format: { type: 'json_object', schema: JSON.stringify(req.schema) },
      });
      signal?.throwIfAborted();
      return reply.choices[0]?.message?.content ?? '';
    } finally {
      signal?.removeEventListener('abort', stop);
      // Every request starts from an empty conversation (the KV cache of the last one is dropped).
      await this.engine.resetChat();
    }
  }

  /** Unloads the model: its GPU buffers are freed (the weights stay in the browser's cache for the next dream). */
  async dispose(): Promise<void> {
    await this.engine.unload();
  }
}
