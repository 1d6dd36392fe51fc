import { openReverieDb } from '../db/schema';
import type { PageApi } from '../messaging/protocol';
import { exportBackup, restoreBackup } from './backup';

/** What the options page does with backups; a prop, so component tests can hand it a fake. */
export interface PageBackup {
  exportFile(onProgress?: (done: number, total: number) => void): Promise<Blob>;
  restoreFile(file: Blob, onProgress?: (done: number, total: number) => void): Promise<void>;
}

/**
 * Backups made in the extension page itself, on the database the engine host also uses (same extension origin):
 * the engine host is told to stop writing while a backup is restored, then reopens on the restored rows.
 */
export function pageBackup(api: Pick<PageApi, 'beginRestore' | 'endRestore'>): PageBackup {
  const db = openReverieDb();
  return {
    exportFile: (onProgress) => exportBackup(db, onProgress),
    async restoreFile(file, onProgress) {
      await api.beginRestore();
      try {
        await restoreBackup(db, file, onProgress);
      } finally {
        await api.endRestore();
      }
    },
  };
}
