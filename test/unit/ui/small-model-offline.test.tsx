// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import type { ModelStatus } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { ModelNotice } from '../../../lib/ui/common/ModelNotice';
import { modelNotice } from '../../../lib/ui/common/modelState';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/**
 * A model that failed to download says so in plain words only: the browser's own message ("Failed to fetch") is not
 * on screen, where it reads as a fault of the user's; it goes to the console, for developers.
 */

const searchModel = (error: string): ModelStatus => ({ id: DEFAULT_SETTINGS.embedModel, kind: 'embedding', state: 'error', error });
const dreamModel = (error: string): ModelStatus => ({ id: DEFAULT_SETTINGS.llmModel, kind: 'llm', state: 'error', error });

describe('a failed model download, in plain words only', () => {
  it.each([
    ['search model offline', searchModel('TypeError: Failed to fetch')],
    ['dream model offline', dreamModel('NetworkError when attempting to fetch resource.')],
    ['search model that cannot load', searchModel('no available backend found. ERR: [wasm] RuntimeError: abort')],
  ])('%s: the plain words, and nothing of the browser message', (_name, model) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { container } = render(<ModelNotice model={model} consent onRetry={async () => undefined} />);
    const notice = modelNotice(model, true)!;
    expect(container.textContent).toContain(notice.headline);
    expect(container.textContent).toContain(notice.stillWorks);
    expect(container.textContent).not.toContain(model.error);
    expect(container.textContent).not.toMatch(/browser said/i);
    expect(Object.values(notice).join(' ')).not.toContain(model.error);
    // For developers: the message is in the console, once.
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]!.join(' ')).toContain(model.error);
  });

  it('offline reads as offline', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<ModelNotice model={searchModel('Failed to fetch')} consent />);
    expect(screen.getByText(/could not be downloaded: this computer is offline, or huggingface\.co can't be reached/)).toBeTruthy();
  });
});
