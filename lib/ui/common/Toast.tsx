import { useEffect } from 'preact/hooks';

export interface ToastState {
  id: number;
  message: string;
  actionLabel?: string;
  onAction?: () => void;
}

/**
 * A short message at the bottom of the view, announced politely, with an optional action (e.g. "Undo").
 * It goes away after `timeoutMs`, or when dismissed.
 */
export function Toast({
  toast,
  onDismiss,
  timeoutMs = 8000,
}: {
  toast: ToastState | null;
  onDismiss: () => void;
  timeoutMs?: number;
}) {
  useEffect(() => {
    if (!toast || timeoutMs <= 0) return;
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast?.id, timeoutMs]);

  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast">
          <span>{toast.message}</span>
          {toast.actionLabel && toast.onAction && (
            <button type="button" class="link-button" onClick={toast.onAction}>
              {toast.actionLabel}
            </button>
          )}
          <button type="button" class="icon-button" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
