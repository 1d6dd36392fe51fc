import { useState } from 'preact/hooks';
import type { ReverieApi } from '../api';
import { downloadText } from '../common/download';
import { errorMessage } from '../common/errors';
import { isoDay } from '../common/format';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Export everything (JSON backup, readable Markdown) and restore from a Reverie backup. */
export function BackupSection({
  api,
  save = downloadText,
  today = () => new Date(),
}: {
  api: ReverieApi;
  save?: (fileName: string, text: string, mimeType: string) => void;
  today?: () => Date;
}) {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ kind: 'ok', text: await action() });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const exportJson = () =>
    run(async () => {
      const fileName = `reverie-backup-${isoDay(today())}.json`;
      save(fileName, await api.exportJson(), 'application/json');
      return `Saved ${fileName}.`;
    });

  const exportMarkdown = () =>
    run(async () => {
      const fileName = `reverie-memories-${isoDay(today())}.md`;
      save(fileName, await api.exportMarkdown(), 'text/markdown');
      return `Saved ${fileName}.`;
    });

  const restore = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      try {
        const result = await api.importJson({ json: await file.text() });
        if (!result.ok) throw new Error(`This backup could not be restored: ${result.error}`);
        return `Restored your memory from ${file.name}.`;
      } finally {
        input.value = '';
      }
    });
  };

  return (
    <section class="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Back up and restore</h2>
      <div class="row wrap">
        <button type="button" class="button" disabled={busy} onClick={exportJson}>
          Download a full backup (JSON)
        </button>
        <button type="button" class="button" disabled={busy} onClick={exportMarkdown}>
          Download your memories as a document (Markdown)
        </button>
      </div>
      <label class="file-label">
        <span>Restore from a Reverie backup</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => restore(e.currentTarget as HTMLInputElement)}
        />
      </label>
      <div role="status" aria-live="polite">
        {message && <p class={message.kind === 'ok' ? 'ok-text' : 'error-text'}>{message.text}</p>}
      </div>
    </section>
  );
}
