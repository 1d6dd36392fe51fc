import { useEffect, useRef, useState } from 'preact/hooks';
import type { MemoryRow } from '../../db/schema';
import { indexWords, isStopWord, isUnspacedScript, stem, WORD_PATTERN as WORD, words } from '../../engine/text';
import type { RecallHit } from '../../engine/types';
import type { SearchHit } from '../../messaging/protocol';
import type { ReverieApi } from '../api';
import { errorMessage } from '../common/errors';
import { Toast, type ToastState } from '../common/Toast';
import { memoryActions } from './memory-actions';
import { MemoryItem, type MemoryActions } from './MemoryItem';

export const RECENT_LIMIT = 50;
const SEARCH_K = 30;
/** At most this many shared words are named; the rest are counted. */
const WHY_WORDS = 4;

/** A listed memory; `via` is how search found it (absent in the recent list). */
export interface Entry {
  memory: MemoryRow;
  via?: RecallHit['via'];
  /** The note of a later correction or change of what it says (search results only). */
  correction?: string;
  /** Said in a role-play or a story, not by the user about themselves (search results only). */
  makeBelieve?: SearchHit['makeBelieve'];
}


/** A word as the lexical index keys it: lowercase, possessive and apostrophes dropped; null for a stop word. */
function keyWord(word: string): string | null {
  const w = words(word).join('').replace(/['’]s$/, '').replace(/['’]/g, '');
  return w && !isStopWord(w) ? w : null;
}

/**
 * The query's words that the memory's text also has, compared by stem as the search does ("hiking" finds "hikes"):
 * each as typed, with the memory's own form when it is another word.
 */
export function sharedWords(query: string, text: string): { word: string; as?: string }[] {
  const inText = new Map<string, { form: string; key: string }>();
  for (const form of text.match(WORD) ?? []) {
    const key = keyWord(form);
    if (key && !inText.has(stem(key))) inText.set(stem(key), { form, key });
  }
  const seen = new Set<string>();
  const out: { word: string; as?: string }[] = [];
  for (const word of query.match(WORD) ?? []) {
    if (isUnspacedScript(word)) {
      for (const part of sharedPieces(word, text)) {
        if (seen.has(part)) continue;
        seen.add(part);
        out.push({ word: part });
      }
      continue;
    }
    const key = keyWord(word);
    if (!key || seen.has(stem(key))) continue;
    seen.add(stem(key));
    const found = inText.get(stem(key));
    if (found) out.push(found.key === key ? { word } : { word, as: found.form });
  }
  return out;
}

/**
 * The pieces of a query word written without spaces (Chinese, Japanese, Thai …) that the text also has, as the search
 * finds them inside longer runs: the whole word when the text has it; else, for Chinese and Japanese, the longest
 * stretches of two characters or more the text has ("上海护士" in "在上海当护士": "上海", "护士"), and for the other
 * scripts the words the segmenter cuts it into.
 */
function sharedPieces(word: string, text: string): string[] {
  const lower = text.normalize('NFC').toLowerCase();
  if (lower.includes(word.toLowerCase())) return [word];
  const chars = [...word];
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)) {
    return indexWords(word).filter((unit) => unit.length > 1 && lower.includes(unit));
  }
  const out: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let end = i + 1;
    while (end < chars.length && lower.includes(chars.slice(i, end + 1).join(''))) end++;
    if (end - i >= 2) out.push(chars.slice(i, end).join(''));
    i = end;
  }
  return out;
}

/**
 * Why a search result is in the list, in words: the query words it shares (worked out here from the query and the
 * text, not taken from a score), "close in meaning" when the meaning search found it, "pinned" when that lifted it.
 */
export function whyMatched(query: string, hit: Entry): string {
  const via = hit.via ?? [];
  const { memory } = hit;
  const shared = sharedWords(query, memory.speaker ? `${memory.text} ${memory.speaker}` : memory.text);
  const reasons: string[] = [];
  if (shared.length) {
    const named = shared.slice(0, WHY_WORDS).map((s) => (s.as ? `“${s.word}” (as “${s.as}”)` : `“${s.word}”`));
    const more = shared.length - named.length;
    reasons.push(`Has your ${shared.length === 1 ? 'word' : 'words'} ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
    if (via.includes('vector')) reasons.push('close in meaning');
  } else if (via.includes('lexical')) {
    // Found by words that are not in its own text: in the turn it answers, or the one around it.
    reasons.push('Your words are in the conversation around it');
  } else if (via.includes('vector')) {
    reasons.push('Close in meaning, no words in common');
  } else if (via.includes('recency')) {
    // A time phrase and nothing else ("yesterday"): the search lists what happened then.
    reasons.push('From the time you asked about');
  }
  if (via.includes('pinned')) reasons.push(reasons.length ? 'pinned' : 'Pinned');
  return reasons.join(' · ');
}

/** The memories for `query` (recent ones when it is empty), searched once typing pauses for `debounceMs`. */
function useMemoryList(api: ReverieApi, query: string, debounceMs: number) {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The query the shown list answers ('' for recent memories): until a search returns, the old list stays and says so.
  const [listQuery, setListQuery] = useState('');
  // Only the latest request may fill the list: a slow earlier search must not overwrite a newer one.
  const requestSeq = useRef(0);

  useEffect(() => {
    const seq = ++requestSeq.current;
    const trimmed = query.trim();
    const load = async () => {
      try {
        const rows: Entry[] = trimmed
          ? (await api.searchMemories({ query: trimmed, k: SEARCH_K })).map((hit) => ({ memory: hit.memory, via: hit.via, correction: hit.correction, makeBelieve: hit.makeBelieve }))
          : (await api.listMemories({ limit: RECENT_LIMIT })).map((memory) => ({ memory }));
        if (seq !== requestSeq.current) return;
        setEntries(rows.filter((e) => e.memory.status !== 'deleted'));
        setListQuery(trimmed);
        setError(null);
      } catch (e) {
        if (seq === requestSeq.current) setError(errorMessage(e));
      }
    };
    if (!trimmed) {
      void load();
      return;
    }
    const timer = setTimeout(load, debounceMs);
    return () => clearTimeout(timer);
  }, [query, api, debounceMs]);

  return { entries, setEntries, error, listQuery };
}

/** The toast under the list: each one shown gets a new id, so the same message shown again starts its time over. */
function useToast() {
  const [toast, setToast] = useState<ToastState | null>(null);
  const toastSeq = useRef(0);
  const showToast = (message: string, actionLabel?: string, onAction?: () => void) =>
    setToast({ id: ++toastSeq.current, message, actionLabel, onAction });
  return { toast, showToast, hideToast: () => setToast(null) };
}

/**
 * Search box over a memory list. Empty query: the most recent memories; otherwise search results. Every change
 * to a memory goes through the api and then updates the list in place.
 */
export function MemoriesView({
  api,
  debounceMs = 250,
  onChanged,
}: {
  api: ReverieApi;
  debounceMs?: number;
  /** Called after a change that alters counts (delete, forget), so the status can refresh. */
  onChanged?: () => void;
}) {
  const [query, setQuery] = useState('');
  const { entries, setEntries, error, listQuery } = useMemoryList(api, query, debounceMs);
  const { toast, showToast, hideToast } = useToast();
  const actions = memoryActions({ api, entries, setEntries, showToast, hideToast, onChanged });

  return (
    <div class="memories">
      <SearchBox query={query} onQuery={setQuery} />
      <MemoryListSection entries={entries} error={error} listQuery={listQuery} actions={actions} />
      <Toast toast={toast} onDismiss={hideToast} />
    </div>
  );
}

function SearchBox({ query, onQuery }: { query: string; onQuery: (query: string) => void }) {
  return (
    <form role="search" class="search" onSubmit={(e) => e.preventDefault()}>
      <label for="memory-search">Search your memories</label>
      <input
        id="memory-search"
        type="search"
        value={query}
        placeholder="e.g. travel plans, my dog's name"
        autoComplete="off"
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
    </form>
  );
}

/** The list's heading, its error, loading and empty states, and the memories (with why each matched, when searched). */
function MemoryListSection({
  entries,
  error,
  listQuery,
  actions,
}: {
  entries: Entry[] | null;
  error: string | null;
  listQuery: string;
  actions: MemoryActions;
}) {
  const searching = listQuery.length > 0;
  return (
    <>
      <h2 class="section-title">{searching ? 'Results' : 'Recent memories'}</h2>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      {!searching && entries && entries.length > 0 && (
        <p class="muted small">Newest first, by when it happened.</p>
      )}
      {entries === null && !error && <p class="muted">Loading…</p>}
      {entries && entries.length === 0 && (
        <p class="muted">{searching ? 'Nothing found.' : 'No memories yet. Chat on a supported site and they will appear here.'}</p>
      )}
      {entries && entries.length > 0 && (
        <ul class="memory-list" aria-label={searching ? 'Search results' : 'Recent memories'}>
          {entries.map((entry) => (
            <MemoryItem
              key={entry.memory.id}
              memory={entry.memory}
              actions={actions}
              why={searching && entry.via ? whyMatched(listQuery, entry) : undefined}
              correction={searching ? entry.correction : undefined}
              makeBelieve={searching ? entry.makeBelieve : undefined}
            />
          ))}
        </ul>
      )}
    </>
  );
}
