/**
 * Pure configuration for the in-browser LLM (no WebLLM import, no GPU access): which model fits the device, and the
 * WebLLM appConfig that loads weights from Hugging Face but the model library (.wasm code) from files shipped inside
 * the extension, because extension stores forbid remotely hosted code.
 */

export interface DreamModelSpec {
  /** WebLLM model id (as in @mlc-ai/web-llm prebuiltAppConfig). */
  id: string;
  /** Hugging Face repo with the weights (data, not code: fetched and cached at first use). */
  weightsUrl: string;
  /** The model library file, shipped under public/webllm/. */
  wasmFile: string;
  /** GPU memory the model needs (MB, from prebuiltAppConfig). */
  vramMB: number;
  requiredFeatures?: string[];
  contextWindow: number;
}

// Smallest first; ids, wasm names and VRAM figures copied from @mlc-ai/web-llm 0.2.86 prebuiltAppConfig (v0_2_86/base).
export const DREAM_MODELS: readonly DreamModelSpec[] = [
  {
    id: 'SmolLM2-360M-Instruct-q4f16_1-MLC',
    weightsUrl: 'https://huggingface.co/mlc-ai/SmolLM2-360M-Instruct-q4f16_1-MLC',
    wasmFile: 'SmolLM2-360M-Instruct-q4f16_1_cs1k-webgpu.wasm',
    vramMB: 376.06,
    requiredFeatures: ['shader-f16'],
    contextWindow: 4096,
  },
  {
    id: 'Llama-3.2-1B-Instruct-q4f16_1-MLC',
    weightsUrl: 'https://huggingface.co/mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC',
    wasmFile: 'Llama-3.2-1B-Instruct-q4f16_1_cs1k-webgpu.wasm',
    vramMB: 879.04,
    contextWindow: 4096,
  },
  {
    id: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
    weightsUrl: 'https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
    wasmFile: 'Qwen2-0.5B-Instruct-q4f16_1_cs1k-webgpu.wasm',
    vramMB: 944.62,
    contextWindow: 4096,
  },
  {
    id: 'Phi-3.5-mini-instruct-q4f16_1-MLC',
    weightsUrl: 'https://huggingface.co/mlc-ai/Phi-3.5-mini-instruct-q4f16_1-MLC',
    wasmFile: 'Phi-3.5-mini-instruct-q4f16_1_cs1k-webgpu.wasm',
    vramMB: 3672.07,
    contextWindow: 4096,
  },
];

/** Path (inside the extension) where a model's library is shipped. */
export function wasmPath(spec: DreamModelSpec): string {
  return `/webllm/${spec.wasmFile}`;
}

/**
 * The biggest model that fits: `deviceMemoryGB` is navigator.deviceMemory (coarse, capped at 8 by browsers), and
 * half of it is the most we let a background model take. `hasF16` says whether the adapter has 'shader-f16'.
 */
export function pickDreamModel(deviceMemoryGB: number | undefined, hasF16: boolean, preferred?: string): DreamModelSpec {
  const usable = DREAM_MODELS.filter((m) => hasF16 || !m.requiredFeatures?.includes('shader-f16'));
  const pool = usable.length > 0 ? usable : [...DREAM_MODELS];
  const wanted = preferred ? pool.find((m) => m.id === preferred) : undefined;
  const budgetMB = ((deviceMemoryGB ?? 4) * 1024) / 2;
  if (wanted && wanted.vramMB <= budgetMB) return wanted;
  let best = pool[0]!;
  for (const m of pool) if (m.vramMB <= budgetMB && m.vramMB >= best.vramMB) best = m;
  return best;
}

export interface WebLlmModelRecord {
  model: string;
  model_id: string;
  model_lib: string;
  vram_required_MB: number;
  low_resource_required: boolean;
  required_features?: string[];
  overrides: { context_window_size: number };
}

/** WebLLM appConfig for the given models; `getUrl` is browser.runtime.getURL (injected so this stays pure). */
export function buildAppConfig(
  getUrl: (path: string) => string,
  models: readonly DreamModelSpec[] = DREAM_MODELS,
): { model_list: WebLlmModelRecord[]; cacheBackend: 'cache' } {
  return {
    model_list: models.map((m) => ({
      model: m.weightsUrl,
      model_id: m.id,
      model_lib: getUrl(wasmPath(m)),
      vram_required_MB: m.vramMB,
      low_resource_required: m.vramMB < 1024,
      ...(m.requiredFeatures ? { required_features: m.requiredFeatures } : {}),
      overrides: { context_window_size: m.contextWindow },
    })),
    cacheBackend: 'cache',
  };
}
