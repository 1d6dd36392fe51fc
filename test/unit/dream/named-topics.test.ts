import { describe, expect, it } from 'vitest';
import type { MemoryRow } from '../../../lib/db/schema';
import { mergeTopic, planTopicChanges, topicRowId, type NamedTopic } from '../../../lib/dream/named-topics';
import { DAY, T0 } from './fixture';

/** The topics an LLM named, as rows: one per name, merged across windows and dreams, archived when no longer lately. */

const topic = (name: string, lastAt: number, turns = [`chatgpt:${name}#0`], key = `chatgpt:${name}`): NamedTopic => ({
  name,
  sourceTurnIds: turns,
  conversationKeys: [key],
  firstAt: lastAt,
  lastAt,
});
const none = new Map<string, MemoryRow>();
const opts = { maxTopics: 3, tombstoned: () => false };

describe('named topics', () => {
  it('one per name: windows naming it again add their turns and widen its dates', () => {
    const list: NamedTopic[] = [];
    mergeTopic(list, topic('Kitchen renovation', T0, ['k#0'], 'k'));
    mergeTopic(list, topic('kitchen  Renovation', T0 + DAY, ['k2#0'], 'k2'));
    expect(list).toEqual([{ name: 'Kitchen renovation', sourceTurnIds: ['k#0', 'k2#0'], conversationKeys: ['k', 'k2'], firstAt: T0, lastAt: T0 + DAY }]);
  });

  it('a new name is a row of its own; a later dream merges into it; names from chats older than four weeks are not lately', () => {
    const at = T0 + 40 * DAY;
    const first = planTopicChanges([topic('Learning Rust', at - DAY), topic('Tax return', T0)], none, [], at, opts);
    expect(first.map((c) => c.summary)).toEqual(['Named what you are working on lately: Learning Rust.']);
    const row = first[0]!.after[0]!;
    expect(row).toMatchObject({ id: topicRowId('Learning Rust'), kind: 'domain', origin: 'dream-llm', text: 'Learning Rust', conversationKey: 'chatgpt:Learning Rust' });

    const again = planTopicChanges([topic('Learning Rust', at + DAY, ['chatgpt:other#3'], 'chatgpt:other')], new Map([[row.id, row]]), [row], at + DAY, opts);
    expect(again.map((c) => c.summary)).toEqual(['Still working on: Learning Rust.']);
    expect(again[0]!.after[0]).toMatchObject({ sourceTurnIds: ['chatgpt:Learning Rust#0', 'chatgpt:other#3'], validFrom: at - DAY, occurredAt: at + DAY });
    expect(again[0]!.after[0]!.conversationKey).toBeUndefined(); // two conversations: forgetting one leaves the topic
  });

  it('names seen again share one diary entry, which undoes them together; a new name keeps its own', () => {
    const at = T0 + 40 * DAY;
    const rows = planTopicChanges([topic('Learning Rust', at), topic('Kitchen renovation', at)], none, [], at, opts).map((c) => c.after[0]!);
    const later = at + DAY;
    const changes = planTopicChanges(
      [topic('Learning Rust', later, ['r#1'], 'r'), topic('Kitchen renovation', later, ['k#1'], 'k'), topic('Tax return', later)],
      new Map(rows.map((r) => [r.id, r])),
      rows,
      later,
      opts,
    );
    expect(changes.map((c) => c.summary)).toEqual(['Named what you are working on lately: Tax return.', 'Still working on: Learning Rust; Kitchen renovation.']);
    expect(changes[1]!.before).toEqual(rows);
    expect(changes[1]!.after.map((m) => [m.id, m.occurredAt])).toEqual(rows.map((r) => [r.id, later]));
  });

  it('archives what was not seen for four weeks and the least recent beyond the cap; pinned, deleted and tombstoned names are left be', () => {
    const at = T0 + 60 * DAY;
    const rows = planTopicChanges(['A1', 'B2', 'C3', 'D4'].map((n, i) => topic(`Topic ${n}`, at - (10 - i) * DAY)), none, [], at, { ...opts, maxTopics: 9 }).map((c) => c.after[0]!);
    const stale = { ...rows[0]!, occurredAt: at - 30 * DAY };
    const pinned = { ...rows[1]!, occurredAt: at - 50 * DAY, pinned: true };
    const active = [stale, pinned, rows[2]!, rows[3]!];
    const deleted = { ...rows[3]!, id: topicRowId('Topic E5'), text: 'Topic E5', status: 'deleted' as const };
    const changes = planTopicChanges(
      [topic('Topic E5', at), topic('Topic F6', at), topic('Topic G7', at)],
      new Map([[deleted.id, deleted]]),
      active,
      at,
      { maxTopics: 2, tombstoned: (h) => h === planTopicChanges([topic('Topic G7', at)], none, [], at, opts)[0]!.after[0]!.hash },
    );
    expect(changes.map((c) => c.summary)).toEqual(['Named what you are working on lately: Topic F6.', 'No longer lately: Topic A1; Topic C3.']);
    expect(changes[1]!.after.every((m) => m.status === 'archived')).toBe(true);
  });
});
