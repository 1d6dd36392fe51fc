import { useEffect, useState } from 'preact/hooks';
import type { DiaryRow } from '../../db/schema';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { formatDate } from '../common/format';
import { Markdown } from '../common/Markdown';
import { entryHeading } from './diary-heading';

const DIARY_LIMIT = 100;

export interface DreamGroup {
  runId: string;
  at: number;
  entries: DiaryRow[];
}

/** Diary rows grouped by dream run, newest run first, entries in the order they were written. */
export function groupByRun(rows: DiaryRow[]): DreamGroup[] {
  const groups = new Map<string, DreamGroup>();
  for (const row of rows) {
    const group = groups.get(row.runId) ?? { runId: row.runId, at: row.createdAt, entries: [] };
    group.at = Math.min(group.at, row.createdAt);
    group.entries.push(row);
    groups.set(row.runId, group);
  }
  // A run stamps all its entries with its start time; the id (run:phase:sequence) keeps them in writing order.
  for (const group of groups.values()) group.entries.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...groups.values()].sort((a, b) => b.at - a.at);
}

/** The dream diary: what each dream changed, before → after, with approve and undo per change. */
export function DiaryView({ api, onChanged }: { api: ReverieApi; onChanged?: () => void }) {
  const [rows, setRows] = useState<DiaryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  useEffect(() => {
    api
      .getDiary({ limit: DIARY_LIMIT })
      .then(setRows)
      .catch((e) => setError(errorMessage(e)));
  }, [api]);

  const act = async (row: DiaryRow, call: (msg: { id: string }) => Promise<DiaryRow>) => {
    setBusyId(row.id);
    try {
      const updated = await call({ id: row.id });
      setRows((list) => list?.map((r) => (r.id === updated.id ? updated : r)) ?? null);
      setError(null);
      onChanged?.();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div class="diary">
      <p class="muted small">
        While you are away, Reverie tidies its memory: it merges repeats, updates what changed, learns from patterns
        and lets unused things fade. Approve the changes you agree with, or undo them.
      </p>
      <div role="status" aria-live="polite">
        {error && <p class="error-text">{error}</p>}
      </div>
      {rows === null && !error && <p class="muted">Loading…</p>}
      {rows && rows.length === 0 && <p class="muted">No dreams yet.</p>}
      {rows &&
        groupByRun(rows).map((group) => (
          <section class="dream" key={group.runId} aria-label={`Dream of ${formatDate(group.at)}`}>
            <h3 class="section-title">Dream of {formatDate(group.at)}</h3>
            <ul class="diary-list">
              {group.entries.map((row) => (
                <DiaryEntry
                  key={row.id}
                  row={row}
                  busy={busyId === row.id}
                  onApprove={() => act(row, (m) => api.approveDiary(m))}
                  onUndo={() => act(row, (m) => api.undoDiary(m))}
                />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

/** Rows with the same text and status shown once, with their count: a 13-way merge reads "13 copies of …". */
export function collapseCopies(rows: DiaryRow['before']): { row: DiaryRow['before'][number]; copies: number }[] {
  const groups = new Map<string, { row: DiaryRow['before'][number]; copies: number }>();
  for (const row of rows) {
    const key = `${row.status}\u0000${row.text.trim().toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.copies++;
    else groups.set(key, { row, copies: 1 });
  }
  return [...groups.values()];
}

function DiaryEntry(props: { row: DiaryRow; busy: boolean; onApprove: () => void; onUndo: () => void }) {
  const { row, busy } = props;
  const { lead, rest } = entryHeading(row.kind, row.summary);
  return (
    <li class={`diary-entry status-${row.status}`}>
      <p>
        <strong>{lead}</strong>
        {rest && <span>{rest}</span>}
      </p>
      {/* What a chat asked to forget is not shown again here: the summary says how much, and Undo brings it back. */}
      {row.kind !== 'forget' && (row.before.length > 0 || row.after.length > 0) && (
        <div class="before-after">
          {row.before.length > 0 && (
            <div>
              <span class="small muted">Before</span>
              <ul>
                {collapseCopies(row.before).map(({ row: m, copies }) => (
                  <li key={m.id} class="before">
                    {copies > 1 && <span class="small muted">{copies} copies of: </span>}
                    <Markdown text={m.text} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {row.after.length > 0 && (
            <div>
              <span class="small muted">After</span>
              <ul>
                {collapseCopies(row.after).map(({ row: m, copies }) =>
                  // A replaced or merged-away row is part of "after" too, but no longer in use: show it struck out.
                  m.status === 'superseded' || m.status === 'deleted' ? (
                    <li key={m.id} class="before" title="No longer in use">
                      {copies > 1 && <span class="small muted">{copies} copies of: </span>}
                      <Markdown text={m.text} />
                    </li>
                  ) : (
                    <li key={m.id} class="after">
                      <Markdown text={m.text} />
                    </li>
                  ),
                )}
              </ul>
            </div>
          )}
        </div>
      )}
      <div class="row">
        {row.status === 'applied' && (
          <button type="button" class="button" disabled={busy} onClick={props.onApprove}>
            Approve
          </button>
        )}
        {row.status === 'approved' && <span class="small ok-text">Approved</span>}
        {row.status !== 'undone' ? (
          <button type="button" class="button" disabled={busy} onClick={props.onUndo}>
            Undo
          </button>
        ) : (
          <span class="small muted">Undone</span>
        )}
      </div>
    </li>
  );
}
