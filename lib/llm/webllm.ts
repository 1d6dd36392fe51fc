import { CreateMLCEngine, type MLCEngine, type InitProgressReport } from '@mlc-ai/web-llm';
import { browser } from 'wxt/browser';
import type { DreamLlm, ExtractRequest } from './types';
import { buildAppConfig, pickDreamModel, type DreamModelSpec } from './webllm-config';

/**
 * The real dream engine: a small instruction model run on WebGPU by WebLLM, answering with JSON constrained to the
 * request's schema. Loads only in a page context with WebGPU (offscreen document / background page), never in tests.
 * Nothing here touches navigator.gpu until a function is called.
 */

interface GpuNavigator {
  gpu?: { requestAdapter(): Promise<{ features: { has(name: string): boolean } } | null> };
  deviceMemory?: number;
}

/** Whether WebGPU can run a model here (an adapter exists), and whether it has f16 shaders. */
export async function isWebGpuAvailable(): Promise<{ ok: boolean; f16: boolean }> {
  const nav = (globalThis as { navigator?: GpuNavigator }).navigator;
  if (!nav?.gpu) return { ok: false, f16: false };
  try {
    const adapter = await nav.gpu.requestAdapter();
    return adapter ? { ok: true, f16: adapter.features.has('shader-f16') } : { ok: false, f16: false };
  } catch {
    return { ok: false, f16: false };
  }
}

export interface WebLlmOptions {
  /** Preferred model id (settings.llmModel); a smaller one is used when it does not fit. */
  preferred?: string;
  /** Download / compile progress, 0..1 with a human-readable line. */
  onProgress?: (progress: number, text: string) => void;
}

export class WebLlmDreamEngine implements DreamLlm {
  readonly id: string;
  private constructor(
    private readonly engine: MLCEngine,
    readonly spec: DreamModelSpec,
  ) {
    this.id = `webllm:${spec.id}`;
  }

  /** Picks a model that fits, downloads (or loads from cache) its weights and compiles the shipped library. */
  static async create(opts: WebLlmOptions = {}): Promise<WebLlmDreamEngine> {
    const gpu = await isWebGpuAvailable();
    if (!gpu.ok) throw new Error('WebGPU is not available');
    const nav = (globalThis as { navigator?: GpuNavigator }).navigator;
    const spec = pickDreamModel(nav?.deviceMemory, gpu.f16, opts.preferred);
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

  async extract(req: ExtractRequest): Promise<string> {
    const reply = await this.engine.chat.completions.create({
      messages: [
        { role: 'system', content: req.instructions },
        { role: 'user', content: req.data },
      ],
      temperature: 0,
      max_tokens: req.maxTokens,
      response_format: { type: 'json_object', schema: JSON.stringify(req.schema) },
    });
    await this.engine.resetChat();
    return reply.choices[0]?.message?.content ?? '';
  }

  async dispose(): Promise<void> {
    await this.engine.unload();
  }
}
