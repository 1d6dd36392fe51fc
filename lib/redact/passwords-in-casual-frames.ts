import { neighbourLineStart } from './line-starts';
import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * AZ's round: a password handed over in a chat's casual words, with no word for "password" in them. Each frame is a
 * way people pass one on, and the value must still have a strong password's shape (eight characters or more mixing
 * three of capitals, small letters, digits and symbols, or words joined by hyphens, dots or underscores ending in a
 * number; no address, path, file or version), so a word or a version in the same frame stays:
 *
 * - a change told: "i changed the supplier portal one to Vq7…", "reset the NAS one to …" ("one" or a password's word
 *   before "to");
 * - a fallback: "try K9…, if that doesnt work try Fern2019!" (both values);
 * - an arrow from a few words of what it opens to the value ending the line: "website backend -> Tq8…", "van tracker
 *   creds -> o.duarte and Lp4…" (the value after the user's name and "and");
 * - what a login wants: "the supplier portal wants Oak-river-52 - thats a zero" (BC's round: "… wants Pelic@n4625? now");
 * - logging in with it (BC's round): "just log back in with S@ffr0n2717?", "logging into the shop as yusuf1 with …";
 * - a spelling note: "its Maple-tide-40 all one word";
 * - BR's round: what to give a login that asks for one: "if the orchard app asks for a login, try …";
 * - BD's round: the value first ("… is the one for the rota app"), a note to self that names what it opens, "the X is
 *   now …" ending the line, "label: user + password", and a password that "went back to" or "reverted to" a value.
 *
 * And beside a found password (`findAlsoLinesBesideFoundPasswords`): the next or the previous line that gives another
 * login as "also the till is Basket-otter-31" — what it opens, "is", the value ending the line.
 */
const V = String.raw`([^\s,;'"()<>]{8,64}?)`;
const LINE_END = String.raw`(?=[ \t]*(?:\r?\n|$))`;
const FRAMES = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:changed|set|reset|updated|switched)[ \t]+(?:(?:the|my|our)[ \t]+)?(?:[\p{L}\p{N}'’&-]+[ \t]+){0,4}?(?:one|password|passwd|pw|pass|login)[ \t]+to[ \t]+${V}(?=[.,]?[ \t]*(?:\r?\n|$)|[ \t]+(?:last|this|yesterday|today|now|earlier|for|on)(?![\p{L}]))`,
    String.raw`(?<![\p{L}])try[ \t]+${V}(?:[ \t]+(?:for|on|at)[ \t]+(?:the[ \t]+)?[\p{L}\p{N}'’ -]{1,30}?)?[ \t]*,?[ \t]+if[ \t]+that[ \t]+(?:doesn[’']?t|does[ \t]+not|dont|don[’']t|won[’']?t|fails)[ \t]+work[ \t]*,?[ \t]+try[ \t]+${V}(?=\.?[ \t]*(?:\r?\n|$))`,
    String.raw`(?<=^|\n)[ \t>]*[\p{L}][\p{L}\p{N} '’&.-]{0,40}?[ \t]+(?:->|→)[ \t]+(?:[\w.@+-]{2,64}[ \t]+(?:and|&|\/)[ \t]+)?${V}${LINE_END}`,
    String.raw`(?<![\p{L}])(?:the|my|our)[ \t]+(?:[\p{L}\p{N}'’-]+[ \t]+){1,3}wants[ \t]+${V}(?=[ \t]*(?:\r?\n|$)|[ \t]+[-–—(]|[,;]|[ \t]+now(?![\p{L}]))`,
    // BC's round: logging in with it, as a user maybe ("just log back in with S@ffr0n2717?", "logging into the shop as
    // yusuf1 with EL285=hlbs#56 keeps bouncing me").
    // BX's round: or getting into it ("finally got into the alarm app with …").
    String.raw`(?<![\p{L}])(?:(?:log|logs|logging|logged|sign|signs|signing|signed)[ \t]+(?:back[ \t]+)?(?:in|into|on)|(?:got|get|gets|getting)[ \t]+(?:back[ \t]+)?into)(?:[ \t]+(?:to[ \t]+)?(?:the[ \t]+)?[\p{L}\p{N}'’&.-]+){0,4}?(?:[ \t]+as[ \t]+[\w.@+-]{2,64})?[ \t]+with[ \t]+${V}(?=[.,;!?]?(?:[ \t]|\r?\n|$))`,
    String.raw`(?<![\p{L}])(?:it'?s|its|it[ \t]+is)[ \t]+${V}[ \t]+all[ \t]+one[ \t]+word(?![\p{L}])`,
    // BD's round: the value first, then what it opens ("Kq7=2291xzt is the one for the rota app, not the old one").
    String.raw`(?<![^\s>])${V}[ \t]+is[ \t]+(?:the|our)[ \t]+(?:one|password|pw|login|pass)[ \t]+(?:for|to|on)[ \t]+(?=\S)`,
    // BD's round: a note to self naming what it opens, the value ending the line ("note to self: booking portal
    // Hazel7-Quill!").
    String.raw`(?<![\p{L}])note[ \t]+to[ \t]+self[ \t]*[:：-][ \t]*(?:[\p{L}\p{N}'’&-]+[ \t]+){1,5}?${V}${LINE_END}`,
    // BD's round: what it opens "is now" the value ending the line, a name in brackets between ("the CMS (central
    // management system) is now Hazel…").
    String.raw`(?<![\p{L}])(?:the|my|our)[ \t]+(?:[\p{L}\p{N}'’&-]+[ \t]+){0,3}?[\p{L}\p{N}'’&-]+(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+is[ \t]+now[ \t]+${V}(?=[.!]?[ \t]*(?:\r?\n|$))`,
    // BD's round: a password said to have gone back to an older value ("the till password went back to …", "reverted
    // to …").
    String.raw`(?<![\p{L}])(?:password|passwd|pw|pass|login|one)[ \t]+(?:went|has[ \t]+gone|is|was)[ \t]+back[ \t]+to[ \t]+${V}(?=[.,;!]?(?:[ \t]|\r?\n|$))`,
    String.raw`(?<![\p{L}])(?:password|passwd|pw|pass|login|one)[ \t]+(?:has[ \t]+)?reverted[ \t]+to[ \t]+${V}(?=[.,;!]?(?:[ \t]|\r?\n|$))`,
    // BN's round (the value read by `framedValue`): what a login "answers to" ("the CCTV box answers to Dugong…=37;"),
    // a value put "back in" after a logout ("just put Persimmon…=86 back in"), and the former one in an aside ("(the old
    // one, fennel|015|medlar, might still be saved …)", "(old one Serval…=97 may still …)").
    String.raw`(?<![\p{L}])answers[ \t]+to[ \t]+${V}(?=[.,;!)]?(?:[ \t]|\r?\n|$))`,
    String.raw`(?<![\p{L}])put[ \t]+${V}[ \t]+back[ \t]+in(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:old|previous|former)[ \t]+one[ \t]*,?[ \t]+${V}(?=[ \t]*,|[ \t]+(?:may|might|still|is|was)(?![\p{L}]))`,
    // BR's round: what to give a login that asks ("if the orchard app asks for a login, try Basil…714; if that
    // fails, ring me", "when it prompts for the password, use …").
    String.raw`(?<![\p{L}])(?:asks?|asked|asking|prompts?|prompted|wants)[ \t]+(?:you[ \t]+)?(?:for[ \t]+)?(?:an?[ \t]+|the[ \t]+|your[ \t]+)?(?:login|log-in|password|passwd|pw|pass|passcode|sign[ \t-]?in)[ \t]*,?[ \t]+(?:try|use|enter|type|it['’]?s)[ \t]+${V}(?=[.,;!?]?(?:[ \t]|\r?\n|$))`,
    // BD's round: a label, its user and "+" the password ("spirometry PC: admin + Orbit.3427").
    String.raw`(?<=^|\n)[ \t>]*[\p{L}][\p{L}\p{N} '’&.-]{0,40}?[ \t]*:[ \t]*[\w.@-]{2,32}[ \t]+\+[ \t]+${V}${LINE_END}`,
  ].join('|'),
  'dgiu',
);
const ALSO_LINE = new RegExp(String.raw`^[ \t>]*(?:also|and|plus)[ \t,]+(?:(?:the|my|our)[ \t]+)?(?:[\p{L}\p{N}'’&-]+[ \t]+){0,3}?is[ \t]+${V}[ \t]*\r?$`, 'du');

/** A strong password's shape. */
export function strongPasswordShaped(v: string): boolean {
  if (v.length < 8 || isPlaceholder(v)) return false;
  // BF's round: an `@` for an "a", as leetspeak writes it ("P@dd13@c0rn68"), is no address: an e-mail's has a dotted
  // domain after it.
  if (/:\/\/|@[^@\s]*\.[A-Za-z]{2,}|^@|^[/\\~.]|[/\\]|\.(?:com|org|net|io|dev|html?|pdf|png|jpe?g|txt|csv|json|ya?ml|js|ts|py|exe|zip)$/i.test(v)) return false;
  if (/\d+\.\d+/.test(v) && /^[A-Za-z-]*v?\d+(?:\.\d+)+/i.test(v)) return false;
  if (/^[A-Za-z]{2,}(?:[-_.][A-Za-z]{2,})+[-_.]?\d{1,6}$/.test(v)) return true;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return classes >= 3 && /\d/.test(v);
}

/**
 * BE's round: frames that say "it" or "one" for a password named before them, read where a password's word stands in
 * the 200 characters before: "asked for a new password so I made it …", "the user changed it to …", "set it to …",
 * and the former value in brackets ("Old one (…) is dead", "the previous password (…)") or after "was" ("old one was …,
 * dead now"), and "reset the till pw 2 …". The value has a strong
 * password's shape, as every frame here asks.
 */
const IT_FRAMES = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:changed|set|reset|switched|made|turned)[ \t]+it[ \t]+(?:(?:to|into)[ \t]+)?${V}(?=[.,;!]?(?:[ \t]|\r?\n|$))`,
    String.raw`(?<![\p{L}])(?:old|previous|former|last)[ \t]+(?:one|password|passwd|pw|pass|pin)[ \t]*\([ \t]*${V}[ \t]*\)`,
    // BF's round: "(old one was …, dead now)", and a text message's "reset the portal pw 2 …" ("2" for "to").
    String.raw`(?<![\p{L}])(?:old|previous|former|last)[ \t]+(?:one|password|passwd|pw|pass)[ \t]+(?:was|is)[ \t]+${V}(?=[ \t]*(?:[,;)]|\.(?:\s|$)|\r?\n|$))`,
    String.raw`(?<![\p{L}])(?:reset|changed|set|updated)[ \t]+(?:[\p{L}\p{N}'’_-]+[ \t]+){0,5}?(?:pw|pwd|pass|password)[ \t]+(?:2|to)[ \t]+${V}(?=[ \t]|[.,;!]?(?:\s|$))`,
  ].join('|'),
  'dgiu',
);
const PASSWORD_WORD_BEFORE = /passw|\bpw\b|\bpwd\b|login|log[ \t]?in|credential|passphrase/i;

function findPasswordsInItFrames(text: string, spans: SecretSpan[]): void {
  IT_FRAMES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = IT_FRAMES.exec(text)); ) {
    // The frame's own words count: "reset the till pw 2 …" names the password itself.
    const own = m[0].slice(0, m[0].length - (m.find((g, k) => k > 0 && g !== undefined)?.length ?? 0));
    if (!PASSWORD_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index + 20)) && !PASSWORD_WORD_BEFORE.test(own)) continue;
    for (let g = 1; g < m.length; g++) {
      if (m[g] === undefined || !strongPasswordShaped(m[g]!)) continue;
      const [start, end] = m.indices![g]!;
      spans.push({ start, end, label: 'password' });
    }
  }
}

/** BN's three frames, told by their first word: they ask more of the value (`framedValue`). */
const BN_FRAME = /^(?:answers|put|old|previous|former)(?![\p{L}])/iu;

/**
 * A value in BN's frames: a strong password's shape with a password's symbol (not a name's hyphen, underscore or dot),
 * or of random case (six changes of case at least): "answers to" and "the old one" also stand before a product's name
 * and number ("the old one, iPhone12, …") or a pod's ("the old one web-9dhksk4v8k still has 3").
 */
function framedValue(v: string): boolean {
  if (!strongPasswordShaped(v)) return false;
  let changes = 0;
  for (let i = 1; i < v.length; i++) if (/[A-Z]/.test(v[i]!) !== /[A-Z]/.test(v[i - 1]!) && /[A-Za-z]/.test(v[i]! + v[i - 1]!)) changes++;
  return /[!@#$%^&*=+|~?<>]/.test(v) || changes >= 6;
}

/**
 * BX's round: a value that the word right before it names as an identifier ("YouTube video id … is the one for the
 * assembly", "container GTM-… is the one on the live site", "track ID …", "serial no. …"): the value-first frame
 * ("… is the one for …") then points at a public thing, not a password.
 */
const NAMED_AS_AN_IDENTIFIER_BEFORE =
  /(?<![\p{L}])(?:id|ids|identifier|container|serial|sku|slug|handle|username|user[ \t]?name|tag|number|no\.?|nr\.?|ref|reference|isbn|doi|channel|playlist)[ \t]*[:#]?[ \t]*$/iu;

function findPasswordsInCasualFrames(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  findPasswordsInItFrames(text, spans);
  FRAMES.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FRAMES.exec(text)); ) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] === undefined || !(BN_FRAME.test(m[0]) ? framedValue(m[g]!) : strongPasswordShaped(m[g]!))) continue;
      const [start, end] = m.indices![g]!;
      if (start === m.index && NAMED_AS_AN_IDENTIFIER_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      spans.push({ start, end, label: 'password' });
    }
  }
  return spans;
}

export function findAlsoLinesBesideFoundPasswords(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let budget = 100;
  for (const found of kept) {
    if (found.label !== 'password') continue;
    if (--budget < 0) break;
    const lineStart = text.lastIndexOf('\n', found.start - 1) + 1;
    for (const dir of [-1, 1] as const) {
      const at = neighbourLineStart(text, lineStart, dir);
      if (at < 0) continue;
      let lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = text.length;
      if (lineEnd - at > 200) continue;
      const m = ALSO_LINE.exec(text.slice(at, lineEnd));
      if (!m || !strongPasswordShaped(m[1]!)) continue;
      const start = at + m.indices![1]![0];
      const end = at + m.indices![1]![1];
      if (taken.subarray(start, end).some((t) => t !== 0)) continue;
      taken.fill(1, start, end);
      spans.push({ start, end, label: 'password' });
    }
  }
  return spans;
}

export const PASSWORDS_IN_CASUAL_FRAMES_FINDERS: readonly Finder[] = [
  { name: 'passwords-in-casual-frames', find: findPasswordsInCasualFrames, trigger: /changed|set|reset|updated|switched|made|turned|old|previous|former|last|try|->|→|wants|one word|log|sign|the one|note to self|is now|[ \t]\+[ \t]|back to|reverted|answers to|back in|into/i },
];
