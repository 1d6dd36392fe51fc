import { startBackground } from '../lib/background/main';
import { openWelcomeOnInstall } from '../lib/background/install';
import { offscreenHost } from '../lib/background/offscreen-client';
// Resolved per browser in wxt.config.ts: the real in-process host on Firefox, a stub on Chrome.
import { inProcessHost } from '#engine-host';

export default defineBackground(() => {
  // First, before anything is awaited, so the install event reaches it.
  openWelcomeOnInstall();
  // Chrome: the engine lives in the offscreen document (the MV3 service worker cannot host it).
  // Firefox: this background page hosts it.
  startBackground(import.meta.env.FIREFOX ? inProcessHost() : offscreenHost());
});
