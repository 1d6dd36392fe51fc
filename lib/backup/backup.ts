import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import type { QueueRow, ReverieDb } from '../db/schema';
import { notDerivedIndexRow } from '../engine/derived';

/**
 * Backups of any size. The extension's pages share the engine host's IndexedDB (same extension origin), so a backup is
 * read from and written to the database right where the user clicked, streamed by dexie-export-import in chunks:
 * no message between contexts carries it, so the browser's 64 MiB message limit does not apply. Derived indexes
 * (lexical, HNSW) are left out of a backup and never taken from one: the engine rebuilds them from the rows.
 */

export interface BackupInfo {
  /** Rows per table in the file, as its header declares them. */
  rows: Record<string, number>;
  totalRows: number;
}

/** A file that is not a backup this database can take, with the reason in words. */
export class BackupRefused extends Error {
  override name = 'BackupRefused';
}

const NOT_OURS = 'This file is not a Reverie backup (it was not exported by Reverie).';

/** Tables older versions had and this one dropped: an old backup's rows of them are skipped, not refused. */
const RETIRED_TABLES = ['links'];

/** Rows per exported chunk: bounds the memory one step of the export holds. */
const ROWS_PER_CHUNK = 2_000;

export function exportBackup(db: ReverieDb, onProgress?: (done: number, total: number) => void): Promise<Blob> {
  return exportDB(db, {
    prettyJson: false,
    filter: notDerivedIndexRow,
    numRowsPerChunk: ROWS_PER_CHUNK,
    progressCallback: onProgress ? ({ completedRows, totalRows }) => (onProgress(completedRows, totalRows ?? completedRows), true) : undefined,
  });
}

/** Reads only the file's header: is it a Reverie backup, and what does it hold. */
export async function checkBackup(db: ReverieDb, file: Blob): Promise<BackupInfo> {
  if (file.size === 0) throw new BackupRefused('This file is not a Reverie backup: it is empty, so it is not valid JSON.');
  // A backup is one JSON object: anything else is refused before the parser reads further than its first bytes.
  const head = (await file.slice(0, 64).text()).trimStart();
  if (!head.startsWith('{')) {
    if (/^(\[|"|-?\d|null\b|true\b|false\b)/.test(head)) throw new BackupRefused(NOT_OURS);
    throw new BackupRefused('This file is not a Reverie backup: it is not valid JSON.');
  }
  let meta: Awaited<ReturnType<typeof peakImportFile>>;
  try {
    meta = await peakImportFile(file);
  } catch (error) {
    throw new BackupRefused(`This file is not a Reverie backup: it is not valid JSON (${(error as Error).message}).`);
  }
  if (meta?.formatName !== 'dexie' || meta.data?.databaseName !== db.name)
    throw new BackupRefused(NOT_OURS);
  const known = new Set(db.tables.map((t) => t.name));
  const rows: Record<string, number> = {};
  let totalRows = 0;
  for (const table of meta.data.tables ?? []) {
    if (RETIRED_TABLES.includes(table.name)) continue;
    if (!known.has(table.name)) throw new BackupRefused(`This backup has a table Reverie does not know ("${table.name.slice(0, 40)}"); it may come from a newer version.`);
    rows[table.name] = table.rowCount;
    totalRows += table.rowCount;
  }
  return { rows, totalRows };
}

/**
 * Replaces the database with the backup, verified: the row counts afterwards must be those the file declares (less
 * the index rows left out). On any failure the database is put back as it was from a copy taken first, and the error
 * says nothing changed. The caller stops the engine first and restarts it afterwards (it rebuilds its indexes).
 */
export async function restoreBackup(db: ReverieDb, file: Blob, onProgress?: (done: number, total: number) => void): Promise<BackupInfo> {
  const info = await checkBackup(db, file);
  const safety = await exportBackup(db);
  try {
    const queued = await replaceWith(db, file, onProgress);
    for (const table of db.tables) {
      const expected = info.rows[table.name] ?? 0;
      const actual = table.name === 'queue' ? queued : await table.count();
      // `meta` may hold fewer rows than declared: older backups carried index blobs, which are not taken.
      if (table.name === 'meta' ? actual > expected : actual !== expected)
        throw new Error(`the ${table.name} table has ${actual} rows after restoring, the backup declares ${expected}`);
    }
    return info;
  } catch (error) {
    await replaceWith(db, safety);
    throw new BackupRefused(`The backup could not be restored: ${(error as Error).message}. Nothing was changed.`);
  }
}

/**
 * Every table replaced by the file's rows, except the durable queue: captures the background queued meanwhile (it
 * keeps accepting them during a restore) stay, the old data's embedding and index jobs go, and the file's own queued
 * work is added after them. Returns how many queue rows the file held.
 */
async function replaceWith(db: ReverieDb, file: Blob, onProgress?: (done: number, total: number) => void): Promise<number> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) if (table.name !== 'queue') await table.clear();
    await db.queue.where('kind').noneOf(['capture', 'capture-failed']).delete();
  });
  const fileQueue: QueueRow[] = [];
  await importInto(db, file, {
    acceptVersionDiff: true,
    skipTables: RETIRED_TABLES,
    filter: (table, value) => {
      if (table !== 'queue') return notDerivedIndexRow(table, value);
      const { seq: _seq, ...row } = value as QueueRow;
      fileQueue.push(row);
      return false;
    },
    progressCallback: onProgress ? ({ completedRows, totalRows }) => (onProgress(completedRows, totalRows ?? completedRows), true) : undefined,
  });
  if (fileQueue.length) await db.queue.bulkAdd(fileQueue);
  return fileQueue.length;
}
