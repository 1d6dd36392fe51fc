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
  /** Parameters, in billions: "the largest model that fits" is the one with the most. */
  paramsB: number;
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
    paramsB: 0.36,
  },
  {
    id: 'Llama-3.2-1B-Instruct-q4f16_1-MLC',
    weightsUrl: 'https://huggingface.co/mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC',
    wasmFile: 'Llama-3.2-1B-Instruct-q4f16_1_cs1k-webgpu.wasm',
    vramMB: 879.04,
    contextWindow: 4096,
    paramsB: 1.24,
  },
  {
    id: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
    weightsUrl: 'https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
    wasmFile: 'Qwen2-0.5B-Instruct-q4f16_1_cs1k-webgpu.wasm',
    vramMB: 944.62,
    contextWindow: 4096,
    paramsB: 0.49,
  },
  {
    id: 'Phi-3.5-mini-instruct-q4f16_1-MLC',
    weightsUrl: 'https://huggingface.co/mlc-ai/Phi-3.5-mini-instruct-q4f16_1-MLC',
    wasmFile: 'Phi-3.5-mini-instruct-q4f16_1_cs1k-webgpu.wasm',
    vramMB: 3672.07,
    contextWindow: 4096,
    paramsB: 3.82,
  },
];

/** Path (inside the extension) where a model's library is shipped. */
function wasmPath(spec: DreamModelSpec): string {
  return `/webllm/${spec.wasmFile}`;
}

/** What the WebGPU adapter tells of the device (WebGPU exposes no memory size, so limits stand in). */
export interface GpuProfile {
  /** The adapter has 'shader-f16'. */
  f16: boolean;
  /** adapter.limits.maxBufferSize and maxStorageBufferBindingSize, in bytes. */
  maxBufferSize?: number;
  maxStorageBufferBindingSize?: number;
  /** adapter.info.isFallbackAdapter: a software adapter, far too slow for a model. */
  fallback?: boolean;
}

const GiB = 1024 ** 3;

/**
 * The memory (MB) a background dream model may take. WebGPU does not say how much GPU memory there is, so: half of
 * navigator.deviceMemory (RAM in GB, coarse and capped by browsers; 4 assumed when absent, as in Firefox), since
 * integrated GPUs share it and the user's tabs need the rest; at most 1 GB on an adapter whose storage bindings stay
 * under 1 GiB (a low-end or mobile GPU, where WebLLM falls back to 128 MB bindings); nothing on a software adapter.
 */
function modelMemoryBudgetMB(deviceMemoryGB: number | undefined, gpu: GpuProfile): number {
  if (gpu.fallback) return 0;
  let budget = ((deviceMemoryGB ?? 4) * 1024) / 2;
  const binding = gpu.maxStorageBufferBindingSize;
  if (binding !== undefined && binding < GiB) budget = Math.min(budget, 1024);
  const buffer = gpu.maxBufferSize;
  if (buffer !== undefined && buffer < GiB / 4) budget = 0; // WebLLM cannot start under 256 MB buffers
  return budget;
}

/**
 * The largest model (most parameters) that fits the memory budget (see modelMemoryBudgetMB) and the adapter's features; the user's
 * `preferred` model when it fits (a smaller one is a choice the user may make), else the largest that does. Null
 * when none fits: the rules dream alone.
 */
export function pickDreamModel(deviceMemoryGB: number | undefined, gpu: GpuProfile, preferred?: string): DreamModelSpec | null {
  const budgetMB = modelMemoryBudgetMB(deviceMemoryGB, gpu);
  const fitting = DREAM_MODELS.filter((m) => (gpu.f16 || !m.requiredFeatures?.includes('shader-f16')) && m.vramMB <= budgetMB);
  if (fitting.length === 0) return null;
  const wanted = preferred ? fitting.find((m) => m.id === preferred) : undefined;
  return wanted ?? fitting.reduce((best, m) => (m.paramsB > best.paramsB ? m : best));
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
