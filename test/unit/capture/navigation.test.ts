// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { contentContext, isContextInvalidated, standaloneContext } from '../../../lib/content/context';
import { watchNavigation, type NavigationChange } from '../../../lib/content/navigation';
import { observePage } from '../../../lib/content/page-changes';

/** A window with just what the navigation source reads: an address, events, and optionally `navigation`. */
function fakeWindow(href: string, withNavigationApi: boolean) {
  const win = new EventTarget() as EventTarget & { location: { href: string }; navigation?: EventTarget };
  win.location = { href };
  if (withNavigationApi) win.navigation = new EventTarget();
  return win;
}

function navigateEvent(url: string): Event {
  const event = new Event('navigate');
  Object.defineProperty(event, 'destination', { value: { url } });
  return event;
}

afterEach(() => document.body.replaceChildren());

describe('watchNavigation', () => {
  it('with the Navigation API: announces a move before it happens, then once the address changed', () => {
    const ctx = standaloneContext();
    const win = fakeWindow('https://claude.ai/chat/a', true);
    const changes: NavigationChange[] = [];
    watchNavigation(ctx, win as unknown as Window).subscribe((c) => changes.push(c));

    win.navigation!.dispatchEvent(navigateEvent('https://claude.ai/new'));
    expect(changes).toEqual([{ from: 'https://claude.ai/chat/a', to: 'https://claude.ai/new', early: true }]);
    win.location.href = 'https://claude.ai/new';
    win.navigation!.dispatchEvent(new Event('currententrychange'));
    expect(changes[1]).toEqual({ from: 'https://claude.ai/chat/a', to: 'https://claude.ai/new', early: false });
    // A reload or a same-address entry change is no move.
    win.navigation!.dispatchEvent(navigateEvent('https://claude.ai/new'));
    win.navigation!.dispatchEvent(new Event('currententrychange'));
    expect(changes).toHaveLength(2);
    // popstate is left to the Navigation API here.
    win.location.href = 'https://claude.ai/chat/b';
    win.dispatchEvent(new Event('popstate'));
    expect(changes).toHaveLength(2);
  });

  it("without it: WXT's wxt:locationchange, popstate and hashchange, each move once", () => {
    const ctx = standaloneContext();
    const win = fakeWindow('https://claude.ai/chat/a', false);
    const changes: NavigationChange[] = [];
    watchNavigation(ctx, win as unknown as Window).subscribe((c) => changes.push(c));
    win.location.href = 'https://claude.ai/chat/b';
    win.dispatchEvent(new Event('wxt:locationchange'));
    win.dispatchEvent(new Event('popstate')); // the same move, seen twice
    win.location.href = 'https://claude.ai/chat/b#end';
    win.dispatchEvent(new Event('hashchange'));
    expect(changes).toEqual([
      { from: 'https://claude.ai/chat/a', to: 'https://claude.ai/chat/b', early: false },
      { from: 'https://claude.ai/chat/b', to: 'https://claude.ai/chat/b#end', early: false },
    ]);
  });

  it('stops with its context', () => {
    const ctx = standaloneContext();
    const win = fakeWindow('https://claude.ai/chat/a', true);
    const changes: NavigationChange[] = [];
    watchNavigation(ctx, win as unknown as Window).subscribe((c) => changes.push(c));
    ctx.abort();
    win.navigation!.dispatchEvent(navigateEvent('https://claude.ai/new'));
    win.location.href = 'https://claude.ai/new';
    win.navigation!.dispatchEvent(new Event('currententrychange'));
    expect(changes).toEqual([]);
  });
});

describe('observePage', () => {
  it('one observer for every listener; pending records can be handed out at once; stops with its context', async () => {
    const ctx = standaloneContext();
    const changes = observePage(document, ctx);
    const a: number[] = [];
    const b: number[] = [];
    changes.subscribe((records) => a.push(records.length));
    changes.subscribe((records) => b.push(records.length));
    document.body.appendChild(document.createElement('p'));
    changes.deliverPending();
    expect(a).toEqual([1]);
    expect(b).toEqual([1]);
    await new Promise((r) => setTimeout(r, 0));
    expect(a).toEqual([1]); // handed out once only

    ctx.abort();
    document.body.appendChild(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    changes.deliverPending();
    expect(a).toEqual([1]);
  });
});

describe('content script context', () => {
  it('timers do not fire once invalidated, and one listener serves them all', async () => {
    let valid = true;
    const listeners: (() => void)[] = [];
    const ctx = contentContext({
      get isValid() {
        return valid;
      },
      onInvalidated: (cb) => {
        listeners.push(cb);
        return () => undefined;
      },
      addEventListener: () => undefined,
      abort: () => {
        valid = false;
        listeners.forEach((cb) => cb());
      },
    });
    const fired: string[] = [];
    for (let i = 0; i < 50; i++) ctx.clearTimeout(ctx.setTimeout(() => fired.push('cleared'), 0));
    ctx.setTimeout(() => fired.push('kept'), 0);
    ctx.setTimeout(() => fired.push('after abort'), 20);
    expect(listeners).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 5));
    ctx.abort();
    await new Promise((r) => setTimeout(r, 30));
    expect(fired).toEqual(['kept']);
  });

  it('recognises the orphaned-script errors of both browsers', () => {
    expect(isContextInvalidated(new Error('Extension context invalidated.'))).toBe(true);
    expect(isContextInvalidated(new Error("can't access dead object"))).toBe(true);
    expect(isContextInvalidated(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(false);
  });
});
