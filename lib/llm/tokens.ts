import { countTokens } from 'gpt-tokenizer';

/**
 * Token estimates for the dream's requests. gpt-tokenizer counts with o200k_base (GPT-4o's BPE); the dream models have
 * their own tokenizers (SmolLM2 49k, Llama-3 128k, Qwen2.5 151k, Phi-3.5 32k vocabularies, Gemini Nano's), which on
 * English text take up to ~25% more tokens than o200k, and more on other scripts, where a small vocabulary falls back
 * to bytes. So the estimate is padded: 30% on the count, half a token more per non-ASCII character, and a few tokens
 * per line and per message for chat templates and the role headers. Where an engine can measure (the Prompt API's
 * measureContextUsage), the dream uses the measurement instead; a request that still overflows is split and retried.
 */

const TOKEN_MARGIN = 1.3;
/** Chat-template tokens per message (role header, separators). */
export const MESSAGE_OVERHEAD = 12;
/** Tokens kept free in every request beyond the estimate and the answer. */
export const SAFETY_TOKENS = 64;

/** The padded estimate of the tokens a dream model needs for `text`. */
export function estimateTokens(text: string): number {
  if (text === '') return 0;
  let nonAscii = 0;
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) nonAscii++;
    else if (c === 10) lines++;
  }
  return Math.ceil(countTokens(text) * TOKEN_MARGIN + nonAscii * 0.5 + lines);
}
