/** A labelled progress bar; `value` is 0..1, or undefined while the total is unknown. */
export function ProgressBar({ value, label }: { value: number | undefined; label: string }) {
  const percent = value === undefined ? undefined : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div class="progress">
      <progress max={100} value={percent} aria-label={label} />
      <span class="progress-text">{percent === undefined ? label : `${label} — ${percent}%`}</span>
    </div>
  );
}
