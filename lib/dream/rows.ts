import type { MemoryKind, MemoryRow } from '../db/schema';
import { hashNormalised } from '../engine/text';

/** Memory rows the dream creates: ids derived from content, so a resumed run makes the same rows. */
export function dreamMemory(
  fields: Pick<MemoryRow, 'kind' | 'text' | 'sourceTurnIds' | 'occurredAt' | 'importance' | 'origin'> &
    Partial<MemoryRow> & { id?: string },
  at: number,
): MemoryRow {
  const hash = fields.hash ?? hashNormalised(fields.text);
  return {
    status: 'active',
    strength: 1,
    useCount: 0,
    pinned: false,
    createdAt: at,
    updatedAt: at,
    ...fields,
    id: fields.id ?? memoryIdFor(fields.kind, hash),
    hash,
  };
}

export function memoryIdFor(kind: MemoryKind, hash: string): string {
  return `${kind}:${hash}`;
}

export const FACT_KINDS: ReadonlySet<MemoryKind> = new Set(['fact', 'preference', 'instruction']);
