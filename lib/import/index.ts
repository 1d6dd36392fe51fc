import { parseChatGptJson } from './chatgpt';
import { parseClaudeJson } from './claude';
import { detectKindOfJson } from './detect';
import { readExportJson, type ExportInput } from './read';
import { ImportError, type ExportKind, type ImportResult } from './types';

export { parseChatGptExport } from './chatgpt';
export { parseClaudeExport } from './claude';
export type { ExportInput } from './read';
export { ImportError } from './types';
export type { ExportKind,   ImportResult } from './types';

/** Which service's export this is (a `.zip` or `conversations.json`); 'unknown' when neither, or unreadable. */
export function detectExportKind(input: ExportInput): ExportKind | 'unknown' {
  try {
    return detectKindOfJson(readExportJson(input));
  } catch (err) {
    if (err instanceof ImportError) return 'unknown';
    throw err;
  }
}

/** Parses a ChatGPT or Claude data export, whichever it is. Throws `ImportError` with a message for the user. */
export function parseExport(input: ExportInput, fileName?: string): ImportResult & { kind: ExportKind } {
  const data = readExportJson(input, fileName);
  const kind = detectKindOfJson(data);
  if (kind === 'unknown') {
    if (Array.isArray(data) && data.length === 0) {
      throw new ImportError('This export holds no conversations (the list is empty).');
    }
    throw new ImportError(
      `${fileName ? `${fileName} is` : 'This file is'} JSON but not a ChatGPT or Claude export: ` +
        'no conversation in it has a "mapping" (ChatGPT) or "chat_messages" (Claude).',
    );
  }
  const result = kind === 'chatgpt' ? parseChatGptJson(data) : parseClaudeJson(data);
  return { ...result, kind };
}
