import type { Finder, SecretSpan } from './rules';

/**
 * A Discord bot token in its three dotted parts (the user id in base64, a timestamp, an HMAC) where the first part does
 * not open with the M, N or O that `rules.ts` asks for in text without context: a newer id, or one copied with a slip,
 * keeps the shape. Taken where the text names Discord, or where the token is what a bot client runs or logs in with
 * (`client.run('…')`, `bot.login("…")`, `token = "…"`). A JWT (`eyJ…`) has its own rules.
 */
const THREE_PARTS = /(?<![\w.-])(?!eyJ)([A-Za-z0-9_-]{18,30}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,45})(?![\w.-])/g;
const BOT_CONTEXT = /discord|\.run\(|\.login\(|bot_?token|token/i;

function findBotTokens(text: string): SecretSpan[] {
  if (!BOT_CONTEXT.test(text)) return [];
  const spans: SecretSpan[] = [];
  THREE_PARTS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = THREE_PARTS.exec(text)); ) {
    const token = m[1]!;
    // Random parts: digits and both cases in the first and the last, which words and dotted names lack.
    const [first, , last] = token.split('.');
    if (![first!, last!].every((p) => /\d/.test(p) && /[a-z]/.test(p) && /[A-Z]/.test(p))) continue;
    const near = text.slice(Math.max(0, m.index - 200), m.index);
    if (!BOT_CONTEXT.test(near) && !/discord/i.test(text.slice(m.index, m.index + token.length + 200))) continue;
    spans.push({ start: m.index, end: m.index + token.length, label: 'api key' });
  }
  return spans;
}

export const BOT_TOKEN_FINDERS: readonly Finder[] = [{ name: 'bot-tokens', find: findBotTokens }];
