import type { Finder, SecretSpan } from './rules';
import { looksLikeRandomToken, UUID } from './values';

/**
 * BO's round: a provider's key written as the provider's short name, a word for the key's kind, and a random body,
 * joined by one mark (`acme_sk_…`, `shop_live_…`, `corp-secret-…`, `hr.srv.…`). Many providers write their keys so
 * (Stripe's `sk_live_`, Shippo's `shippo_live_`, SumUp's `sup_sk_`), and new ones keep coming: the rules cannot list
 * every provider, but the kind words say the string is a secret key (a secret, a server's or a production key, a
 * personal access token, a live one), whoever issued it. The prefix is one short word of one case; the body, with its
 * marks taken out, must be random as only a machine writes it (`looksLikeRandomToken`: twenty characters or more,
 * letters and digits mixed as chance mixes them), or hex of twenty-four digits or more. Not `pk` or `pub` (a
 * publishable key is public by design), not `test` alone, not `key` or `id` (a cache key, a record's id).
 */
const KIND = String.raw`sk|rk|secret|srv|server|api|pat|prod|live|priv|private|SK|RK|SECRET|SRV|SERVER|API|PAT|PROD|LIVE|PRIV|PRIVATE`;
const KIND_THEN_BODY = new RegExp(String.raw`([_.:~-])(?:${KIND})\1([A-Za-z0-9][A-Za-z0-9_-]{19,300})={0,2}(?![A-Za-z0-9_=+/-])`, 'dg');
/** The provider's name before the first mark: one short word of one case, not itself part of a longer token. */
// Three characters at least: Stripe's two-letter objects (`cs_live_…`, a checkout session) are ids, and its keys
// (`sk_live_…`, `rk_live_…`) have their own rule.
const PROVIDER_BEFORE = /(?<![A-Za-z0-9_.~:/-])(?:[a-z][a-z0-9]{2,11}|[A-Z][A-Z0-9]{2,11})$/;
/**
 * BR's round: the kind word first, then the provider's short name (`sk_dwoll_…`, `sk_epo_…`, `SK-ACME-…`), as
 * other providers order the same parts. Stripe's own `sk_live_` and `sk_test_` (a mode, not a provider) are its rule's.
 */
const KIND_FIRST = /(?<![A-Za-z0-9_.~:/+=-])(sk|rk|secret|SK|RK|SECRET)([_-])([a-z][a-z0-9]{2,11}|[A-Z][A-Z0-9]{2,11})\2([A-Za-z0-9][A-Za-z0-9_-]{19,300})={0,2}(?![A-Za-z0-9_=+/-])/dg;
const KIND_FIRST_NOT_A_PROVIDER = /^(?:test|live|prod|dev|sandbox|demo|example|sample|key|id)$/i;
const PUBLIC_FIRST = /^(?:pk|pub|public|publishable|anon|client)$/i;

export function randomBody(body: string): boolean {
  if (UUID.test(body)) return false;
  // Groups joined by hyphens or underscores (`zzf2f26x-2fguu5xa-…`) are judged as one run, each group drawn at random
  // too (a digit in it, both cases, or sixteen characters): a node pool's `…-prod-default-pool-a8ba8fc4-gae0` has
  // words.
  const groups = body.split(/[-_]+/).filter(Boolean);
  if (groups.length > 1 && !groups.every((g) => /\d/.test(g) || (/[a-z]/.test(g) && /[A-Z]/.test(g)) || g.length >= 16)) return false;
  const core = body.replace(/[-_]/g, '');
  if (core.length < 20) return false;
  if (/^[0-9a-f]+$/i.test(core)) return core.length >= 24 && /\d/.test(core) && /[a-f]/i.test(core);
  return looksLikeRandomToken(core);
}

function findKeysWithAKindMarker(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  KIND_THEN_BODY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KIND_THEN_BODY.exec(text)); ) {
    const provider = PROVIDER_BEFORE.exec(text.slice(Math.max(0, m.index - 13), m.index));
    // `pk_live_…`, `pub_prod_…`: the first word says the key is the publishable kind, whatever follows.
    if (!provider || PUBLIC_FIRST.test(provider[0]) || !randomBody(m[2]!)) continue;
    spans.push({ start: m.index - provider[0].length, end: m.index + m[0].length, label: 'api key' });
  }
  KIND_FIRST.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KIND_FIRST.exec(text)); ) {
    if (KIND_FIRST_NOT_A_PROVIDER.test(m[3]!) || !randomBody(m[4]!)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'api key' });
  }
  return spans;
}

export const KEYS_WITH_A_KIND_MARKER_FINDERS: readonly Finder[] = [
  { name: 'keys-with-a-kind-marker', find: findKeysWithAKindMarker, trigger: /[_.:~-](?:sk|rk|secret|srv|server|api|pat|prod|live|priv|private|SK|RK|SECRET|SRV|SERVER|API|PAT|PROD|LIVE|PRIV|PRIVATE)[_.:~-]|(?:sk|rk|secret|SK|RK|SECRET)[_-][A-Za-z]/ },
];
