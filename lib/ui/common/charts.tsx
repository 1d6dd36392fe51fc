import type { DailyCount } from '../../messaging/protocol';
import { plural } from './format';

/**
 * Small charts drawn as preact SVG elements: no chart library, no HTML strings, every label a text node.
 */

const WIDTH = 360;
const HEIGHT = 110;
const AXIS = 16;

/** Bars per day: saved chat messages (light) behind memories (accent). */
export function DailyChart({ days }: { days: DailyCount[] }) {
  const max = Math.max(1, ...days.map((d) => Math.max(d.turns, d.memories)));
  const slot = days.length ? WIDTH / days.length : WIDTH;
  const barWidth = Math.max(1, slot * 0.7);
  const plotHeight = HEIGHT - AXIS;
  const totalTurns = days.reduce((sum, d) => sum + d.turns, 0);
  const totalMemories = days.reduce((sum, d) => sum + d.memories, 0);
  const summary = `Last ${plural(days.length, 'day')}: ${plural(totalTurns, 'chat message')} saved, ${plural(totalMemories, 'memory', 'memories')} made.`;
  const first = days[0];
  const last = days[days.length - 1];
  const height = (n: number) => (n / max) * (plotHeight - 4);

  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} class="daily-chart">
        <title>{summary}</title>
        {days.map((d, i) => {
          const x = i * slot + (slot - barWidth) / 2;
          return (
            <g key={d.day} class="day">
              <title>{`${d.day}: ${plural(d.turns, 'message')}, ${plural(d.memories, 'memory', 'memories')}`}</title>
              <rect class="bar-turns" x={x} y={plotHeight - height(d.turns)} width={barWidth} height={height(d.turns)} />
              <rect
                class="bar-memories"
                x={x + barWidth * 0.25}
                y={plotHeight - height(d.memories)}
                width={barWidth * 0.5}
                height={height(d.memories)}
              />
            </g>
          );
        })}
        <line class="axis" x1={0} x2={WIDTH} y1={plotHeight} y2={plotHeight} />
        {first && last && (
          <>
            <text class="axis-label" x={0} y={HEIGHT - 3}>
              {first.day}
            </text>
            <text class="axis-label" x={WIDTH} y={HEIGHT - 3} text-anchor="end">
              {last.day}
            </text>
          </>
        )}
      </svg>
      <figcaption class="small muted legend">
        <span class="swatch swatch-turns" aria-hidden="true" /> chat messages saved{' '}
        <span class="swatch swatch-memories" aria-hidden="true" /> memories made
      </figcaption>
    </figure>
  );
}

/** What memory is made of: one horizontal bar per topic, longest first. */
export function TopicBars({ topics, limit = 8 }: { topics: { topic: string; count: number }[]; limit?: number }) {
  const shown = [...topics].sort((a, b) => b.count - a.count).slice(0, limit);
  const max = Math.max(1, ...shown.map((t) => t.count));
  return (
    <ul class="topic-bars">
      {shown.map((t) => (
        <li key={t.topic}>
          <span class="topic-name">{t.topic}</span>
          <span class="topic-track" aria-hidden="true">
            <span class="topic-fill" style={{ width: `${(t.count / max) * 100}%` }} />
          </span>
          <span class="topic-count">{t.count}</span>
        </li>
      ))}
    </ul>
  );
}
