import { NOT_A_CREDENTIAL_LINE, type Finder, type SecretSpan } from './rules';
import { isPlaceholder, lineAround, looksLikeRandomToken, UUID_SHAPE } from './values';

/**
 * A key handed to an API client's constructor as its first, positional argument, the form many SDKs document:
 * `deepl.Translator("…")`, `cohere.ClientV2("…")`, `ApifyClient("…")`, `new Resend("…")`, `new \DeepL\Translator('…')`,
 * `Stripe::StripeClient.new("…")`. The callee is a class: made with `new` or Ruby's `.new`, taken from a module
 * written in small letters, or named for a client. A bare capitalised name is not enough: mobile SDKs configure
 * themselves with public keys that way (`PurchasesConfiguration("goog_…")`), and C# capitalises methods, so a
 * capitalised name after a capitalised class (`Guid.Parse("…")`, `Convert.FromBase64String("…")`) is not taken either. The literal must be a key: a random token,
 * or a UUID alone or with a key's suffix (DeepL and Heroku issue UUIDs as keys; DeepL's free keys end in `:fx`).
 * Classes that wrap an identifier, an address, a digest, a date or a path take such literals too and are left alone.
 */

/** Where a literal opens as the first argument of a call. */
const FIRST_LITERAL = /\([ \t]*(?:[bBrRuU]{1,2}|@)?(["'`])/g;

/**
 * The callee right before the parenthesis: group 1 `new`, 2 the modules before the name (joined by `.`, `\` or `::`),
 * 3 the name, 4 Ruby's `.new`.
 */
export const CALLEE = /(?:^|[^\w$.\\:])(new[ \t]+)?((?:\\?[A-Za-z_$][\w$]*(?:\.|\\|::)){0,4})([A-Z][\w$]{1,60})(\.new)?[ \t]*$/;

/** A name that says it is a client of a service. */
export const CLIENT_NAME = /(?:Client(?:V\d+)?|Api|API|Sdk|SDK)$/;

/** Classes of values that are not credentials, though their literals may be random. */
export const VALUE_CLASS = /Public|Pub[Kk]ey|Address|Id$|ID$|Uuid|UUID|Guid|GUID|Hash|Digest|Checksum|Cid|CID|Date|Time|Url|URL|Uri|URI|Path|File|Error|Exception|Reg[Ee]xp?|Pattern|Color|Colour|Decimal|Version|Commit|Sha|SHA/;

export const UUID_KEY = new RegExp(`^${UUID_SHAPE}(?::[a-z]{2,4})?$`, 'i');

function findClientKeys(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  FIRST_LITERAL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FIRST_LITERAL.exec(text)); ) {
    const callee = CALLEE.exec(text.slice(Math.max(0, m.index - 120), m.index));
    if (!callee) continue;
    const [, made, modules = '', name = '', rubyNew] = callee;
    if (!made && !rubyNew && !/^\\?[a-z_$]/.test(modules) && !CLIENT_NAME.test(name)) continue;
    if (VALUE_CLASS.test(name)) continue;
    const quote = m[1]!;
    const start = m.index + m[0].length;
    // Looked for within the longest key only: an unclosed quote must not send the search to the end of the text.
    const close = start + text.slice(start, start + 301).indexOf(quote);
    if (close < start + 16) continue;
    const value = text.slice(start, close);
    if (value.includes('\n') || !/^[ \t]*[,)]/.test(text.slice(close + 1, close + 40))) continue;
    // A UUID is a key as the call's only argument, or with a key's suffix; beside others it is a tenant's or an app's id
    // (`new ClientSecretCredential(tenantId, clientId, secret)`).
    const uuidKey = UUID_KEY.test(value) && (value.includes(':') || /^[ \t]*\)/.test(text.slice(close + 1, close + 40)));
    if (isPlaceholder(value) || !(looksLikeRandomToken(value) || uuidKey)) continue;
    if (NOT_A_CREDENTIAL_LINE.test(lineAround(text, start, 160).text)) continue;
    spans.push({ start, end: close, label: 'api key' });
    FIRST_LITERAL.lastIndex = close + 1;
  }
  return spans;
}

export const CLIENT_CONSTRUCTOR_FINDERS: readonly Finder[] = [{ name: 'client-constructor-key', find: findClientKeys }];
