import { PREAMBLE_END, PREAMBLE_HEADINGS, PREAMBLE_INTRO, PREAMBLE_START, findPreambleSpans } from './delimiters';

/**
 * The compact, readable block Reverie puts in a composer:
 *
 *   ⟦reverie⟧ Notes from my past chats on Claude (delete this block if not wanted):
 *   About me:
 *   - Backend engineer moving to Lisbon; prefers short answers with code.
 *   Lately:
 *   - Rust async runtimes; Lisbon flat hunting
 *   Recent chats:
 *   - 2026-11-19 · Claude · Planning the Lisbon move
 *   Relevant:
 *   - 2026-11-02 · Landlord asked for 3 months' deposit
 *   ⟦/reverie⟧
 *
 * One item per line so editors turn it into paragraphs and users can delete a line; empty layers are left out. The
 * first line says what the block draws on (the user's choice for the site, lib/preamble/scope.ts): "my past chats on
 * Claude" or "all my past chats".
 */
export type Layer = keyof typeof PREAMBLE_HEADINGS;

/** Order of the sections in the block: the stable profile first, what matches the message last (nearest the message). */
export const LAYER_ORDER: readonly Layer[] = ['L4', 'L3', 'L2', 'L1'];

export const PREAMBLE_FIRST_LINE = `${PREAMBLE_START} ${PREAMBLE_INTRO}`;

/** What a block draws on, for its first line: one site's chats (by the site's name), every site's, or not said. */
export type BlockSource = { siteName: string } | 'all' | null;

/** The words after the start marker. The site's name comes from Reverie's own site list, never from a page. */
export function preambleIntro(source: BlockSource): string {
  if (source === null) return PREAMBLE_INTRO;
  const chats = source === 'all' ? 'all my past chats' : `my past chats on ${source.siteName}`;
  return `Notes from ${chats} (delete this block if not wanted):`;
}

function formatItem(text: string): string {
  return `- ${text}`;
}

/** One layer's heading and items; '' when it has none. */
export function formatSection(layer: Layer, items: readonly string[]): string {
  if (items.length === 0) return '';
  return [PREAMBLE_HEADINGS[layer], ...items.map(formatItem)].join('\n');
}

/** The whole block; '' when every layer is empty (memory has nothing to say). `intro`: preambleIntro's words. */
export function formatPreamble(sections: Partial<Record<Layer, readonly string[]>>, intro: string = PREAMBLE_INTRO): string {
  const body = LAYER_ORDER.map((layer) => formatSection(layer, sections[layer] ?? [])).filter((s) => s !== '');
  if (body.length === 0) return '';
  return [`${PREAMBLE_START} ${intro}`, ...body, PREAMBLE_END].join('\n');
}

/** The block's fixed cost: first line and end marker, as they appear around the sections. */
export function formatFrame(intro: string = PREAMBLE_INTRO): string {
  return `${PREAMBLE_START} ${intro}\n${PREAMBLE_END}`;
}

export interface ParsedPreamble {
  /** Whether a block (or what is left of one) was found. */
  found: boolean;
  /** Whether every block found had its end marker. */
  terminated: boolean;
  /** The first block's text as it stands in the composer (markers included), '' when none. */
  block: string;
  /** Everything that is not a block: what the user wrote. */
  message: string;
  /** The first block's items by layer, as edited by the user. */
  sections: Record<Layer, string[]>;
}

/**
 * Reads a composer's text back: tolerates a user who edited inside the block, an editor that re-wrapped each line in
 * its own paragraph (blank lines in between, non-breaking spaces), and a block whose end marker was deleted.
 */
export function parsePreamble(text: string): ParsedPreamble {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const spans = findPreambleSpans(normalised);
  const sections: Record<Layer, string[]> = { L1: [], L2: [], L3: [], L4: [] };
  if (spans.length === 0) {
    return { found: false, terminated: true, block: '', message: normalised.trim(), sections };
  }
  let message = '';
  let from = 0;
  for (const span of spans) {
    message += normalised.slice(from, span.start);
    from = span.end;
  }
  message += normalised.slice(from);
  const first = spans[0]!;
  const block = normalised.slice(first.start, first.end);
  const headingToLayer = new Map(LAYER_ORDER.map((l) => [PREAMBLE_HEADINGS[l].toLowerCase(), l] as const));
  let current: Layer | null = null;
  for (const raw of block.split('\n')) {
    const line = raw.replace(/⟦\s*\/?\s*reverie\s*⟧/gi, '').trim();
    if (line === '') continue;
    const layer = headingToLayer.get(line.toLowerCase());
    if (layer) current = layer;
    else if (current && line.startsWith('-')) sections[current].push(line.replace(/^-\s*/, ''));
  }
  return {
    found: true,
    terminated: spans.every((s) => s.terminated),
    block,
    message: message.replace(/\n{3,}/g, '\n\n').trim(),
    sections,
  };
}
