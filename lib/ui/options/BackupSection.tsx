import { useState } from 'preact/hooks';
import type { ReverieApi } from '../api';
import type { PageBackup } from '../../backup/page';
import { downloadBlob, downloadText } from '../common/download';
import { errorMessage } from '../common/errors';
import { isoDay } from '../common/format';

type Message = { kind: 'ok' | 'error'; text: string } | null;

interface BackupDeps {
  api: ReverieApi;
  backup: PageBackup;
  save: (fileName: string, text: string, mimeType: string) => void;
  saveBlob: (fileName: string, blob: Blob) => void;
  today: () => Date;
}

/** The exports and the restore, one at a time (busy), with the rows done so far and what came of each. */
function useBackupActions({ api, backup, save, saveBlob, today }: BackupDeps) {
  const [progress, setProgress] = useState<string | null>(null);
  const report = (verb: string) => (done: number, total: number) => setProgress(`${verb} ${done.toLocaleString()} of ${total.toLocaleString()} rows…`);
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
      try {
        saveBlob(fileName, new Blob([await backup.exportFile(report('Saving'))], { type: 'application/json' }));
      } finally {
        setProgress(null);
      }
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
        await backup.restoreFile(file, report('Restoring'));
        return `Restored your memory from ${file.name}. Search indexes are rebuilt in the background.`;
      } finally {
        setProgress(null);
        input.value = '';
      }
    });
  };

  return { progress, message, busy, exportJson, exportMarkdown, restore };
}

/**
 * Export everything (JSON backup, readable Markdown) and restore from a Reverie backup. Backups are read and written
 * right here, in chunks, on the database itself (`backup`): no size limit but the disk's.
 */
export function BackupSection({
  api,
  backup,
  save = downloadText,
  saveBlob = downloadBlob,
  today = () => new Date(),
}: {
  api: ReverieApi;
  backup: PageBackup;
  save?: (fileName: string, text: string, mimeType: string) => void;
  saveBlob?: (fileName: string, blob: Blob) => void;
  today?: () => Date;
}) {
  const { progress, message, busy, exportJson, exportMarkdown, restore } = useBackupActions({ api, backup, save, saveBlob, today });

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
        {progress && <p>{progress}</p>}
        {message && <p class={message.kind === 'ok' ? 'ok-text' : 'error-text'}>{message.text}</p>}
      </div>
    </section>
  );
}
