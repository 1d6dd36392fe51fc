import type { TurnRow } from '../db/schema';
import { SITES } from '../sites';
import { ownEntry } from '../util/own';
import type { Episode } from './episodes';
import { utcDay } from '../util/utc-day';

/**
 * Pattern mining over a recent window (7 days by default, as OpenClaw's REM phase): recurring topics, sites, times
 * of day, and tools/languages/approaches, each with how often it came up and how well those episodes went.
 */

export interface Pattern {
  key: string;
  kind: 'topic' | 'site' | 'time' | 'tool' | 'approach';
  label: string;
  episodes: number;
  days: number;
  /** Mean outcome of the episodes it appeared in (0..1). */
  success: number;
  sourceTurnIds: string[];
  lastAt: number;
}

const TOOLS: [string, RegExp][] = [
  ['Python', /\bpython\b|\bpandas\b|\bnumpy\b|\bpip install\b/i],
  ['TypeScript', /\btypescript\b|\btsconfig\b|\.tsx?\b/i],
  ['JavaScript', /\bjavascript\b|\bnode\.?js\b|\bnpm\b/i],
  ['Rust', /\brust\b|\bcargo\b|\bborrow checker\b/i],
  ['Go', /\bgolang\b|\bgo mod\b|\bgoroutines?\b/i],
  ['Java', /\bjava\b(?!script)|\bspring boot\b|\bmaven\b/i],
  ['C/C++', /\bc\+\+|\bcpp\b|\bclang\b|\bgcc\b/i],
  ['C#', /\bc#|\.net\b|\bdotnet\b/i],
  ['SQL', /\bsql\b|\bpostgres(?:ql)?\b|\bmysql\b|\bsqlite\b/i],
  ['React', /\breact\b|\bjsx\b|\bnext\.js\b/i],
  ['Docker', /\bdocker\b|\bkubernetes\b|\bk8s\b/i],
  ['Git', /\bgit\b|\bgithub\b|\bpull request\b/i],
  ['Excel', /\bexcel\b|\bspreadsheet\b|\bgoogle sheets\b/i],
  ['LaTeX', /\blatex\b|\boverleaf\b/i],
  ['Shell', /\bbash\b|\bzsh\b|\bshell script\b|\bpowershell\b/i],
];

const APPROACHES: [string, RegExp][] = [
  ['debugging', /\b(?:debug|error|exception|stack ?trace|bug|crash(?:es|ed)?)\b/i],
  ['writing and editing', /\b(?:rewrite|proofread|edit (?:this|my)|draft|essay|email to)\b/i],
  ['translation', /\btranslat(?:e|ion)\b/i],
  ['summarising', /\bsummari[sz]e|\btl;?dr\b/i],
  ['explanations', /\bexplain\b|\bwhat is\b|\bhow does\b/i],
  ['planning', /\bplan\b|\bschedule\b|\bitinerary\b|\broadmap\b/i],
  ['brainstorming', /\bbrainstorm|\bideas? for\b/i],
  ['step-by-step help', /\bstep[- ]by[- ]step\b/i],
];

function bucket(at: number): string {
  const h = new Date(at).getHours();
  return h < 6 ? 'at night' : h < 12 ? 'in the morning' : h < 18 ? 'in the afternoon' : 'in the evening';
}

export function minePatterns(
  episodes: Episode[],
  turnsById: Map<string, TurnRow>,
  /** Episode id → topic label (from the community most of its memories fall in). */
  topicOf: Map<string, string>,
  windowStart: number,
  windowEnd: number,
): Pattern[] {
  const acc = new Map<string, { kind: Pattern['kind']; label: string; eps: Episode[] }>();
  const add = (kind: Pattern['kind'], label: string, ep: Episode) => {
    const key = `${kind}:${label.toLowerCase()}`;
    const a = acc.get(key) ?? { kind, label, eps: [] };
    a.eps.push(ep);
    acc.set(key, a);
  };
  const recent = episodes
    .filter((e) => e.end >= windowStart && e.start <= windowEnd)
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  for (const ep of recent) {
    // What the user uses and asks for is in the user's own turns: an assistant's wording ("here is a step-by-step…") is not.
    const text = ep.turnIds.map((id) => turnsById.get(id)).filter((t) => t?.role === 'user').map((t) => t!.text).join('\n');
    add('site', ep.site, ep);
    add('time', bucket(ep.start), ep);
    const topic = topicOf.get(ep.id);
    if (topic) add('topic', topic, ep);
    for (const [name, re] of TOOLS) if (re.test(text)) add('tool', name, ep);
    for (const [name, re] of APPROACHES) if (re.test(text)) add('approach', name, ep);
  }
  const out: Pattern[] = [];
  for (const [key, a] of acc) {
    const conversations = new Set(a.eps.map((e) => e.conversationKey));
    // Recurring = seen in at least two conversations, on at least two days, within the window: four chats in one
    // evening are one evening, not a habit.
    const days = new Set(a.eps.map((e) => utcDay(e.start)));
    if (conversations.size < 2 || days.size < 2) continue;
    const turnIds = [...new Set(a.eps.flatMap((e) => e.turnIds.slice(0, 2)))].slice(0, 40);
    out.push({
      key,
      kind: a.kind,
      label: a.label,
      episodes: a.eps.length,
      days: days.size,
      success: Math.round((a.eps.reduce((s, e) => s + e.outcome, 0) / a.eps.length) * 100) / 100,
      sourceTurnIds: turnIds,
      lastAt: Math.max(...a.eps.map((e) => e.end)),
    });
  }
  out.sort((a, b) => b.episodes - a.episodes || (a.key < b.key ? -1 : 1));
  return out;
}

export function describePattern(p: Pattern): string {
  const what =
    p.kind === 'site'
      ? `Often chats on ${ownEntry(SITES, p.label)?.name ?? p.label}`
      : p.kind === 'time'
        ? `Often chats ${p.label}`
        : p.kind === 'topic'
          ? `Recurring topic: ${p.label}`
          : p.kind === 'tool'
            ? `Often uses ${p.label}`
            : `Often asks for ${p.label}`;
  // Plain words, no percentages: how the chats went is judged by whether the user had to repeat or correct.
  const how = p.success >= 0.85 ? 'they usually went well' : p.success >= 0.5 ? 'some needed a second try' : 'many needed repeats or corrections';
  return `${what} (${p.episodes} chat${p.episodes === 1 ? '' : 's'} on ${p.days} day${p.days === 1 ? '' : 's'} in the last week; ${how}).`;
}
