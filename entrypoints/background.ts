import { startBackground } from '../lib/background/main';
import { hasOffscreenApi, offscreenHost } from '../lib/background/host-connection';
import { inProcessHost } from '../lib/host/in-process';

export default defineBackground(() => {
  // Chrome: the engine lives in the offscreen document. Firefox: this background page hosts it.
  startBackground(hasOffscreenApi() ? offscreenHost() : inProcessHost());
});
