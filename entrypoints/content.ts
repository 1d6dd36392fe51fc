import { SITE_MATCHES } from '../lib/sites';
import { startContentScript } from '../lib/content/main';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx);
  },
});
