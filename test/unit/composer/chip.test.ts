// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showChip } from '../../../lib/composer/chip';

afterEach(() => {
  document.body.replaceChildren();
});

function setup(onInsert = vi.fn(async () => false)) {
  const anchor = document.createElement('div');
  document.body.appendChild(anchor);
  const writeText = vi.fn(async (_t: string) => {});
  const onDismiss = vi.fn();
  const chip = showChip({ doc: document, anchor, count: 6, onInsert, getText: () => 'BLOCK <b>x</b>', onDismiss, clipboard: { writeText } });
  const buttons = Array.from(chip.root.querySelectorAll('button'));
  const status = () => chip.root.querySelector('[role="status"]')!.textContent;
  return { chip, buttons, writeText, onDismiss, onInsert, status };
}

describe('showChip', () => {
  it('shows a small chip in a closed shadow root with labelled, focusable buttons', () => {
    const { chip, buttons } = setup();
    expect(chip.host.isConnected).toBe(true);
    expect(chip.host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(chip.root.textContent).toContain('Reverie: 6 memories —');
    expect(buttons.map((b) => b.textContent)).toEqual(['Insert', 'Copy', '×']);
    for (const b of buttons) {
      expect(b.type).toBe('button');
      expect(b.getAttribute('aria-label')).toBeTruthy();
    }
  });

  it('copies the block as plain text', async () => {
    const { buttons, writeText, status } = setup();
    buttons[1]!.click();
    await vi.waitFor(() => expect(status()).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith('BLOCK <b>x</b>');
  });

  it('retries insertion: stays with a message on failure, goes away on success', async () => {
    let succeed = false;
    const onInsert = vi.fn(async () => succeed);
    const { chip, buttons, status } = setup(onInsert);
    buttons[0]!.click();
    await vi.waitFor(() => expect(status()).toMatch(/Couldn't insert/));
    expect(chip.host.isConnected).toBe(true);
    succeed = true;
    buttons[0]!.click();
    await vi.waitFor(() => expect(chip.host.isConnected).toBe(false));
    expect(onInsert).toHaveBeenCalledTimes(2);
  });

  it('is dismissed by its × button or the Escape key', () => {
    const a = setup();
    a.buttons[2]!.click();
    expect(a.chip.host.isConnected).toBe(false);
    expect(a.onDismiss).toHaveBeenCalledTimes(1);
    const b = setup();
    b.buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(b.chip.host.isConnected).toBe(false);
    expect(b.onDismiss).toHaveBeenCalledTimes(1);
  });
});
