import { SITE_MATCHES } from '../lib/sites';
export default defineContentScript({
  matches: import.meta.env.MODE === 'test' ? [...SITE_MATCHES, 'http://127.0.0.1/*'] : SITE_MATCHES,
  runAt: 'document_idle',
  main() {},
});
