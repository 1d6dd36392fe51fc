import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, parseExport } from '../../../lib/import';
import { parseExportOffThread } from '../../../lib/import/offthread';
import { serveExportParsing, type ParserPort, type ParserScope } from '../../../lib/import/worker-protocol';

/**
 * Parsing off the page's thread: the request and reply cross a real MessageChannel (structured clone and transfer,
 * as with the extension's worker), with the worker's side served by the same code parse-worker.ts runs.
 */

function channel(): { port: ParserPort & { closed: boolean }; served: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  serveExportParsing(port2 as unknown as ParserScope);
  port2.start();
  port1.start();
  const port = Object.assign(port1 as unknown as ParserPort, {
    closed: false,
    terminate() {
      port.closed = true;
      port1.close();
      port2.close();
    },
  });
  return { port, served: port2 };
}

const EXPORT = JSON.stringify([
  { uuid: 'u1', name: 'Bread', created_at: '2024-05-01T10:00:00Z', chat_messages: [{ text: 'How long should I proof a rye loaf?', sender: 'human' }, { text: 'About two hours.', sender: 'assistant' }] },
]);

describe('parseExportOffThread', () => {
  it('answers what parseExport answers, and the bytes are moved, not copied', async () => {
    const bytes = zipSync({ 'conversations.json': strToU8(EXPORT) });
    const expected = parseExport(bytes.slice(), 'export.zip');
    const { port } = channel();
    const result = await parseExportOffThread(bytes, 'export.zip', port);
    expect(result).toEqual(expected);
    expect(result.kind).toBe('claude');
    expect(bytes.byteLength).toBe(0); // transferred to the worker: the page no longer holds the file
    expect(port.closed).toBe(true);
  });

  it('a File crosses as is and is read in the worker', async () => {
    const file = new File([strToU8(EXPORT)], 'conversations.json');
    const { port } = channel();
    expect((await parseExportOffThread(file, file.name, port)).conversations[0]!.title).toBe('Bread');
  });

  it('refusals arrive as ImportError with the message in plain words', async () => {
    const { port } = channel();
    const error = await parseExportOffThread(strToU8('[{"uuid": "u1",'), 'conversations.json', port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe('This file is not JSON (unexpected end at byte 15) — was it truncated?');
    expect(port.closed).toBe(true);
  });

  it('a worker that dies says so instead of hanging', async () => {
    const { port1, port2 } = new MessageChannel();
    port1.start();
    const dead = Object.assign(port1 as unknown as ParserPort, { terminate: () => port1.close() });
    const pending = parseExportOffThread(strToU8(EXPORT), undefined, dead);
    port1.dispatchEvent(Object.assign(new Event('error'), { message: 'Out of memory' }));
    await expect(pending).rejects.toThrow('The file could not be read: the reader stopped (Out of memory). Is the file very large?');
    port2.close();
  });
});
