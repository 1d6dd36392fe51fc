/** The chat sites Reverie knows, in one place: ids, hosts and display names. */
export const SITES = {
  chatgpt: { name: 'ChatGPT', hosts: ['chatgpt.com', 'chat.openai.com'] },
  claude: { name: 'Claude', hosts: ['claude.ai'] },
  gemini: { name: 'Gemini', hosts: ['gemini.google.com'] },
  perplexity: { name: 'Perplexity', hosts: ['www.perplexity.ai', 'perplexity.ai'] },
  deepseek: { name: 'DeepSeek', hosts: ['chat.deepseek.com'] },
  grok: { name: 'Grok', hosts: ['grok.com'] },
  copilot: { name: 'Copilot', hosts: ['copilot.microsoft.com'] },
  mistral: { name: 'Mistral Le Chat', hosts: ['chat.mistral.ai'] },
} as const;

export type SiteId = keyof typeof SITES;
export const SITE_IDS = Object.keys(SITES) as SiteId[];

/** Content-script match patterns: the eight sites only (least privilege). */
export const SITE_MATCHES = [
  'https://chatgpt.com/*',
  'https://chat.openai.com/*',
  'https://claude.ai/*',
  'https://gemini.google.com/*',
  'https://www.perplexity.ai/*',
  'https://chat.deepseek.com/*',
  'https://grok.com/*',
  'https://copilot.microsoft.com/*',
  'https://chat.mistral.ai/*',
];

/**
 * Hosts the embedding and LLM model weights are downloaded from: the only other network permission. Model code
 * (ONNX Runtime's and WebLLM's .wasm) ships inside the extension.
 */
export const MODEL_HOST_MATCHES = [
  'https://huggingface.co/*',
  'https://*.huggingface.co/*',
  'https://*.hf.co/*',
];

export function siteForHost(host: string): SiteId | null {
  for (const id of SITE_IDS) if ((SITES[id].hosts as readonly string[]).includes(host)) return id;
  return null;
}
