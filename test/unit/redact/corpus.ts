/**
 * The redaction measuring corpus: chat messages, shell transcripts, config files and code carrying FAKE secrets
 * (positives), and secret-shaped harmless text (look-alikes), generated from a seeded PRNG so every run sees the same
 * strings. Written anew for issue 15 — independent of test/fixtures/redaction, which tuned the rules before.
 *
 * Each secret is made by its documented format (prefix, alphabet, length, checksum) with random content; none is or
 * was ever a real credential. The look-alikes are the things a chat really holds that share a secret's shape.
 */
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as BIP39_ENGLISH } from '@scure/bip39/wordlists/english.js';
import { seededRng } from '../../../lib/util/seeded-rng';

interface PositiveCase {
  kind: string;
  text: string;
  /** What must not survive redaction (no 12-character stretch of any of them may remain). */
  secrets: string[];
  /** The whole stretch that may go with the secret (a PEM block with its BEGIN/END lines, a webhook URL). */
  region?: string;
}

interface NegativeCase {
  kind: string;
  text: string;
}

export interface Corpus {
  positives: PositiveCase[];
  negatives: NegativeCase[];
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const LETTERS = UPPER + LOWER;
const ALNUM = LETTERS + DIGITS;
const LOWER_ALNUM = LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const BASE32 = UPPER + '234567';
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

class Gen {
  private readonly rng: () => number;
  constructor(seed: number) {
    this.rng = seededRng(seed);
  }
  next(): number {
    return this.rng();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.rng() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.rng() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rng() * items.length)]!;
  }
  chars(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.rng() * alphabet.length)];
    return s;
  }
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(this.rng() * 256);
    return out;
  }
  /** Random string that, like random keys of that length, has at least one upper, lower and digit where the alphabet allows. */
  key(alphabet: string, n: number): string {
    for (;;) {
      const s = this.chars(alphabet, n);
      const ok =
        (!/[A-Z]/.test(alphabet) || /[A-Z]/.test(s) || n < 8) &&
        (!/[a-z]/.test(alphabet) || /[a-z]/.test(s) || n < 8) &&
        (!/\d/.test(alphabet) || /\d/.test(s) || n < 8);
      if (ok) return s;
    }
  }
  uuid(): string {
    const h = this.chars(HEX, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

const NAMES = ['ana', 'bob', 'chen', 'dmitri', 'emma', 'farah', 'gus', 'hiro', 'ines', 'jon', 'kofi', 'lena', 'maya', 'nils'];
const HOSTS = ['db.internal.lan', 'prod-db-1.acme.io', '10.0.3.17', 'mysql.staging.example.net', 'localhost', 'pg.eu-west-1.rds.amazonaws.com', 'cluster0.ab12c.mongodb.net', 'redis.cache.local', 'nas.home.arpa'];
const SERVICES = ['the shared drive', 'the NAS', 'the router', 'my Netflix', 'the staging server', 'the admin panel', 'Jenkins', 'the VPN', 'my laptop', 'the office wifi', 'the Grafana dashboard', 'the test account', 'my bank app', 'the build box'];

const OPENERS = ['', '', 'hey, ', 'Quick question: ', 'ok so ', 'Hi! ', 'Can you help? ', 'ugh. ', 'FYI ', 'For context, ', 'so basically ', 'Thanks. Also, ', 'Follow-up: ', 'Sorry, one more thing — '];
const CLOSERS = ['', '', ' Thanks!', ' What am I doing wrong?', ' Does that look right?', ' lol', " (don't share this)", ' It worked yesterday.', ' Any idea why it returns 401?', ' Can you explain?', '\n\nWhy does it fail?', ' — please keep it private.', ' Is that secure enough?'];
const CODE_INTROS = ['Here is my config:', 'This is what I have so far:', 'Why does this fail?', 'Can you clean this up?', 'Running this:', 'My setup looks like this:', 'error happens with this file', 'Relevant part:', 'pasting the whole thing'];
const CODE_OUTROS = ['', 'It throws 403 every time.', 'How do I make it faster?', 'Any obvious bug?', 'Thanks in advance.', 'the second call hangs', 'Convert it to TypeScript please.'];

function say(g: Gen, inner: string): string {
  return `${g.pick(OPENERS)}${inner}${g.pick(CLOSERS)}`;
}

function block(g: Gen, snippet: string, lang = ''): string {
  const fenced = g.chance(0.6) ? `\`\`\`${lang}\n${snippet}\n\`\`\`` : snippet;
  return `${g.pick(CODE_INTROS)}\n\n${fenced}\n\n${g.pick(CODE_OUTROS)}`.trim();
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function base64urlText(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function password(g: Gen): string {
  const words = ['Sunflower', 'tiger', 'Maple', 'orbit', 'Falcon', 'pepper', 'Harbor', 'quartz', 'Velvet', 'nimbus', 'cobalt', 'Juniper', 'walrus', 'Lantern', 'mango', 'Zephyr', 'granite', 'Otter'];
  switch (g.int(0, 8)) {
    case 0:
      return `${g.pick(words)}${g.int(1, 9999)}${g.pick(['!', '#', '$', '%', '&', '*', '?', '@'])}`;
    case 1:
      return g.key(ALNUM + '!#%*&^$', g.int(10, 22));
    case 2:
      return `${g.pick(words).toLowerCase()}-${g.pick(words).toLowerCase()}-${g.pick(words).toLowerCase()}${g.int(1, 99)}`;
    case 3:
      return `${g.pick(words)}_${g.int(1970, 2025)}`;
    case 4:
      return `${g.pick(words).toLowerCase()}${g.int(10, 2025)}`;
    case 5: {
      const leet = g.pick(words).replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3').replace(/i/g, '1');
      return `${leet}${g.pick(['!', '!!', '#1', '99', '$'])}`;
    }
    case 6:
      return g.key(ALNUM, g.int(8, 14));
    case 7:
      return `${g.pick(words)}${g.pick(words)}${g.int(1, 99)}${g.pick(['!', '.', '-', ''])}`;
    default:
      return `${g.chars(LOWER, g.int(3, 5))}${g.int(100, 99999)}`;
  }
}

/** Passwords with characters that break naive URL and shell parsing. */
function awkwardPassword(g: Gen): string {
  const core = g.key(ALNUM, g.int(6, 12));
  const i = g.int(1, core.length - 1);
  return core.slice(0, i) + g.pick(['@', '#', '!', '%', '&', '$', ':', '^', '*']) + core.slice(i);
}

// ---------------------------------------------------------------------------------------------------------------
// Provider tokens, each made by its documented format

interface Provider {
  kind: string;
  env: string;
  service: string;
  make(g: Gen): string;
}

function discordBotToken(g: Gen): string {
  const id = String(g.int(1, 9)) + g.chars(DIGITS, g.int(16, 18));
  return `${base64urlText(id)}.${g.chars(B64URL, 6)}.${g.key(B64URL, g.pick([27, 38]))}`;
}

function mapboxSecret(g: Gen): string {
  const claims = JSON.stringify({ u: g.pick(NAMES) + g.int(1, 99), a: 'cl' + g.chars(LOWER_ALNUM, 23) });
  return `sk.${base64urlText(claims)}.${g.key(B64URL, 22)}`;
}

function sentryOrgToken(g: Gen): string {
  const claims = JSON.stringify({ iat: g.int(1.6e9, 1.8e9), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: g.pick(['acme', 'globex', 'initech']) });
  return `sntrys_${base64urlText(claims)}_${g.key(B64URL, 43)}`;
}

const PROVIDERS: Provider[] = [
  { kind: 'github-classic', env: 'GITHUB_TOKEN', service: 'GitHub', make: (g) => `${g.pick(['ghp', 'gho', 'ghu', 'ghs', 'ghr'])}_${g.key(ALNUM, 36)}` },
  { kind: 'github-fine-grained', env: 'GH_TOKEN', service: 'GitHub', make: (g) => `github_pat_${g.key(ALNUM, 22)}_${g.key(ALNUM, 59)}` },
  { kind: 'gitlab', env: 'GITLAB_TOKEN', service: 'GitLab', make: (g) => (g.chance(0.5) ? `glpat-${g.key(B64URL, 20)}` : `glpat-${g.key(B64URL, 27)}.01.${g.chars(LOWER_ALNUM, 9)}`) },
  { kind: 'gitlab-runner', env: 'CI_RUNNER_TOKEN', service: 'GitLab runner', make: (g) => (g.chance(0.5) ? `glrt-${g.key(B64URL, 20)}` : `GR1348941${g.key(B64URL, 20)}`) },
  { kind: 'slack', env: 'SLACK_BOT_TOKEN', service: 'Slack', make: (g) => g.pick([
    () => `xoxb-${g.chars(DIGITS, g.int(10, 13))}-${g.chars(DIGITS, g.int(10, 13))}-${g.key(ALNUM, 24)}`,
    () => `xoxp-${g.chars(DIGITS, 12)}-${g.chars(DIGITS, 12)}-${g.chars(DIGITS, 13)}-${g.key(HEX, 32)}`,
    () => `xapp-1-A${g.key(UPPER + DIGITS, 10)}-${g.chars(DIGITS, 13)}-${g.key(HEX, 64)}`,
    () => `xoxe.xoxp-1-${g.key(ALNUM, 140)}`,
  ])() },
  { kind: 'stripe', env: 'STRIPE_SECRET_KEY', service: 'Stripe', make: (g) => `${g.pick(['sk', 'rk'])}_${g.pick(['live', 'test'])}_${g.key(ALNUM, g.pick([24, 99]))}` },
  { kind: 'stripe-webhook', env: 'STRIPE_WEBHOOK_SECRET', service: 'Stripe webhook', make: (g) => `whsec_${g.key(ALNUM, 32)}` },
  { kind: 'openai', env: 'OPENAI_API_KEY', service: 'OpenAI', make: (g) => g.pick([
    () => `sk-${g.key(ALNUM, 20)}T3BlbkFJ${g.key(ALNUM, 20)}`,
    () => `sk-proj-${g.key(B64URL, 74)}T3BlbkFJ${g.key(B64URL, 74)}`,
    () => `sk-svcacct-${g.key(B64URL, 74)}T3BlbkFJ${g.key(B64URL, 74)}`,
    () => `sk-admin-${g.key(B64URL, 74)}T3BlbkFJ${g.key(B64URL, 74)}`,
  ])() },
  { kind: 'anthropic', env: 'ANTHROPIC_API_KEY', service: 'Anthropic', make: (g) => `sk-ant-${g.pick(['api03', 'admin01'])}-${g.key(B64URL, 93)}AA` },
  { kind: 'google-api', env: 'GOOGLE_MAPS_API_KEY', service: 'Google Maps', make: (g) => `AIza${g.key(B64URL, 35)}` },
  { kind: 'google-oauth', env: 'GOOGLE_CLIENT_SECRET', service: 'Google OAuth', make: (g) => (g.chance(0.6) ? `GOCSPX-${g.key(B64URL, 28)}` : `ya29.a0${g.key(B64URL, 150)}`) },
  { kind: 'aws-access-key-id', env: 'AWS_ACCESS_KEY_ID', service: 'AWS', make: (g) => `${g.pick(['AKIA', 'ASIA'])}${g.key(BASE32, 16)}` },
  { kind: 'azure-ad-secret', env: 'AZURE_CLIENT_SECRET', service: 'Azure AD', make: (g) => `${g.key(ALNUM, 3)}${g.int(0, 9)}Q~${g.key(ALNUM + '_~.-', 34)}` },
  { kind: 'npm', env: 'NPM_TOKEN', service: 'npm', make: (g) => `npm_${g.key(ALNUM, 36)}` },
  { kind: 'pypi', env: 'TWINE_PASSWORD', service: 'PyPI', make: (g) => `pypi-AgEIcHlwaS5vcmc${g.key(B64URL, g.int(140, 200))}` },
  { kind: 'twilio-api-key', env: 'TWILIO_API_KEY', service: 'Twilio', make: (g) => `SK${g.key(HEX, 32)}` },
  { kind: 'sendgrid', env: 'SENDGRID_API_KEY', service: 'SendGrid', make: (g) => `SG.${g.key(B64URL, 22)}.${g.key(B64URL, 43)}` },
  { kind: 'discord-bot', env: 'DISCORD_TOKEN', service: 'Discord', make: discordBotToken },
  { kind: 'telegram-bot', env: 'TELEGRAM_BOT_TOKEN', service: 'Telegram', make: (g) => `${g.int(1e8, 7e9)}:AA${g.key(B64URL, 33)}` },
  { kind: 'huggingface', env: 'HF_TOKEN', service: 'Hugging Face', make: (g) => (g.chance(0.85) ? `hf_${g.key(LETTERS, 34)}` : `api_org_${g.key(LETTERS, 34)}`) },
  { kind: 'doppler', env: 'DOPPLER_TOKEN', service: 'Doppler', make: (g) => g.pick([
    () => `dp.st.${g.pick(['dev', 'stg', 'prd', 'ci'])}.${g.key(ALNUM, 40)}`,
    () => `dp.pt.${g.key(ALNUM, 43)}`,
    () => `dp.sa.${g.key(ALNUM, 43)}`,
    () => `dp.ct.${g.key(ALNUM, 43)}`,
  ])() },
  { kind: 'mapbox-secret', env: 'MAPBOX_SECRET_TOKEN', service: 'Mapbox', make: mapboxSecret },
  { kind: 'vault', env: 'VAULT_TOKEN', service: 'Vault', make: (g) => `${g.pick(['hvs', 'hvb'])}.${g.key(B64URL, g.int(90, 120))}` },
  { kind: 'atlassian', env: 'JIRA_API_TOKEN', service: 'Jira', make: (g) => `ATATT3xFfGF0${g.key(B64URL, g.int(170, 190))}=${g.key(HEX.toUpperCase(), 8)}` },
  { kind: 'sentry', env: 'SENTRY_AUTH_TOKEN', service: 'Sentry', make: (g) => (g.chance(0.5) ? sentryOrgToken(g) : `sntryu_${g.key(HEX, 64)}`) },
  { kind: 'grafana', env: 'GRAFANA_TOKEN', service: 'Grafana', make: (g) => `glsa_${g.key(ALNUM, 32)}_${g.key(HEX, 8)}` },
  { kind: 'newrelic', env: 'NEW_RELIC_API_KEY', service: 'New Relic', make: (g) => `NRAK-${g.key(UPPER + DIGITS, 27)}` },
  { kind: 'dockerhub', env: 'DOCKERHUB_TOKEN', service: 'Docker Hub', make: (g) => `dckr_pat_${g.key(B64URL, 27)}` },
  { kind: 'databricks', env: 'DATABRICKS_TOKEN', service: 'Databricks', make: (g) => `dapi${g.key(HEX, 32)}` },
  { kind: 'supabase', env: 'SUPABASE_ACCESS_TOKEN', service: 'Supabase', make: (g) => `sbp_${g.key(HEX, 40)}` },
  { kind: 'shopify', env: 'SHOPIFY_ACCESS_TOKEN', service: 'Shopify', make: (g) => `${g.pick(['shpat', 'shpss', 'shpca'])}_${g.key(HEX, 32)}` },
  { kind: 'postman', env: 'POSTMAN_API_KEY', service: 'Postman', make: (g) => `PMAK-${g.key(HEX, 24)}-${g.key(HEX, 34)}` },
  { kind: 'age', env: 'SOPS_AGE_KEY', service: 'age', make: (g) => `AGE-SECRET-KEY-1${g.key(BECH32, 58)}` },
  { kind: 'linear', env: 'LINEAR_API_KEY', service: 'Linear', make: (g) => `lin_api_${g.key(ALNUM, 40)}` },
  { kind: 'notion', env: 'NOTION_TOKEN', service: 'Notion', make: (g) => (g.chance(0.5) ? `ntn_${g.key(ALNUM, 46)}` : `secret_${g.key(ALNUM, 43)}`) },
  { kind: 'square', env: 'SQUARE_ACCESS_TOKEN', service: 'Square', make: (g) => (g.chance(0.5) ? `EAAA${g.key(B64URL, 60)}` : `sq0csp-${g.key(B64URL, 43)}`) },
  { kind: 'mailchimp', env: 'MAILCHIMP_API_KEY', service: 'Mailchimp', make: (g) => `${g.key(HEX, 32)}-us${g.int(1, 21)}` },
  { kind: 'digitalocean', env: 'DIGITALOCEAN_TOKEN', service: 'DigitalOcean', make: (g) => `${g.pick(['dop', 'doo', 'dor'])}_v1_${g.key(HEX, 64)}` },
  { kind: 'pulumi', env: 'PULUMI_ACCESS_TOKEN', service: 'Pulumi', make: (g) => `pul-${g.key(HEX, 40)}` },
  { kind: 'terraform', env: 'TFE_TOKEN', service: 'Terraform Cloud', make: (g) => `${g.key(ALNUM, 14)}.atlasv1.${g.key(ALNUM, 67)}` },
  { kind: 'tailscale', env: 'TS_AUTHKEY', service: 'Tailscale', make: (g) => `tskey-${g.pick(['auth', 'api', 'client'])}-k${g.key(ALNUM, 10)}CNTRL-${g.key(ALNUM, 33)}` },
  { kind: 'openrouter', env: 'OPENROUTER_API_KEY', service: 'OpenRouter', make: (g) => `sk-or-v1-${g.key(HEX, 64)}` },
  { kind: 'groq', env: 'GROQ_API_KEY', service: 'Groq', make: (g) => `gsk_${g.key(ALNUM, 52)}` },
  { kind: 'replicate', env: 'REPLICATE_API_TOKEN', service: 'Replicate', make: (g) => `r8_${g.key(ALNUM, 37)}` },
  { kind: 'xai', env: 'XAI_API_KEY', service: 'xAI', make: (g) => `xai-${g.key(ALNUM, 80)}` },
  { kind: 'perplexity', env: 'PERPLEXITY_API_KEY', service: 'Perplexity', make: (g) => `pplx-${g.key(ALNUM, 48)}` },
  { kind: 'airtable', env: 'AIRTABLE_TOKEN', service: 'Airtable', make: (g) => `pat${g.key(ALNUM, 14)}.${g.key(HEX, 64)}` },
  { kind: 'heroku', env: 'HEROKU_API_KEY', service: 'Heroku', make: (g) => `HRKU-AA${g.key(B64URL, 58)}` },
  { kind: 'firebase-fcm', env: 'FCM_SERVER_KEY', service: 'Firebase', make: (g) => `AAAA${g.key(B64URL, 7)}:APA91b${g.key(B64URL, 134)}` },
  { kind: 'flyio', env: 'FLY_API_TOKEN', service: 'Fly.io', make: (g) => `fo1_${g.key(B64URL, 43)}` },
  { kind: 'netlify', env: 'NETLIFY_AUTH_TOKEN', service: 'Netlify', make: (g) => `nfp_${g.key(ALNUM, 36)}` },
  { kind: 'deepseek', env: 'DEEPSEEK_API_KEY', service: 'DeepSeek', make: (g) => `sk-${g.key(HEX, 32)}` },
];

type KeyForm = (g: Gen, p: Provider, key: string) => string;

const KEY_FORMS: KeyForm[] = [
  (g, p, k) => say(g, `my ${p.service} token is ${k}`),
  (g, p, k) => say(g, `here's the key I'm using: ${k}`),
  (g, p, k) => say(g, `I rotated it, the new one is ${k} — can you check the scopes?`),
  (g, p, k) => say(g, `${p.service} keeps rejecting ${k}.`),
  (g, p, k) => say(g, `I accidentally committed ${k} to a public repo, how bad is that`),
  (g, p, k) => block(g, `${p.env}=${k}\nNODE_ENV=production\nPORT=${g.int(3000, 9000)}`, 'bash'),
  (g, p, k) => block(g, `export ${p.env}="${k}"\n./deploy.sh --region eu-west-1`, 'sh'),
  (g, p, k) => block(g, `$env:${p.env} = "${k}"\npython .\\sync.py`, 'powershell'),
  (g, p, k) => block(g, `import requests\n\nTOKEN = "${k}"\nr = requests.get(URL, headers={"Authorization": f"Bearer {TOKEN}"})\nprint(r.status_code)`, 'python'),
  (g, p, k) => block(g, `const client = new Client({\n  auth: '${k}',\n  retries: 3,\n});`, 'ts'),
  (g, p, k) => block(g, `{\n  "service": "${p.service}",\n  "${g.pick(['token', 'apiKey', 'key', 'credential'])}": "${k}",\n  "timeout": 30\n}`, 'json'),
  (g, p, k) => block(g, `${p.service.toLowerCase().replace(/\W+/g, '_')}:\n  enabled: true\n  token: ${k}\n  region: us-east-1`, 'yaml'),
  (g, p, k) => say(g, `curl -s https://api.example.dev/v1/me -H "Authorization: Bearer ${k}"`),
  (g, p, k) => say(g, `curl -H 'X-API-Key: ${k}' https://api.example.dev/v2/items`),
  (g, p, k) => say(g, `is it safe to put ${k} in the frontend bundle?`),
  (g, p, k) => `${k}`,
  (g, p, k) => say(g, `\`${k}\` is the ${p.service} one`),
  (g, p, k) => say(g, `client = Client(${k})`),
];

function providerCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  for (const p of PROVIDERS) {
    const n = 6;
    for (let i = 0; i < n; i++) {
      const key = p.make(g);
      out.push({ kind: p.kind, text: g.pick(KEY_FORMS)(g, p, key), secrets: [key] });
    }
  }
  return out;
}

/** Secrets with no telling prefix: only their label (or the surrounding text) says what they are. */
function labelledSecretCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  const makers: [string, string[], (g: Gen) => string][] = [
    ['jwt-secret', ['JWT_SECRET', 'SESSION_SECRET', 'NEXTAUTH_SECRET', 'COOKIE_SECRET'], (g) => (g.chance(0.5) ? g.key(B64, 44) : g.key(ALNUM, 32))],
    ['rails-secret', ['SECRET_KEY_BASE'], (g) => g.key(HEX, 128)],
    ['django-secret', ['SECRET_KEY', 'DJANGO_SECRET_KEY'], (g) => `django-insecure-${g.key(LOWER_ALNUM + '!@#$%^&*(-_=+)', 50)}`],
    ['laravel-key', ['APP_KEY'], (g) => `base64:${base64(g.bytes(32))}`],
    ['encryption-key', ['ENCRYPTION_KEY', 'MASTER_KEY', 'SIGNING_KEY'], (g) => g.key(HEX, 64)],
    ['mistral', ['MISTRAL_API_KEY'], (g) => g.key(ALNUM, 32)],
    ['cohere', ['COHERE_API_KEY', 'CO_API_KEY'], (g) => g.key(ALNUM, 40)],
    ['cloudflare', ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], (g) => g.key(B64URL, 40)],
    ['twilio-auth-token', ['TWILIO_AUTH_TOKEN'], (g) => g.key(HEX, 32)],
    ['client-secret', ['client_secret', 'CLIENT_SECRET', 'clientSecret', 'OAUTH_CLIENT_SECRET'], (g) => g.key(B64URL, g.int(24, 48))],
    ['consumer-secret', ['consumer_secret', 'TWITTER_API_SECRET', 'access_token_secret'], (g) => g.key(ALNUM, 50)],
    ['okta', ['OKTA_API_TOKEN'], (g) => `00${g.key(B64URL, 40)}`],
    ['webhook-secret', ['WEBHOOK_SECRET', 'GITHUB_WEBHOOK_SECRET'], (g) => g.key(HEX, 40)],
  ];
  const forms: ((g: Gen, name: string, v: string) => string)[] = [
    (g, n, v) => block(g, `${n}=${v}\nDEBUG=false`, 'bash'),
    (g, n, v) => block(g, `${n}="${v}"`, 'bash'),
    (g, n, v) => block(g, `${n.toLowerCase()}: "${v}"\nlog_level: info`, 'yaml'),
    (g, n, v) => block(g, `settings = {\n    "${n.toLowerCase()}": "${v}",\n    "debug": False,\n}`, 'python'),
    (g, n, v) => say(g, `${n} = '${v}'`),
    (g, n, v) => block(g, `  "${n}": "${v}",\n  "region": "eu"`, 'json'),
  ];
  for (const [kind, names, make] of makers) {
    for (let i = 0; i < 4; i++) {
      const v = make(g);
      out.push({ kind, text: g.pick(forms)(g, g.pick(names), v), secrets: [v] });
    }
  }
  // Okta's own header scheme.
  for (let i = 0; i < 2; i++) {
    const v = `00${g.key(B64URL, 40)}`;
    out.push({ kind: 'okta', text: say(g, `curl https://acme.okta.com/api/v1/users -H "Authorization: SSWS ${v}"`), secrets: [v] });
  }
  return out;
}

function awsCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  const id = () => `AKIA${g.key(BASE32, 16)}`;
  const secret = () => g.key(B64, 40);
  const forms: ((i: string, s: string) => string)[] = [
    (i, s) => say(g, `here are the creds for the bucket: ${i} ${s}`),
    (i, s) => say(g, `${i} / ${s}`),
    (i, s) => `access key ${i}\nsecret ${s}`,
    (i, s) => block(g, `[default]\naws_access_key_id = ${i}\naws_secret_access_key = ${s}\nregion = us-west-2`, 'ini'),
    (i, s) => `$ aws configure\nAWS Access Key ID [None]: ${i}\nAWS Secret Access Key [None]: ${s}\nDefault region name [None]: eu-central-1\nDefault output format [None]: json`,
    (i, s) => `Access key ID,Secret access key\n${i},${s}`,
    (i, s) => block(g, `s3 = boto3.client(\n    "s3",\n    aws_access_key_id="${i}",\n    aws_secret_access_key="${s}",\n)`, 'python'),
    (i, s) => say(g, `the key id is ${i} and the other part is ${s}`),
    (i, s) => say(g, `I put ${i}:${s} in the CI settings`),
    (i, s) => block(g, `AWS_ACCESS_KEY_ID=${i}\nAWS_SECRET_ACCESS_KEY=${s}`, 'bash'),
    (i, s) => say(g, `IAM user deploy-bot, keys ${i} and ${s}, attached policy AmazonS3FullAccess`),
  ];
  for (let n = 0; n < 14; n++) {
    const i = id();
    const s = secret();
    out.push({ kind: 'aws-secret-key', text: g.pick(forms)(i, s), secrets: [i, s] });
  }
  return out;
}

function azureCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  for (let n = 0; n < 10; n++) {
    const account = g.pick(['acmestore', 'prodlogs01', 'mediablobs', 'backupsweu']);
    const kind = g.int(0, 3);
    if (kind === 0) {
      const key = base64(g.bytes(64));
      const cs = `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${key};EndpointSuffix=core.windows.net`;
      out.push({ kind: 'azure-storage', text: g.pick([say(g, `connection string: ${cs}`), block(g, `"AzureWebJobsStorage": "${cs}"`, 'json'), block(g, `AZURE_STORAGE_CONNECTION_STRING="${cs}"`)]), secrets: [key] });
    } else if (kind === 1) {
      const key = base64(g.bytes(32));
      const cs = `Endpoint=sb://${account}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}`;
      out.push({ kind: 'azure-servicebus', text: g.pick([say(g, `using ${cs} for the queue`), block(g, `ServiceBusConnection=${cs}`)]), secrets: [key] });
    } else if (kind === 2) {
      const sig = encodeURIComponent(base64(g.bytes(32)));
      const url = `https://${account}.blob.core.windows.net/uploads/report.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=${sig}`;
      out.push({ kind: 'azure-sas', text: say(g, `share link: ${url}`), secrets: [sig] });
    } else {
      const key = base64(g.bytes(64));
      out.push({ kind: 'azure-cosmos', text: block(g, `"CosmosDb": {\n  "Endpoint": "https://${account}.documents.azure.com:443/",\n  "PrimaryKey": "${key}"\n}`, 'json'), secrets: [key] });
    }
  }
  return out;
}

function jwt(g: Gen): string {
  const header = base64urlText(JSON.stringify({ alg: g.pick(['HS256', 'RS256', 'ES256', 'HS512']), typ: 'JWT', ...(g.chance(0.4) ? { kid: g.chars(HEX, 16) } : {}) }));
  const payload = base64urlText(JSON.stringify({ sub: g.uuid(), email: `${g.pick(NAMES)}@corp.example`, role: g.pick(['admin', 'user']), iat: g.int(1.6e9, 1.8e9), exp: g.int(1.8e9, 1.9e9) }));
  return `${header}.${payload}.${g.key(B64URL, g.pick([43, 86, 342]))}`;
}

function tokenCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  for (let i = 0; i < 12; i++) {
    const t = jwt(g);
    out.push({
      kind: 'jwt',
      text: g.pick([
        say(g, `why does the API reject this token? ${t}`),
        block(g, `localStorage.setItem("access_token", "${t}");`, 'js'),
        say(g, `decoded ${t} on jwt.io and the exp looks fine`),
        `GET /api/me HTTP/1.1\nHost: app.example.com\nAuthorization: Bearer ${t}`,
        say(g, `{"id_token":"${t}","expires_in":3600}`),
      ]),
      secrets: [t],
    });
  }
  for (let i = 0; i < 12; i++) {
    const t = g.pick([() => g.key(B64URL, g.int(20, 64)), () => g.key(HEX, 40), () => `${g.key(ALNUM, 24)}.${g.key(ALNUM, 16)}`])();
    out.push({
      kind: 'bearer',
      text: g.pick([
        say(g, `curl -X POST https://api.internal.io/v2/jobs -H "Authorization: Bearer ${t}" -d '{}'`),
        block(g, `fetch(url, { headers: { Authorization: \`Bearer ${t}\` } })`, 'js'),
        `Request headers:\nAccept: application/json\nAuthorization: Bearer ${t}\nUser-Agent: okhttp/4.12.0`,
        say(g, `the header is "authorization: bearer ${t}" and it still 401s`),
      ]),
      secrets: [t],
    });
  }
  for (let i = 0; i < 8; i++) {
    const user = g.pick(NAMES);
    const pw = password(g);
    const cred = btoa(`${user}:${pw}`);
    out.push({
      kind: 'basic-auth-header',
      text: g.pick([
        say(g, `curl -H "Authorization: Basic ${cred}" https://jenkins.acme.io/api/json`),
        `Authorization: Basic ${cred}`,
        block(g, `headers = {"Authorization": "Basic ${cred}"}`, 'python'),
      ]),
      secrets: [cred],
    });
  }
  const headers = ['X-API-Key', 'x-api-key', 'api-key', 'X-Auth-Token', 'PRIVATE-TOKEN', 'Ocp-Apim-Subscription-Key', 'X-Vault-Token', 'X-Shopify-Access-Token', 'apikey'];
  for (let i = 0; i < 12; i++) {
    const h = g.pick(headers);
    const v = g.pick([() => g.key(HEX, 32), () => g.key(ALNUM, g.int(24, 40)), () => g.uuid()])();
    out.push({
      kind: 'api-key-header',
      text: g.pick([
        say(g, `curl https://api.vendor.com/v3/orders -H "${h}: ${v}"`),
        `${h}: ${v}`,
        block(g, `axios.get(url, { headers: { '${h}': '${v}' } })`, 'js'),
        say(g, `I send ${h}: ${v} with every request`),
      ]),
      secrets: [v],
    });
  }
  return out;
}

function pemBody(g: Gen, type: string): string[] {
  const lines: string[] = [];
  const start = type.includes('OPENSSH') ? 'b3BlbnNzaC1rZXktdjEAAAAA' : type.includes('PGP') ? 'lQOYBGX' : 'MII' + g.pick(['EvQIBADANBgkqhkiG9w0BAQEFAASC', 'EowIBAAKCAQEA', 'Ep', 'Cd']);
  const n = g.int(5, 14);
  for (let i = 0; i < n; i++) lines.push(i === 0 ? (start + g.key(B64, 64)).slice(0, 64) : g.key(B64, type.includes('OPENSSH') ? 70 : 64));
  lines.push(g.key(B64, g.int(8, 60)) + g.pick(['', '=', '==']));
  return lines;
}

function privateKeyCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  const types = ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'DSA PRIVATE KEY', 'PGP PRIVATE KEY BLOCK'];
  for (let i = 0; i < 14; i++) {
    const type = g.pick(types);
    const body = pemBody(g, type);
    const header = type.includes('PGP') ? '\nVersion: GnuPG v2\n' : type === 'RSA PRIVATE KEY' && g.chance(0.3) ? '\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,' + g.key(HEX.toUpperCase(), 32) + '\n' : '';
    const pem = `-----BEGIN ${type}-----${header}\n${body.join('\n')}\n-----END ${type}-----`;
    const indented = pem.replace(/^/gm, '    ');
    const text = g.pick([
      say(g, `ssh says "invalid format" for this key:\n\n${pem}\n`),
      block(g, pem),
      `tls:\n  key: |\n${indented}`,
      `${pem}\n\nthat's id_rsa from the build box`,
    ]);
    out.push({ kind: 'pem-private-key', text, secrets: body, region: text.includes(indented) ? indented : pem });
  }
  // GCP service-account JSON: the key's newlines are written as \n inside a JSON string.
  for (let i = 0; i < 5; i++) {
    const body = pemBody(g, 'PRIVATE KEY');
    const escaped = `-----BEGIN PRIVATE KEY-----\\n${body.join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
    const text = block(g, `{\n  "type": "service_account",\n  "project_id": "acme-prod-${g.int(100, 999)}",\n  "private_key_id": "${g.chars(HEX, 40)}",\n  "private_key": "${escaped}",\n  "client_email": "sync@acme-prod.iam.gserviceaccount.com"\n}`, 'json');
    out.push({ kind: 'gcp-service-account', text, secrets: body, region: escaped });
  }
  // Cut off in the chat box before the END line.
  for (let i = 0; i < 4; i++) {
    const type = g.pick(['RSA PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'PRIVATE KEY']);
    const body = pemBody(g, type).slice(0, g.int(2, 5));
    const pem = `-----BEGIN ${type}-----\n${body.join('\n')}`;
    out.push({ kind: 'pem-truncated', text: `here's the start of it\n${pem}`, secrets: body, region: pem });
  }
  // PuTTY's .ppk format.
  for (let i = 0; i < 4; i++) {
    const pub = [g.key(B64, 64), g.key(B64, 20)];
    const priv = [g.key(B64, 64), g.key(B64, g.int(10, 40)) + '='];
    const mac = g.chars(HEX, 64);
    const ppk = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2024${g.int(1000, 1231)}\nPublic-Lines: 2\n${pub.join('\n')}\nPrivate-Lines: 2\n${priv.join('\n')}\nPrivate-MAC: ${mac}`;
    out.push({ kind: 'putty-key', text: block(g, ppk), secrets: priv });
  }
  return out;
}

function urlCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  const schemes = ['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'mongodb', 'redis', 'rediss', 'amqp', 'amqps', 'mssql', 'mariadb', 'clickhouse'];
  for (let i = 0; i < 24; i++) {
    const scheme = g.pick(schemes);
    const user = g.pick(['admin', 'app', 'root', 'postgres', 'svc_reporting', g.pick(NAMES)]);
    const pw = i % 3 === 0 ? awkwardPassword(g) : password(g);
    const host = g.pick(HOSTS);
    const url = scheme.startsWith('redis') && g.chance(0.5) ? `${scheme}://:${pw}@${host}:6379/0` : `${scheme}://${user}:${pw}@${host}${g.pick([':5432', ':3306', '', ':27017'])}/${g.pick(['app', 'prod', 'analytics', 'orders'])}${g.pick(['', '?sslmode=require', '?retryWrites=true&w=majority'])}`;
    out.push({
      kind: 'db-url',
      text: g.pick([
        block(g, `DATABASE_URL=${url}`, 'bash'),
        say(g, `connecting with ${url} gives "connection refused"`),
        block(g, `engine = create_engine("${url}")`, 'python'),
        block(g, `spring:\n  data:\n    mongodb:\n      uri: ${url}`, 'yaml'),
        say(g, `psql '${url}' -c 'select 1'`),
      ]),
      secrets: [pw],
    });
  }
  for (let i = 0; i < 8; i++) {
    // Query strings and ODBC/ADO.NET strings cannot hold `&`, `;`, `#` or `%` unescaped.
    const pw = password(g).replace(/[&;#%{}]/g, '!');
    const user = g.pick(['sa', 'app_user', 'report']);
    const host = g.pick(HOSTS);
    const form = g.int(0, 3);
    const text =
      form === 0
        ? block(g, `"ConnectionStrings": {\n  "Default": "Server=${host};Database=Orders;User Id=${user};Password=${pw};TrustServerCertificate=True"\n}`, 'json')
        : form === 1
          ? block(g, `jdbc:postgresql://${host}:5432/app?user=${user}&password=${pw}&ssl=true`)
          : form === 2
            ? say(g, `DSN: "DRIVER={ODBC Driver 18 for SQL Server};SERVER=${host};UID=${user};PWD=${pw}"`)
            : block(g, `conn = psycopg2.connect("host=${host} dbname=app user=${user} password=${pw}")`, 'python');
    out.push({ kind: 'db-connection-string', text, secrets: [pw] });
  }
  for (let i = 0; i < 12; i++) {
    const user = g.pick(['deploy', 'ci-bot', g.pick(NAMES), 'oauth2', 'x-access-token']);
    const pw = i % 2 === 0 ? awkwardPassword(g) : password(g);
    const form = g.int(0, 4);
    const text =
      form === 0
        ? say(g, `git clone https://${user}:${pw}@git.acme.io/platform/api.git`)
        : form === 1
          ? block(g, `export https_proxy=http://${user}:${pw}@proxy.corp.local:3128`)
          : form === 2
            ? say(g, `the feed is at https://${user}:${pw}@nexus.acme.io/repository/npm-private/`)
            : form === 3
              ? say(g, `ftp://${user}:${pw}@files.example.org/incoming/`)
              : block(g, `[remote "origin"]\n\turl = https://${user}:${pw}@github.com/acme/site.git`, 'ini');
    out.push({ kind: 'basic-auth-url', text, secrets: [pw] });
  }
  return out;
}

function envCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  const keys = ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'REDIS_PASSWORD', 'SMTP_PASS', 'ADMIN_PASSWORD', 'MAIL_PASSWORD', 'RABBITMQ_DEFAULT_PASS', 'KEYSTORE_PASSWORD', 'LDAP_BIND_PASSWORD', 'PGPASSWORD', 'WIFI_PSK', 'AUTH_TOKEN', 'API_SECRET', 'PRIVATE_TOKEN'];
  for (let i = 0; i < 22; i++) {
    const k = g.pick(keys);
    const v = /PASS|PSK/.test(k) ? password(g) : g.key(ALNUM, g.int(20, 40));
    const form = g.int(0, 5);
    const text =
      form === 0
        ? block(g, `# .env\nAPP_NAME=shop\n${k}=${v}\nLOG_LEVEL=debug`, 'bash')
        : form === 1
          ? block(g, `services:\n  db:\n    image: postgres:16\n    environment:\n      - ${k}=${v}`, 'yaml')
          : form === 2
            ? block(g, `environment:\n  ${k}: "${v}"`, 'yaml')
            : form === 3
              ? say(g, `set ${k}=${v} and restart`)
              : form === 4
                ? block(g, `ENV ${k}=${v}`, 'dockerfile')
                : block(g, `${k}='${v}' docker compose up -d`);
    out.push({ kind: 'env-line', text, secrets: [v] });
  }
  // Config files of many kinds.
  const cfg: ((pw: string) => string)[] = [
    (pw) => block(g, `spring.datasource.url=jdbc:mysql://localhost/app\nspring.datasource.username=app\nspring.datasource.password=${pw}`, 'properties'),
    (pw) => block(g, `<connection>\n  <user>sa</user>\n  <password>${pw}</password>\n</connection>`, 'xml'),
    (pw) => block(g, `[client]\nuser=root\npassword="${pw}"`, 'ini'),
    (pw) => block(g, `network={\n    ssid="HomeNet"\n    psk="${pw}"\n}`),
    (pw) => block(g, `interface=wlan0\nssid=Garage\nwpa_passphrase=${pw}`),
    (pw) => block(g, `requirepass ${pw}\nmaxmemory 2gb`, 'conf'),
    (pw) => block(g, `rpcuser=node\nrpcpassword=${pw}`, 'conf'),
    (pw) => block(g, `ldap:\n  bind_dn: cn=svc,dc=acme,dc=io\n  bind_password: ${pw}`, 'yaml'),
    (pw) => block(g, `{"username": "ops", "pass": "${pw}"}`, 'json'),
    (pw) => block(g, `[pypi]\nusername = __token__\npassword = ${pw}`, 'ini'),
    (pw) => block(g, `machine api.heroku.com\n  login ${g.pick(NAMES)}@acme.io\n  password ${pw}`),
    (pw) => block(g, `<add key="SmtpPassword" value="${pw}" />`, 'xml'),
    (pw) => block(g, `auth:\n  username: admin\n  passwd: ${pw}`, 'yaml'),
  ];
  for (let i = 0; i < 18; i++) {
    const pw = password(g);
    out.push({ kind: 'config-password', text: g.pick(cfg)(pw), secrets: [pw] });
  }
  return out;
}

function cookieCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  const values: [string, () => string][] = [
    ['sessionid', () => g.key(LOWER_ALNUM, 32)],
    ['PHPSESSID', () => g.key(LOWER_ALNUM, 26)],
    ['JSESSIONID', () => g.key(HEX.toUpperCase(), 32)],
    ['connect.sid', () => `s%3A${g.key(B64URL, 32)}.${encodeURIComponent(g.key(B64, 43))}`],
    ['_myapp_session', () => `${g.key(B64, 120)}--${g.key(HEX, 40)}`],
    ['__Secure-next-auth.session-token', () => jwt(g)],
    ['laravel_session', () => `eyJpdiI6${g.key(B64, 100)}%3D`],
    ['ASP.NET_SessionId', () => g.key(LOWER_ALNUM, 24)],
    ['auth_token', () => g.key(HEX, 40)],
    ['sid', () => g.key(B64URL, 40)],
  ];
  for (let i = 0; i < 18; i++) {
    const [name, make] = g.pick(values);
    const v = make();
    const csrf = g.key(ALNUM, 32);
    const form = g.int(0, 5);
    const text =
      form === 0
        ? `Cookie: ${name}=${v}; csrftoken=${csrf}; theme=dark`
        : form === 1
          ? `Set-Cookie: ${name}=${v}; Path=/; Secure; HttpOnly; SameSite=Lax`
          : form === 2
            ? say(g, `curl -b '${name}=${v}' https://app.example.com/api/export`)
            : form === 3
              ? say(g, `curl https://app.example.com/admin --cookie "${name}=${v}"`)
              : form === 4
                ? `# Netscape HTTP Cookie File\n.example.com\tTRUE\t/\tTRUE\t1767225600\t${name}\t${v}`
                : block(g, `requests.get(url, cookies={"${name}": "${v}"})`, 'python');
    out.push({ kind: 'cookie', text, secrets: form === 0 ? [v, csrf] : [v] });
  }
  return out;
}

function luhnComplete(g: Gen, prefix: string, length: number): string {
  const body = prefix + g.chars(DIGITS, length - prefix.length - 1);
  for (let c = 0; c <= 9; c++) if (luhn(body + c)) return body + c;
  throw new Error('unreachable');
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function group(s: string, sizes: number[], sep: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const n of sizes) {
    parts.push(s.slice(at, at + n));
    at += n;
  }
  if (at < s.length) parts.push(s.slice(at));
  return parts.filter(Boolean).join(sep);
}

function cardCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  const issuers: [string, number, number[]][] = [
    ['4', 16, [4, 4, 4, 4]],
    ['4', 19, [4, 4, 4, 4, 3]],
    [String(g.int(51, 55)), 16, [4, 4, 4, 4]],
    [String(g.int(2221, 2720)), 16, [4, 4, 4, 4]],
    [g.pick(['34', '37']), 15, [4, 6, 5]],
    ['6011', 16, [4, 4, 4, 4]],
    ['65', 16, [4, 4, 4, 4]],
    [String(g.int(3528, 3589)), 16, [4, 4, 4, 4]],
    ['36', 14, [4, 6, 4]],
    ['62', 16, [4, 4, 4, 4]],
  ];
  for (let i = 0; i < 20; i++) {
    const [prefix, len, sizes] = g.pick(issuers);
    const digits = luhnComplete(g, prefix, len);
    const written = group(digits, sizes, g.pick([' ', '-', '', ' ']));
    const text = g.pick([
      say(g, `my card number is ${written}, exp ${g.int(1, 12)}/${g.int(26, 31)}, cvc ${g.int(100, 999)}`),
      say(g, `charge it to ${written} please`),
      `Card: ${written}\nName: ${g.pick(NAMES).toUpperCase()} SMITH\nExpiry: 0${g.int(1, 9)}/2${g.int(6, 9)}`,
      say(g, `the payment failed for ${written} even though it has funds`),
      block(g, `{"card": {"number": "${written}", "exp_month": ${g.int(1, 12)}}}`, 'json'),
    ]);
    out.push({ kind: 'card', text, secrets: [written] });
  }
  return out;
}

const IBAN_FORMATS: [string, number, (g: Gen) => string][] = [
  ['DE', 22, (g) => g.chars(DIGITS, 18)],
  ['GB', 22, (g) => g.chars(UPPER, 4) + g.chars(DIGITS, 14)],
  ['FR', 27, (g) => g.chars(DIGITS, 10) + g.chars(UPPER + DIGITS, 11) + g.chars(DIGITS, 2)],
  ['ES', 24, (g) => g.chars(DIGITS, 20)],
  ['NL', 18, (g) => g.chars(UPPER, 4) + g.chars(DIGITS, 10)],
  ['IT', 27, (g) => g.chars(UPPER, 1) + g.chars(DIGITS, 10) + g.chars(UPPER + DIGITS, 12)],
  ['BE', 16, (g) => g.chars(DIGITS, 12)],
  ['CH', 21, (g) => g.chars(DIGITS, 5) + g.chars(UPPER + DIGITS, 12)],
  ['AT', 20, (g) => g.chars(DIGITS, 16)],
  ['PL', 28, (g) => g.chars(DIGITS, 24)],
  ['SE', 24, (g) => g.chars(DIGITS, 20)],
  ['IE', 22, (g) => g.chars(UPPER, 4) + g.chars(DIGITS, 14)],
  ['PT', 25, (g) => g.chars(DIGITS, 21)],
  ['NO', 15, (g) => g.chars(DIGITS, 11)],
  ['DK', 18, (g) => g.chars(DIGITS, 14)],
];

export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

function makeIban(g: Gen): string {
  const [cc, , bban] = g.pick(IBAN_FORMATS);
  const b = bban(g);
  const check = 98 - ibanMod97(`${cc}00${b}`);
  return `${cc}${String(check).padStart(2, '0')}${b}`;
}

function ibanCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  for (let i = 0; i < 16; i++) {
    const iban = makeIban(g);
    const written = g.chance(0.55) ? group(iban, [4, 4, 4, 4, 4, 4, 4], ' ') : iban;
    const text = g.pick([
      say(g, `please send the deposit to IBAN ${written}`),
      say(g, `my account is ${written} (${g.pick(['Deutsche Bank', 'Barclays', 'ING', 'BNP Paribas'])})`),
      `Beneficiary: ${g.pick(NAMES)} Müller\nIBAN: ${written}\nBIC: ${g.chars(UPPER, 6)}${g.chars(UPPER + DIGITS, 2)}`,
      say(g, `can you double-check ${written} before I wire the money?`),
      say(g, `Kontonummer ${written}, Verwendungszweck Miete`),
    ]);
    out.push({ kind: 'iban', text, secrets: [written] });
  }
  return out;
}

function ssn(g: Gen): string {
  let area: number;
  do area = g.int(1, 899);
  while (area === 666);
  return `${String(area).padStart(3, '0')}${String(g.int(1, 99)).padStart(2, '0')}${String(g.int(1, 9999)).padStart(4, '0')}`;
}

function ssnCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  for (let i = 0; i < 14; i++) {
    const d = ssn(g);
    const dashed = `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
    const spaced = `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`;
    const form = g.int(0, 5);
    const [text, secret] =
      form === 0
        ? [say(g, `my SSN is ${dashed}`), dashed]
        : form === 1
          ? [`Name: ${g.pick(NAMES)} Lee\nDOB: 19${g.int(50, 99)}-0${g.int(1, 9)}-1${g.int(0, 9)}\nSSN: ${dashed}`, dashed]
          : form === 2
            ? [say(g, `social security number ${d} for the W-2 form`), d]
            : form === 3
              ? [say(g, `fill in ${dashed} as the employee's social`), dashed]
              : form === 4
                ? [say(g, `SSN# ${spaced}`), spaced]
                : [block(g, `{"name": "Pat Doe", "ssn": "${dashed}"}`, 'json'), dashed];
    out.push({ kind: 'ssn', text, secrets: [secret] });
  }
  return out;
}

function seedCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  for (let i = 0; i < 16; i++) {
    const bytes = g.pick([16, 16, 20, 24, 32, 32]);
    const words = entropyToMnemonic(g.bytes(bytes), BIP39_ENGLISH).split(' ');
    const form = g.int(0, 5);
    const written =
      form === 0 || form === 1
        ? words.join(' ')
        : form === 2
          ? words.map((w, j) => `${j + 1}. ${w}`).join('\n')
          : form === 3
            ? words.join(', ')
            : form === 4
              ? words.join('\n')
              : words.map((w, j) => `${j + 1}) ${w}`).join(' ');
    const text =
      form === 0
        ? say(g, `my recovery phrase is ${written}`)
        : form === 1
          ? block(g, `MNEMONIC="${written}"\nINFURA_KEY=${g.chars(HEX, 32)}`, 'bash')
          : form === 2
            ? `wrote down my seed:\n${written}\nis it safe to keep in notes?`
            : form === 3
              ? say(g, `${written} — that's the metamask backup`)
              : form === 4
                ? `${written}`
                : say(g, `restoring a wallet with ${written} shows zero balance`);
    out.push({ kind: 'seed-phrase', text, secrets: [written] });
  }
  return out;
}

function ethKeyCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  for (let i = 0; i < 14; i++) {
    const hex = g.key(HEX, 64);
    const k = g.chance(0.6) ? `0x${hex}` : hex;
    const text = g.pick([
      block(g, `PRIVATE_KEY=${k}\nRPC_URL=https://sepolia.infura.io/v3/${g.chars(HEX, 32)}`, 'bash'),
      say(g, `my metamask private key is ${k}, can you tell me the address?`),
      say(g, `forge script Deploy.s.sol --rpc-url $RPC --private-key ${k} --broadcast`),
      block(g, `const wallet = new ethers.Wallet("${k}", provider);`, 'js'),
      block(g, `acct = Account.from_key("${k}")`, 'python'),
      say(g, `exported the wallet key: ${k}`),
      say(g, `cast send ${'0x' + g.chars(HEX, 40)} --value 0.1ether --private-key ${k}`),
      block(g, `networks: {\n  sepolia: {\n    url: RPC,\n    accounts: ["${k}"],\n  },\n}`, 'js'),
    ]);
    out.push({ kind: 'eth-private-key', text, secrets: [k] });
  }
  return out;
}

function commandLineCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  const u = () => g.pick(['root', 'admin', 'deploy', g.pick(NAMES), 'sa']);
  const forms: ((pw: string) => string)[] = [
    (pw) => `mysql -h ${g.pick(HOSTS)} -u ${u()} -p${pw} orders`,
    (pw) => `mysql -u ${u()} -p'${pw}' -e "show databases"`,
    (pw) => `mysqldump -u${u()} -p"${pw}" shop > shop.sql`,
    (pw) => `mysql --user=${u()} --password=${pw} --host=${g.pick(HOSTS)}`,
    (pw) => `curl -u ${u()}:${pw} https://jenkins.acme.io/job/build/api/json`,
    (pw) => `curl --user '${u()}:${pw}' -X POST https://registry.acme.io/v2/`,
    (pw) => `sshpass -p '${pw}' ssh ${u()}@${g.pick(HOSTS)}`,
    (pw) => `sshpass -p ${pw} scp backup.tar.gz ${u()}@${g.pick(HOSTS)}:/srv/`,
    (pw) => `PGPASSWORD=${pw} psql -h ${g.pick(HOSTS)} -U ${u()} -d app`,
    (pw) => `mongosh --host ${g.pick(HOSTS)} -u ${u()} -p '${pw}' --authenticationDatabase admin`,
    (pw) => `redis-cli -h ${g.pick(HOSTS)} -a ${pw} ping`,
    (pw) => `docker login -u ${u()} -p ${pw} registry.acme.io`,
    (pw) => `sqlcmd -S ${g.pick(HOSTS)} -U sa -P '${pw}' -Q "SELECT 1"`,
    (pw) => `smbclient //nas/share -U ${u()}%${pw}`,
    (pw) => `wget --user=${u()} --password=${pw} https://files.acme.io/dump.zip`,
    (pw) => `ldapsearch -x -D "cn=admin,dc=acme,dc=io" -w ${pw} -b "dc=acme,dc=io"`,
    (pw) => `openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:${pw}`,
    (pw) => `keytool -genkeypair -alias app -keystore app.jks -storepass ${pw} -keypass ${pw}`,
    (pw) => `echo '${u()}:${pw}' | sudo chpasswd`,
    (pw) => `echo "${pw}" | sudo -S systemctl restart nginx`,
    (pw) => `docker run -d -e MYSQL_ROOT_PASSWORD=${pw} -p 3306:3306 mysql:8`,
    (pw) => `xfreerdp /u:${u()} /p:${pw} /v:${g.pick(HOSTS)}`,
    (pw) => `nmcli dev wifi connect "Office-5G" password ${pw}`,
    (pw) => `7z x backup.7z -p${pw}`,
    (pw) => `unzip -P ${pw} secrets.zip`,
    (pw) => `gpg --batch --passphrase '${pw}' -d vault.gpg`,
    (pw) => `$secure = ConvertTo-SecureString "${pw}" -AsPlainText -Force`,
    (pw) => `net use Z: \\\\fileserver\\team /user:CORP\\${u()} ${pw}`,
    (pw) => `rabbitmqctl add_user ${u()} ${pw}`,
    (pw) => `sudo mount -t cifs //nas/media /mnt/media -o username=${u()},password=${pw}`,
    (pw) => `htpasswd -bc /etc/nginx/.htpasswd ${u()} ${pw}`,
    (pw) => `az login -u ${u()}@acme.onmicrosoft.com -p ${pw}`,
    (pw) => `ansible-playbook site.yml -e "ansible_become_pass=${pw}"`,
    (pw) => `influx -username admin -password ${pw} -execute 'SHOW DATABASES'`,
    (pw) => `psql "host=${g.pick(HOSTS)} user=${u()} password=${pw} dbname=app"`,
  ];
  const wrap = (cmd: string): string =>
    g.pick([
      `$ ${cmd}`,
      say(g, `I ran \`${cmd}\` and it hangs`),
      block(g, cmd, 'bash'),
      `${cmd}\n${g.pick(['ERROR 1045 (28000): Access denied', 'Permission denied, please try again.', 'connection timed out', 'OK'])}`,
    ]);
  // Every form at least once, then more at random.
  for (let i = 0; i < forms.length + 12; i++) {
    // What a shell would take as one word: no quotes, `$`, `&`, `;`, `|`, `<`, `>`, `%` or backslashes.
    const pw = (g.chance(0.25) ? awkwardPassword(g) : password(g)).replace(/['"`$\\%&;|<>]/g, '#');
    const form = i < forms.length ? forms[i]! : g.pick(forms);
    out.push({ kind: 'cli-password', text: wrap(form(pw)), secrets: [pw] });
  }
  return out;
}

function prosePasswordCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  const s = () => g.pick(SERVICES);
  const user = () => g.pick(['admin', 'ops', g.pick(NAMES), 'guest', 'pi']);
  const forms: ((pw: string) => string)[] = [
    (pw) => `the password for ${s()} is ${pw}`,
    (pw) => `my password is ${pw}`,
    (pw) => `The password for ${s()} is now ${pw}.`,
    (pw) => `${s()} password: ${pw}`,
    (pw) => `wifi pw is ${pw}`,
    (pw) => `I set the password to ${pw} for now`,
    (pw) => `changed my password to ${pw} yesterday`,
    (pw) => `the new password will be ${pw}`,
    (pw) => `use ${pw} as the password`,
    (pw) => `login is ${user()} / ${pw}`,
    (pw) => `creds: ${user()} / ${pw}`,
    (pw) => `username ${user()} password ${pw}`,
    (pw) => `user: ${user()} pass: ${pw}`,
    (pw) => `it's ${user()}:${pw} for the admin panel`,
    (pw) => `log in as ${user()} with password ${pw}`,
    (pw) => `the passcode is ${pw}`,
    (pw) => `The admin password has been reset to ${pw}.`,
    (pw) => `password's ${pw} btw`,
    (pw) => `temporary password: ${pw} (change it on first login)`,
    (pw) => `password was ${pw} but I changed it`,
    (pw) => `(password: ${pw})`,
    (pw) => `Password → ${pw}`,
    (pw) => `the pwd for ${s()} is ${pw}`,
    (pw) => `the password to ${s()} is "${pw}"`,
    (pw) => `I think the password is ${pw}, can you try it?`,
    (pw) => `sign in with ${user()} and ${pw}`,
    (pw) => `The login for ${s()} — user ${user()}, password ${pw}.`,
    (pw) => `mi contraseña es ${pw}`,
    (pw) => `mon mot de passe est ${pw}`,
    (pw) => `mein Passwort ist ${pw}`,
    (pw) => `Das Kennwort lautet ${pw}`,
    (pw) => `a senha do wifi é ${pw}`,
    (pw) => `la password è ${pw}`,
    (pw) => `het wachtwoord is ${pw}`,
    (pw) => `hasło to ${pw}`,
  ];
  for (let i = 0; i < forms.length + 25; i++) {
    const pw = password(g);
    const form = i < forms.length ? forms[i]! : g.pick(forms);
    out.push({ kind: 'prose-password', text: say(g, form(pw)), secrets: [pw] });
  }
  // Passphrases of several words, quoted.
  for (let i = 0; i < 5; i++) {
    const phrase = [g.pick(BIP39_ENGLISH), g.pick(BIP39_ENGLISH), g.pick(BIP39_ENGLISH), g.pick(BIP39_ENGLISH)].join(' ');
    out.push({ kind: 'prose-passphrase', text: say(g, g.pick([`the passphrase is "${phrase}"`, `passphrase: '${phrase}'`, `my gpg passphrase is “${phrase}”`])), secrets: [phrase] });
  }
  return out;
}

function webhookCases(g: Gen): PositiveCase[] {
  const out: PositiveCase[] = [];
  for (let i = 0; i < 8; i++) {
    const secretPart = g.chance(0.5) ? `T${g.key(UPPER + DIGITS, 9)}/B${g.key(UPPER + DIGITS, 10)}/${g.key(ALNUM, 24)}` : `${g.chars(DIGITS, 19)}/${g.key(B64URL, 68)}`;
    const url = secretPart.startsWith('T') ? `https://hooks.slack.com/services/${secretPart}` : `https://discord.com/api/webhooks/${secretPart}`;
    const token = secretPart.split('/').pop()!;
    out.push({ kind: 'webhook-url', text: say(g, g.pick([`post alerts to ${url}`, `WEBHOOK_URL=${url}`, `curl -X POST -d '{"text":"hi"}' ${url}`])), secrets: [token], region: url });
  }
  return out;
}

function positives(g: Gen): PositiveCase[] {
  return [
    ...providerCases(g),
    ...labelledSecretCases(g),
    ...awsCases(g),
    ...azureCases(g),
    ...tokenCases(g),
    ...privateKeyCases(g),
    ...urlCases(g),
    ...envCases(g),
    ...cookieCases(g),
    ...cardCases(g),
    ...ibanCases(g),
    ...ssnCases(g),
    ...seedCases(g),
    ...ethKeyCases(g),
    ...commandLineCases(g),
    ...prosePasswordCases(g),
    ...webhookCases(g),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Look-alikes

function semver(g: Gen): string {
  return `${g.int(0, 30)}.${g.int(0, 40)}.${g.int(0, 200)}${g.pick(['', '', `-beta.${g.int(1, 9)}`, `-rc.${g.int(1, 5)}`, `+build.${g.int(1, 999)}`])}`;
}

function failsLuhn(g: Gen, n: number): string {
  for (;;) {
    const d = String(g.int(1, 9)) + g.chars(DIGITS, n - 1);
    if (!luhn(d)) return d;
  }
}

function isbn13(g: Gen): string {
  const body = g.pick(['978', '979']) + g.chars(DIGITS, 9);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + ((10 - (sum % 10)) % 10);
}

const PASSWORD_PROSE = [
  'The password must be at least 12 characters long and include a number.',
  'my password is too short apparently, what is the minimum?',
  'I forgot my password again, how do I reset it?',
  "what's a good password manager for a small team?",
  'Password is required.',
  'the password was changed yesterday by IT',
  'set a strong password for the shared drive before Friday',
  'the password for the shared drive is in 1Password under "Ops".',
  'the password is on the sticky note under the keyboard, which is terrible',
  'my password is the same as my email one, is that bad?',
  'The Wi-Fi password is printed on the back of the router.',
  'Is the password case-sensitive?',
  'is the password hashed with bcrypt or argon2?',
  'It says "password is incorrect" even though I typed it right.',
  'The password reset link expired after 24 hours.',
  'the password is whatever you chose during setup',
  'Passwords should be rotated every 90 days according to our policy.',
  'My password manager autofills the wrong account.',
  'How do I store a password securely in Django?',
  'the password field does not accept emojis',
  'can you generate a password for me? something memorable',
  'password: see the vault entry for prod',
  'Password: ********',
  'the admin password is stored in AWS Secrets Manager',
  'my bank asks for a new password every month and I hate it',
  'the password prompt never appears when I run sudo in the script',
  'a password of 8 characters can be cracked in hours',
  'what does "password must not contain your username" mean?',
  'The password is sent in the request body, not in the URL.',
  'your password is never shown to support staff',
  'I typed the password three times and it locked me out',
  'Passcodes are 6 digits on newer iPhones.',
  'the passphrase protects the private key on disk',
  'we use SSO so there is no password for the dashboard',
  'password managers like Bitwarden are free',
  'The password for the shared drive is the usual one, ask Dana.',
  'password length 16, symbols on, no ambiguous characters',
  'the password is valid for 30 days',
  'Enter your password to continue',
  'my password is not working after the update',
];

const CODE_SNIPPETS: ((g: Gen) => string)[] = [
  () => `def login(username: str, password: str) -> bool:\n    user = db.get(username)\n    return bcrypt.checkpw(password.encode(), user.password_hash)`,
  () => `password = request.form['password']`,
  () => `const token = await getAccessToken({ scopes: ['read'] });`,
  () => `if (password.length < 8) {\n  errors.push('Password too short');\n}`,
  () => `api_key: str = Field(..., description="Your API key")`,
  () => `secret = os.getenv("APP_SECRET")`,
  () => `passwordInput.value = '';`,
  () => `SELECT id, email FROM users WHERE password_hash = $1 AND active = true;`,
  () => `let password = String::new();\nio::stdin().read_line(&mut password)?;`,
  () => `"password": "{{ vault_db_password }}"`,
  () => `$password = $_POST['password'];`,
  () => `token=\${TOKEN} ./run.sh`,
  () => `headers = {"Authorization": f"Bearer {api_key}"}`,
  () => `const { data: session } = useSession();\nif (!session?.accessToken) return null;`,
  () => `export const API_KEY = import.meta.env.VITE_API_KEY;`,
  () => `OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your key here>`,
  () => `GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}`,
  () => `password: \${DB_PASSWORD:?must be set}`,
  () => `cursor.execute("UPDATE users SET password = %s WHERE id = %s", (hashed, uid))`,
  () => `auth_token = token`,
  () => `for (let i = 0; i < keys.length; i++) { const key = keys[i]; map.set(key, values[i]); }`,
  () => `const secret = crypto.randomBytes(32).toString('hex');`,
  () => `private readonly password: string;`,
  () => `if user.password != confirm_password:\n    raise ValidationError("passwords differ")`,
  () => `kubectl create secret generic db-creds --from-literal=password=\${DB_PASSWORD}`,
  () => `REDIS_PASSWORD=\nREDIS_HOST=localhost`,
  () => `password = getpass.getpass("Password: ")`,
  () => `token_type: "Bearer"\nexpires_in: 3599\nscope: "openid email"`,
  () => `git commit -am "fix password reset flow"`,
  () => `<input type="password" name="password" autocomplete="current-password" />`,
  (g) => `const hash = crypto.createHash('sha256').update(buf).digest('hex'); // ${g.chars(HEX, 8)}`,
  () => `assert response.json()["token_type"] == "bearer"`,
  () => `session_timeout: 1800\npassword_min_length: 12\napi_key_header: X-API-Key\nsecret_name: prod-db-creds`,
  () => `SECRET_KEY_FILE=/run/secrets/django_key`,
  () => `token_url: https://oauth2.googleapis.com/token`,
  () => `docker run -p 8080:80 -v $(pwd):/usr/share/nginx/html nginx:alpine`,
  () => `ssh -p 2222 deploy@bastion.acme.io`,
  () => `mkdir -p src/components && touch src/index.ts`,
  () => `mysql -u root -p`,
  () => `mysql -u root -p appdb < schema.sql`,
  () => `curl -u "$JENKINS_USER:$JENKINS_TOKEN" https://jenkins.acme.io/api/json`,
  () => `redis-cli -h cache.local -p 6379 INFO memory`,
  () => `psql -h localhost -U postgres -d app -f migrate.sql`,
  () => `pip install -U "pydantic>=2.7,<3"`,
  () => `tar -xzf node-v20.11.1-linux-x64.tar.gz -C /opt`,
  () => `echo "$REGISTRY_TOKEN" | docker login ghcr.io -u USERNAME --password-stdin`,
  () => `openssl rand -hex 32`,
  () => `sshpass -f ~/.ssh/pass.txt ssh ops@host`,
  () => `const re = /^(?=.*[A-Z])(?=.*\\d)[A-Za-z\\d@$!%*?&]{8,}$/;`,
  () => `user.setPassword(newPassword); await user.save();`,
];

function dataUri(g: Gen): string {
  const mime = g.pick(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'font/woff2', 'image/svg+xml']);
  const head = mime === 'image/png' ? 'iVBORw0KGgoAAAANSUhEUgAA' : mime === 'image/jpeg' ? '/9j/4AAQSkZJRgABAQAAAQABAAD' : mime === 'image/gif' ? 'R0lGODlh' : 'd09GMgABAAAAA';
  return `data:${mime};base64,${head}${g.chars(B64, g.int(200, 1200))}${g.pick(['', '=', '=='])}`;
}

function pubkeyBlock(g: Gen): string {
  const type = g.pick(['PUBLIC KEY', 'CERTIFICATE', 'PGP PUBLIC KEY BLOCK', 'CERTIFICATE REQUEST']);
  const lines: string[] = [];
  for (let i = 0; i < g.int(4, 10); i++) lines.push(g.chars(B64, 64));
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n${g.chars(B64, 20)}==\n-----END ${type}-----`;
}

function negatives(g: Gen): NegativeCase[] {
  const out: NegativeCase[] = [];
  const add = (kind: string, n: number, make: () => string) => {
    for (let i = 0; i < n; i++) out.push({ kind, text: make() });
  };
  add('uuid', 16, () =>
    g.pick([
      say(g, `request id ${g.uuid()} failed with a 500`),
      `"id": "${g.uuid()}", "type": "invoice"`,
      block(g, `AZURE_TENANT_ID=${g.uuid()}\nAZURE_CLIENT_ID=${g.uuid()}\nAZURE_SUBSCRIPTION_ID=${g.uuid()}`, 'bash'),
      `trace_id=${g.uuid()} span_id=${g.chars(HEX, 16)}`,
      say(g, `the tenant is \`${g.uuid()}\``),
      `{"correlationId": "${g.uuid()}", "status": 404}`,
    ]),
  );
  add('git-sha', 16, () =>
    g.pick([
      say(g, `fixed in commit ${g.chars(HEX, 40)}`),
      `git cherry-pick ${g.chars(HEX, 7)}`,
      `commit ${g.chars(HEX, 40)}\nAuthor: ${g.pick(NAMES)} <${g.pick(NAMES)}@users.noreply.github.com>\nDate:   Tue May 14 10:22:31 2024 +0200`,
      say(g, `it broke between ${g.chars(HEX, 7)}..${g.chars(HEX, 7)}`),
      `git revert ${g.chars(HEX, 40)}`,
      `HEAD is now at ${g.chars(HEX, 7)} Merge pull request #${g.int(100, 9999)} from acme/fix-login`,
    ]),
  );
  add('hash', 20, () =>
    g.pick([
      `${g.chars(HEX, 64)}  ubuntu-24.04-live-server-amd64.iso`,
      say(g, `the image digest is sha256:${g.chars(HEX, 64)}`),
      `docker pull ghcr.io/acme/api@sha256:${g.chars(HEX, 64)}`,
      say(g, `checksum: ${g.chars(HEX, 64)}`),
      `"integrity": "sha512-${g.chars(B64, 86)}=="`,
      `<script src="https://cdn.example.com/lib.js" integrity="sha384-${g.chars(B64, 64)}" crossorigin="anonymous"></script>`,
      say(g, `ED25519 key fingerprint is SHA256:${g.chars(B64, 43)}.`),
      `md5: ${g.chars(HEX, 32)}`,
      `ETag: "${g.chars(HEX, 32)}"`,
      say(g, `the file's SHA-1 is ${g.chars(HEX, 40)}`),
    ]),
  );
  add('crypto-public', 14, () =>
    g.pick([
      say(g, `send it to 0x${g.chars(HEX + 'ABCDEF', 40)}`),
      say(g, `tx hash 0x${g.chars(HEX, 64)} is still pending`),
      say(g, `the transaction 0x${g.chars(HEX, 64)} reverted with "out of gas"`),
      `contract address: 0x${g.chars(HEX, 40)}`,
      say(g, `my BTC address is bc1q${g.chars('023456789acdefghjklmnpqrstuvwxyz', 38)}`),
      say(g, `pinned the file at ipfs://Qm${g.chars(BASE58, 44)}`),
      `block hash: 0x${g.chars(HEX, 64)}`,
      say(g, `my Solana address is ${g.chars(BASE58, 44)}`),
    ]),
  );
  add('version', 16, () =>
    g.pick([
      say(g, `upgraded to v${semver(g)} and now it crashes`),
      `node v${g.int(16, 22)}.${g.int(0, 20)}.${g.int(0, 9)}, npm ${semver(g)}`,
      `Python ${g.pick(['3.10', '3.11', '3.12'])}.${g.int(0, 14)} (main, ${g.pick(['Jan', 'Apr', 'Jun'])} ${g.int(1, 28)} 2024) [GCC 11.4.0] on linux`,
      `Chrome/${g.int(110, 130)}.0.${g.int(5000, 6999)}.${g.int(10, 200)}`,
      `Linux 6.8.0-${g.int(10, 60)}-generic #${g.int(40, 70)}-Ubuntu SMP PREEMPT_DYNAMIC x86_64`,
      `"version": "${semver(g)}",\n"engines": { "node": ">=${g.int(16, 20)}.0.0" }`,
      `requires protobuf>=${semver(g)},<${g.int(4, 6)}.0`,
      `Microsoft Windows [Version 10.0.${g.int(19041, 22631)}.${g.int(1000, 4999)}]`,
    ]),
  );
  add('code', 50, () => g.pick(CODE_SNIPPETS)(g));
  add('data-uri', 12, () =>
    g.pick([
      `![logo](${dataUri(g)})`,
      `.icon { background-image: url("${dataUri(g)}"); }`,
      `<img alt="chart" src="${dataUri(g)}" />`,
      say(g, `why is this image blank? ${dataUri(g)}`),
    ]),
  );
  for (const p of PASSWORD_PROSE) out.push({ kind: 'password-prose', text: say(g, p) });
  add('css', 12, () =>
    g.pick([
      `.btn { color: #${g.chars(HEX, 6)}; background: rgb(${g.int(0, 255)}, ${g.int(0, 255)}, ${g.int(0, 255)}); border: 1px solid #${g.chars(HEX, 3)}; }`,
      say(g, `the brand colours are #${g.chars(HEX, 6)}, #${g.chars(HEX, 6)} and #${g.chars(HEX, 6)}`),
      `:root {\n  --accent: hsl(${g.int(0, 360)} ${g.int(20, 90)}% ${g.int(20, 80)}%);\n  --bg: #${g.chars(HEX, 8)};\n}`,
      `<div class="bg-[#${g.chars(HEX, 6)}] text-[#${g.chars(HEX, 6)}] p-4">`,
    ]),
  );
  add('long-number', 14, () => {
    const n = failsLuhn(g, g.pick([13, 14, 15, 16, 16, 19]));
    return g.pick([
      say(g, `order #${n} never arrived`),
      `timestamp ${g.int(1.6e12, 1.8e12)}`,
      say(g, `the tracking number is ${n}`),
      `invoice ${n.slice(0, 4)}-${n.slice(4, 8)}-${n.slice(8, 12)}-${n.slice(12)}`,
      say(g, `2^64 = 18446744073709551616 and 10! = 3628800`),
      `Discord user id ${g.chars(DIGITS, 18)} (not the bot)`,
    ]);
  });
  add('isbn', 10, () => {
    const i = isbn13(g);
    return g.pick([
      say(g, `ISBN ${i.slice(0, 3)}-${i.slice(3, 4)}-${i.slice(4, 8)}-${i.slice(8, 12)}-${i.slice(12)}`),
      say(g, `the book's ISBN is ${i}`),
      `isbn: ${i}`,
    ]);
  });
  add('phone', 12, () =>
    g.pick([
      say(g, `call me at +1 (${g.int(201, 989)}) 555-${String(g.int(100, 9999)).padStart(4, '0')}`),
      say(g, `office: +44 20 ${g.int(7000, 7999)} ${g.int(1000, 9999)}`),
      `Tel. +49 30 ${g.chars(DIGITS, 8)}`,
      say(g, `text ${g.int(201, 989)}-555-${String(g.int(100, 9999)).padStart(4, '0')} when you arrive`),
      `(${g.int(201, 989)}) ${g.int(200, 999)}-${g.int(1000, 9999)}`,
    ]),
  );
  add('email', 6, () => say(g, `email ${g.pick(NAMES)}.${g.pick(NAMES)}@${g.pick(['acme.io', 'gmail.com', 'uni-example.de'])} about the invoice`));
  add('ssn-like', 12, () =>
    g.pick([
      say(g, `ZIP ${g.int(10000, 99999)}-${g.int(1000, 9999)}`),
      `date: ${g.int(2000, 2030)}-${String(g.int(1, 12)).padStart(2, '0')}-${String(g.int(1, 28)).padStart(2, '0')}`,
      say(g, `part no. ${g.int(1000, 9999)}-${g.int(100, 999)}-${g.int(10, 99)}`),
      `Format: XXX-XX-XXXX (use 000-00-0000 in tests)`,
      say(g, `meeting moved to ${g.int(1, 12)}-${g.int(1, 28)}-2025 at ${g.int(1, 12)}:30`),
      say(g, `IP ${g.int(10, 223)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)} and MAC 00:1A:${g.chars('0123456789ABCDEF', 2)}:3C:4D:5E`),
    ]),
  );
  add('iban-like', 8, () =>
    g.pick([
      say(g, `BIC ${g.pick(['DEUTDEFF', 'COBADEFFXXX', 'BARCGB22', 'INGBNL2A'])} for the transfer`),
      say(g, `sort code ${g.int(10, 99)}-${g.int(10, 99)}-${g.int(10, 99)}, reference INV${g.chars(DIGITS, 8)}`),
      `SKU DE${g.chars(DIGITS, 6)}-${g.chars(UPPER, 3)}`,
      say(g, `the IBAN field rejects my input, it says "invalid checksum"`),
    ]),
  );
  add('seed-prose', 10, () =>
    g.pick([
      'Never share your 24-word recovery phrase with anyone, not even support.',
      'I wrote my seed phrase on paper and put it in a safe, is that enough?',
      'what is the difference between a 12 word and a 24 word mnemonic?',
      'Can you explain how BIP-39 turns entropy into words with a checksum?',
      'We should go back to the lake this summer and rent a small boat again, the kids loved it.',
      'Please find attached the report about the annual budget and the results of the survey for the board.',
      'I think the main issue is that the design does not match what the client asked for in the first meeting.',
      'the wallet asks for the recovery phrase every time I open it on a new device',
      'The old man walked along the river with his dog every morning before the city woke up.',
      'Add a little salt, some olive oil, fresh basil and garlic, then bake it for about twenty minutes.',
    ]),
  );
  add('public-key', 10, () =>
    g.pick([
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.chars(B64, 43)} ${g.pick(NAMES)}@laptop`,
      `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.chars(B64, 300)} deploy@ci`,
      pubkeyBlock(g),
      say(g, `the age recipient is age1${g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`),
    ]),
  );
  add('prefixed-id', 20, () =>
    g.pick([
      `customer cus_${g.chars(ALNUM, 14)} has payment_intent pi_${g.chars(ALNUM, 24)}`,
      `"id": "chatcmpl-${g.chars(ALNUM, 29)}", "object": "chat.completion"`,
      `{"id": "msg_01${g.chars(ALNUM, 22)}", "type": "message", "role": "assistant"}`,
      `request-id: req_${g.chars(ALNUM, 24)}`,
      say(g, `the instance i-0${g.chars(HEX, 16)} in sg-0${g.chars(HEX, 16)} won't start`),
      `arn:aws:iam::${g.chars(DIGITS, 12)}:role/${g.pick(['deploy', 'lambda-exec', 'ReadOnly'])}`,
      say(g, `use ami-0${g.chars(HEX, 16)} in eu-west-1`),
      `pod/api-${g.chars(LOWER_ALNUM, 10)}-${g.chars(LOWER_ALNUM, 5)} CrashLoopBackOff`,
      say(g, `watch https://www.youtube.com/watch?v=${g.chars(B64URL, 11)}`),
      `file-${g.chars(ALNUM, 24)} uploaded, assistant asst_${g.chars(ALNUM, 24)}, thread thread_${g.chars(ALNUM, 24)}`,
      `container ${g.chars(HEX, 12)} exited with code 137`,
    ]),
  );
  add('url', 18, () =>
    g.pick([
      say(g, `clone https://github.com/acme/${g.pick(['api', 'web', 'infra'])}.git`),
      `git@github.com:acme/${g.pick(['api', 'web'])}.git`,
      `ssh://git@gitlab.acme.io:2222/platform/api.git`,
      `DATABASE_URL=postgres://localhost:5432/app`,
      `mongodb://db1.acme.io,db2.acme.io/?replicaSet=rs0`,
      say(g, `see https://medium.com/@${g.pick(NAMES)}/why-we-moved-to-rust-${g.chars(HEX, 12)}`),
      `https://www.npmjs.com/package/@scope/${g.pick(['ui', 'core'])}`,
      say(g, `https://www.google.com/maps/@${g.int(10, 60)}.${g.chars(DIGITS, 7)},-${g.int(1, 120)}.${g.chars(DIGITS, 7)},15z`),
      `https://mastodon.social/@${g.pick(NAMES)}/${g.chars(DIGITS, 18)}`,
      `https://${g.pick(NAMES)}@dev.azure.com/acme/project/_git/repo`,
      `redis://cache.local:6379/0`,
      say(g, `the docs are at https://docs.example.com/api/v2/auth#tokens`),
      `https://example.com/search?q=password+reset&page=2&utm_source=newsletter`,
      `postgres://app:\${DB_PASSWORD}@db:5432/app`,
    ]),
  );
  add('config', 16, () =>
    g.pick([
      `"password_min_length": 12,\n"password_require_symbol": true`,
      `auth_type: oauth2\npasswordless: true\ntoken_expiry: 3600`,
      `secret: false\ntoken_limit: 4096`,
      `"token_type": "Bearer", "expires_in": 3599`,
      `[auth]\nmethod = "ldap"\npassword_file = "/etc/app/pass"`,
      `api_key_name: X-API-Key\napi_key_location: header`,
      `max_tokens: ${g.int(256, 8192)}\ntemperature: 0.${g.int(0, 9)}`,
      `PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]`,
      `password: ********`,
      `api_key: <YOUR_API_KEY>`,
      `token: "xxxx-xxxx-xxxx"`,
      `"password": "{{password}}"`,
      `password=os.environ["DB_PASS"]`,
    ]),
  );
  add('numbers', 10, () =>
    g.pick([
      say(g, `pi is 3.14159265358979323846264338327950288`),
      `matrix: [[0.${g.chars(DIGITS, 8)}, 0.${g.chars(DIGITS, 8)}], [1.${g.chars(DIGITS, 6)}, 2.${g.chars(DIGITS, 6)}]]`,
      say(g, `revenue was $${g.int(1, 999)},${g.int(100, 999)},${g.int(100, 999)} last year`),
      `loss=0.${g.chars(DIGITS, 6)} acc=0.${g.chars(DIGITS, 4)} step=${g.int(1000, 99999)}`,
      `${new Date(g.int(1.6e12, 1.8e12)).toISOString()} INFO request completed in ${g.int(1, 999)}ms`,
      `coords ${g.int(-89, 89)}.${g.chars(DIGITS, 6)}, ${g.int(-179, 179)}.${g.chars(DIGITS, 6)}`,
    ]),
  );
  add('base64-text', 10, () =>
    g.pick([
      `atob("${btoa('Hello, World! ' + g.pick(NAMES))}")`,
      say(g, `the base64 of 'hello world' is aGVsbG8gd29ybGQ=`),
      `//# sourceMappingURL=data:application/json;base64,${g.chars(B64, 400)}`,
      `"thumbnail": "${g.chars(B64, 200)}=="`,
      `nonce-${g.chars(B64, 22)}==`,
    ]),
  );
  add('hex-misc', 10, () =>
    g.pick([
      `segfault at 0x7ffe${g.chars(HEX, 8)} ip 0000${g.chars(HEX, 12)} sp 00007ffd${g.chars(HEX, 8)} error 4`,
      `0xDEADBEEF and 0xCAFEBABE are magic numbers`,
      `u32 mask = 0x${g.chars(HEX, 8)};`,
      `salt (public, stored with the hash): ${g.chars(HEX, 32)}`,
    ]),
  );
  add('chat', 20, () =>
    g.pick([
      'My key takeaway from the talk was that caching is hard.',
      'The secret is to use less sugar and let the dough rest overnight.',
      'Can you pass the token economy chapter summary?',
      'the secret ingredient is love, obviously',
      'I need a key: value list of all the settings',
      'Bearer bonds were common in the 19th century.',
      'How many tokens does GPT-4 support in its context window?',
      'give me the password strength regex in Python',
      'my session expired and I had to log in again',
      "What's the difference between a cookie and a session token?",
      'The cookie banner covers the whole page on mobile.',
      'the SSN field on the form should be masked',
      'Is it safe to email my IBAN to a landlord?',
      'explain how credit card numbers use the Luhn algorithm',
      'how do I rotate an AWS access key without downtime?',
      'What does the sk_live_ prefix mean in Stripe keys?',
      'Hugging Face tokens start with hf_ — where do I create one?',
      'the PIN pad at the store was broken',
      'I pushed the api key by mistake but GitHub secret scanning caught it',
      'Export the private key from MetaMask? Why would I ever do that?',
    ]),
  );
  return out;
}

export function buildCorpus(seed = 0x15_2026): Corpus {
  const g = new Gen(seed);
  return { positives: positives(g), negatives: negatives(g) };
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring

export interface Score {
  positives: number;
  caught: number;
  negatives: number;
  falseAlarms: number;
  recall: number;
  falseAlarmRate: number;
  missed: (PositiveCase & { output: string })[];
  alarms: (NegativeCase & { output: string })[];
  /** Positives whose redaction also removed more than half of the text around the secret. */
  overRedacted: (PositiveCase & { output: string })[];
}

/** Whether any 12-character stretch of the secret (or the whole of a shorter one) is still in the output. */
export function leaks(secret: string, output: string): boolean {
  const w = Math.min(12, secret.length);
  for (let i = 0; i + w <= secret.length; i++) if (output.includes(secret.slice(i, i + w))) return true;
  return false;
}

const MARKER = /\[redacted [^\]]+\]/g;
const HAS_MARKER = /\[redacted [^\]]+\]/;

export function score(redact: (text: string) => string, corpus: Corpus): Score {
  const missed: Score['missed'] = [];
  const alarms: Score['alarms'] = [];
  const overRedacted: Score['overRedacted'] = [];
  for (const c of corpus.positives) {
    const output = redact(c.text);
    if (!HAS_MARKER.test(output) || c.secrets.some((s) => leaks(s, output))) missed.push({ ...c, output });
    else {
      let rest = c.text;
      for (const s of [c.region ?? '', ...c.secrets]) if (s) rest = rest.split(s).join('');
      const kept = output.replace(MARKER, '').length;
      if (kept < rest.length * 0.5) overRedacted.push({ ...c, output });
    }
  }
  for (const c of corpus.negatives) {
    const output = redact(c.text);
    if (output !== c.text) alarms.push({ ...c, output });
  }
  const caught = corpus.positives.length - missed.length;
  return {
    positives: corpus.positives.length,
    caught,
    negatives: corpus.negatives.length,
    falseAlarms: alarms.length,
    recall: caught / corpus.positives.length,
    falseAlarmRate: alarms.length / corpus.negatives.length,
    missed,
    alarms,
    overRedacted,
  };
}

export function formatScore(s: Score): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `redaction (fresh corpus): caught ${s.caught}/${s.positives} (${pct(s.recall)}), false alarms ${s.falseAlarms}/${s.negatives} (${pct(s.falseAlarmRate)}), over-redacted ${s.overRedacted.length}`;
}
