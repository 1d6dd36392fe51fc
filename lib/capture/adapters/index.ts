import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { deepseek } from './deepseek';
import { gemini } from './gemini';
import { grok } from './grok';
import { kimi } from './kimi';
import { mistral } from './mistral';
import { perplexity } from './perplexity';

/**
 * Every chat site Reverie reads, in the order the options page and the first-run page list them. A new site is one
 * file in this folder (calling defineSite) and one entry here; lib/sites.ts derives everything else from this list.
 */
export const SITE_LIST = [chatgpt, claude, gemini, perplexity, deepseek, grok, copilot, mistral, kimi] as const;
