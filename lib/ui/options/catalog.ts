/** The models a person can pick on the options page, with what they cost to download. */

export interface ModelChoice {
  id: string;
  name: string;
  description: string;
  /** Approximate download, for the label; 0 = nothing to download. */
  sizeLabel: string;
}

export const EMBED_MODEL_CHOICES: readonly ModelChoice[] = [
  {
    id: 'Xenova/all-MiniLM-L6-v2',
    name: 'MiniLM — English',
    description: 'Small and fast; best for English chats.',
    sizeLabel: '23 MB',
  },
  {
    id: 'Xenova/multilingual-e5-small',
    name: 'E5 small — many languages',
    description: 'Understands about 100 languages; slower.',
    sizeLabel: '118 MB',
  },
  {
    id: 'none',
    name: 'None — word matching only',
    description: 'Nothing to download; finds memories that share words with your question.',
    sizeLabel: '0 MB',
  },
];

// Ids are WebLLM model ids (lib/llm/webllm-config.ts); sizes are the q4f16 weight downloads, rounded.
export const LLM_MODEL_CHOICES: readonly ModelChoice[] = [
  {
    id: 'SmolLM2-360M-Instruct-q4f16_1-MLC',
    name: 'SmolLM2 360M',
    description: 'Smallest; fine for tidying up memory on most computers.',
    sizeLabel: 'about 200 MB',
  },
  {
    id: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
    name: 'Qwen2.5 0.5B',
    description: 'Small, good with many languages.',
    sizeLabel: 'about 280 MB',
  },
  {
    id: 'Llama-3.2-1B-Instruct-q4f16_1-MLC',
    name: 'Llama 3.2 1B',
    description: 'Better summaries; needs about 1 GB of graphics memory.',
    sizeLabel: 'about 700 MB',
  },
  {
    id: 'Phi-3.5-mini-instruct-q4f16_1-MLC',
    name: 'Phi-3.5 mini',
    description: 'Best quality; needs a strong graphics card (about 4 GB).',
    sizeLabel: 'about 2.1 GB',
  },
];
