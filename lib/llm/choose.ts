import { DEFAULT_DREAM_CONFIG } from '../dream/config';
import { buildInstructions } from '../dream/gates-llm';
import type { DreamLlm } from './types';

/**
 * Which engine dreams, in order: Chrome's built-in model (Prompt API) when the browser says it is available (or
 * downloadable, with the user's consent to downloads); else WebLLM on WebGPU with the largest model that fits; else
 * none, and the rules dream alone. The factories are injected so the order is tested without a browser.
 */
export interface EngineFactories {
  promptApi: (opts: { instructions: string; allowDownload: boolean; onProgress: (p: number) => void }) => Promise<DreamLlm | null>;
  webllm: (opts: { preferred?: string; onProgress: (p: number) => void }) => Promise<DreamLlm | null>;
}

export interface ChooseOptions {
  /** The model the user chose for WebLLM; absent: the largest that fits. */
  preferred?: string;
  /** settings.modelConsent: downloads allowed. */
  allowDownload: boolean;
  onProgress: (p: number) => void;
}

export async function chooseDreamEngine(factories: EngineFactories, opts: ChooseOptions): Promise<DreamLlm | null> {
  const instructions = buildInstructions({ maxItems: DEFAULT_DREAM_CONFIG.llmMaxItems, maxItemChars: DEFAULT_DREAM_CONFIG.llmMaxItemChars });
  // The built-in model failing to start (no user activation for its download, a policy, a crash) is not an error of
  // ours: WebLLM is tried next.
  const builtIn = await factories.promptApi({ instructions, allowDownload: opts.allowDownload, onProgress: opts.onProgress }).catch(() => null);
  if (builtIn) return builtIn;
  if (!opts.allowDownload) return null; // WebLLM's weights are a download
  return factories.webllm({ ...(opts.preferred ? { preferred: opts.preferred } : {}), onProgress: opts.onProgress });
}
