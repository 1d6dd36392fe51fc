import { generatedPhrase } from './generated-phrases';
import type { Finder, SecretSpan } from './rules';

/**
 * A password said by what was done with it, with no password word: "I typed KLGFJ1kI into the stolen-goods check login
 * about five times", "entered sunsetDahlia68758 in the portal's sign-in and it locked", "escribí Tr0mpa!9 en el inicio
 * de sesión", "j'ai tapé Lune-4471 dans la connexion", "digitei Casa2024x no login". A verb of typing, the value, a
 * preposition, then within a few words a login's, a sign-in's or a password field's name: what is typed into a login is
 * its password. The value has a password's shape (letters with digits, or a capital inside small letters, or symbols),
 * or is a phrase of two to five small words a generator makes (`generatedPhrase`): "kettle meadow meteor".
 */
const VERB =
  String.raw`typed|type|entered|enter|tried|try|put|keyed|pasted|paste|used|use|escrib[íi]|escribo|puse|pongo|introduje|introduzco|prob[ée]|tap[ée]|saisi|entr[ée]|essay[ée]|digitei|digito|coloquei|usei|inserito|digitato|scritto|provato|eingegeben|eingetippt|getypt|ingevoerd|ingetypt`;
const PREP = String.raw`into|in|on|at|for|en|dans|sur|no|na|nel|nella|sul|sulla|ins|im|beim|bij|op`;
const LOGIN =
  String.raw`log[ \t-]?in|login|sign[ \t-]?in|log[ \t-]?on|password[ \t]+(?:field|box|prompt)|passcode[ \t]+(?:field|box|prompt)|lock[ \t]?screen|unlock[ \t]+screen|inicio[ \t]+de[ \t]+sesi[óo]n|acceso|connexion|identifiant|accesso|anmeldung|inloggen|aanmelden`;
const VALUE = String.raw`([^\s"'“”«»()<>]{6,64}|[a-z]{3,12}(?:[ \t][a-z]{3,12}){1,4})`;
const TYPED_INTO = new RegExp(
  String.raw`(?<![\p{L}])(?:${VERB})[ \t]+["'“«]?${VALUE}["'”»]?[ \t]+(?:${PREP})[ \t]+([^\n.!?]{0,60}?)(?:${LOGIN})(?![\p{L}])`,
  'dgiu',
);
const SYMBOL = /[!#$%^&*?~+=@]/;

function passwordShaped(v: string): boolean {
  if (/:\/\/|\/|[\w-]@[\w-]+\.\p{L}|^\d+$/u.test(v) || !/\p{L}/u.test(v)) return false;
  const digits = (v.match(/\d/g) ?? []).length;
  // A name in CamelCase ("GitHub", "LinkedIn", "PowerShell") is a product's, typed into a search as often.
  const camelName = /^(?:\p{Lu}\p{Ll}+){1,3}$/u.test(v);
  return (digits >= 2 && /\p{L}/u.test(v)) || (SYMBOL.test(v) && /\p{L}/u.test(v)) || (!camelName && v.length >= 8 && /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(v));
}

function findTypedIntoLogins(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/log|sign|sesi|connex|access|anmeld|inlog|aanmeld|field|screen|prompt|identif/i.test(text)) return spans;
  TYPED_INTO.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TYPED_INTO.exec(text)); ) {
    const value = m[1]!;
    const ok = value.includes(' ') ? generatedPhrase(value) && !/(?<![\p{L}])(?:login|password|account|wrong|right|name|user)(?![\p{L}])/iu.test(value) : passwordShaped(value);
    if (!ok) continue;
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const TYPED_INTO_LOGIN_FINDERS: readonly Finder[] = [{ name: 'typed-into-logins', find: findTypedIntoLogins }];
