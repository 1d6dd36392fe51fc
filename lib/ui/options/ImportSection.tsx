import { useState } from 'preact/hooks';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { plural } from '../common/format';
import { ProgressBar } from '../common/ProgressBar';
import { sendInBatches, type ExportParser, type ImportTotals, type ParsedExport } from './importFlow';

type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'sending'; done: number; total: number }
  | { phase: 'done'; totals: ImportTotals; skipped: ParsedExport['skipped'] }
  | { phase: 'error'; message: string; skipped?: ParsedExport['skipped'] };

/** "Imported 3 conversations (12 new messages; 4 were already in memory)." — counts that add up on a re-import. */
function importedLine(totals: ImportTotals): string {
  const parts = [plural(totals.turns, 'new message')];
  if (totals.alreadyStored) parts.push(`${plural(totals.alreadyStored, 'message')} ${totals.alreadyStored === 1 ? 'was' : 'were'} already in memory`);
  return `Imported ${plural(totals.conversations, 'conversation')} (${parts.join('; ')}).`;
}

/** One import at a time: the chosen file is read, parsed, then sent in batches; each step shows in the state. */
function useImport(api: ReverieApi, parseExport: ExportParser) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const busy = state.phase === 'reading' || state.phase === 'sending';

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ phase: 'reading', fileName: file.name });
    let parsed: ParsedExport;
    try {
      // The File itself goes to the parser (a worker in the extension): this page never holds the file's bytes.
      parsed = await parseExport(file, file.name);
    } catch (e) {
      setState({ phase: 'error', message: `This file could not be read: ${errorMessage(e)}` });
      input.value = '';
      return;
    }
    if (parsed.conversations.length === 0) {
      setState({ phase: 'error', message: 'No conversations were found in this file.', skipped: parsed.skipped });
      input.value = '';
      return;
    }
    try {
      const totals = await sendInBatches(api, parsed.conversations, (done, total) =>
        setState({ phase: 'sending', done, total }),
      );
      setState({ phase: 'done', totals, skipped: parsed.skipped });
    } catch (e) {
      setState({ phase: 'error', message: `The import stopped: ${errorMessage(e)}`, skipped: parsed.skipped });
    }
    input.value = '';
  };

  return { state, busy, onFile };
}

/** Import a ChatGPT or Claude data export: read the file here, parse it here, send it in batches. */
export function ImportSection({ api, parseExport }: { api: ReverieApi; parseExport: ExportParser }) {
  const { state, busy, onFile } = useImport(api, parseExport);
  const skipped = state.phase === 'done' || state.phase === 'error' ? (state.skipped ?? []) : [];

  return (
    <section class="card" aria-labelledby="import-title">
      <h2 id="import-title">Import past chats</h2>
      <p class="muted">
        Bring in your history from ChatGPT or Claude. In their settings, ask for a data export; you get a .zip by
        email. Choose that .zip (or the conversations.json inside it). It is read on this computer only.
      </p>
      <label class="file-label">
        <span>Choose an export file</span>
        <input
          type="file"
          accept=".zip,.json,application/zip,application/json"
          disabled={busy}
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
      </label>
      <ImportProgress state={state} />
      {state.phase === 'error' && (
        <p class="error-text" role="alert">
          {state.message}
        </p>
      )}
      {skipped.length > 0 && <SkippedList skipped={skipped} />}
    </section>
  );
}

/** The live line: the file being read, the batches sent so far, then what was imported. */
function ImportProgress({ state }: { state: ImportState }) {
  return (
    <div role="status" aria-live="polite" class="import-status">
      {state.phase === 'reading' && <p>Reading {state.fileName}…</p>}
      {state.phase === 'sending' && (
        <ProgressBar
          value={state.total ? state.done / state.total : undefined}
          label={`Importing ${state.done} of ${plural(state.total, 'conversation')}`}
        />
      )}
      {state.phase === 'done' && (
        <p class="ok-text">
          {importedLine(state.totals)} Reverie will learn from them in the background.
        </p>
      )}
    </div>
  );
}

/** What the parser left out of the export, each with why. */
function SkippedList({ skipped }: { skipped: ParsedExport['skipped'] }) {
  return (
    <details class="skipped">
      <summary>{plural(skipped.length, 'item')} skipped</summary>
      <ul>
        {skipped.map((s, i) => (
          <li key={`${s.id ?? ''}-${i}`}>
            {s.id ? `${s.id}: ` : ''}
            {s.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
