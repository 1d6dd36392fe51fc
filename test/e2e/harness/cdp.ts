import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Chrome DevTools Protocol helpers for reliability tests: list the extension's targets (service worker, offscreen
 * document) and kill them the way Chrome itself does when it stops an idle worker or closes a document.
 */
export class ExtensionTargets {
  private constructor(
    private readonly cdp: CDPSession,
    readonly extensionId: string,
  ) {}

  /** A CDP session on `page` (any page will do: the Target domain sees every target of the browser). */
  static async attach(context: BrowserContext, page: Page, extensionId: string): Promise<ExtensionTargets> {
    return new ExtensionTargets(await context.newCDPSession(page), extensionId);
  }

  async list(): Promise<TargetInfo[]> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${this.extensionId}/`));
  }

  async serviceWorker(): Promise<TargetInfo | undefined> {
    return (await this.list()).find((t) => t.type === 'service_worker');
  }

  /** The offscreen document (CDP reports it as a 'background_page' target, some versions as 'page' or 'other'). */
  async offscreen(): Promise<TargetInfo | undefined> {
    return (await this.list()).find((t) => t.url.endsWith('/offscreen.html'));
  }

  /** Stops the service worker as if Chrome had terminated it; false when none was running. */
  async stopServiceWorker(): Promise<boolean> {
    const sw = await this.serviceWorker();
    if (!sw) return false;
    await this.cdp.send('Target.closeTarget', { targetId: sw.targetId }).catch(() => undefined);
    return true;
  }

  /** Closes the offscreen document (the engine host); false when none was open. */
  async closeOffscreen(): Promise<boolean> {
    const doc = await this.offscreen();
    if (!doc) return false;
    await this.cdp.send('Target.closeTarget', { targetId: doc.targetId }).catch(() => undefined);
    return true;
  }

  /**
   * Attaches to a target Playwright does not model (the offscreen document) through this session, in the
   * non-flattened mode (messages wrapped in Target.sendMessageToTarget), enables Network there and reports each
   * request's URL. Returns an `evaluate` for expressions in that target (DevTools evaluation, not bound by the CSP).
   */
  async watchNetwork(targetId: string, onRequest: (url: string) => void): Promise<{ evaluate(expression: string): Promise<unknown> }> {
    const { sessionId } = (await this.cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    let nextId = 1;
    const pending = new Map<number, (result: any) => void>();
    this.cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message);
      if (message.method === 'Network.requestWillBeSent') onRequest(message.params.request.url);
      if (message.id && pending.has(message.id)) {
        pending.get(message.id)!(message.result ?? { error: message.error });
        pending.delete(message.id);
      }
    });
    const call = (method: string, params: unknown = {}) =>
      new Promise<any>((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        void this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
    await call('Network.enable');
    return {
      evaluate: async (expression) => (await call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result?.value,
    };
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
