import { useEffect, useState } from 'preact/hooks';
import type { DailyCount } from '../../messaging/protocol';
import type { ReverieApi } from '../api';
import { DailyChart, TopicBars } from '../common/charts';
import { errorMessage } from '../common/errors';

const OVERVIEW_DAYS = 30;

/** A small picture of memory: activity per day and the topics it is made of. */
export function OverviewView({ api }: { api: ReverieApi }) {
  const [days, setDays] = useState<DailyCount[] | null>(null);
  const [topics, setTopics] = useState<{ topic: string; count: number }[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.statsDaily({ days: OVERVIEW_DAYS }).then(setDays, (e) => setError(errorMessage(e)));
    api.statsTopics().then(setTopics, (e) => setError(errorMessage(e)));
  }, [api]);

  return (
    <div class="overview">
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <h2 class="section-title">Each day</h2>
      {days === null ? <p class="muted">Loading…</p> : <DailyChart days={days} />}
      <h2 class="section-title">What your memory is about</h2>
      {topics === null ? (
        <p class="muted">Loading…</p>
      ) : topics.length === 0 ? (
        <p class="muted">Topics appear after the first dream.</p>
      ) : (
        <TopicBars topics={topics} />
      )}
    </div>
  );
}
