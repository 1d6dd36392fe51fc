import { factored, wordAnchors } from './fast-anchors';
import type { SecretSpan } from './rules';
import { windowTester } from './trigger-scan';

/**
 * A password in a line that says it quotes a product's documentation: "The Mosquitto docs example: mosquitto_sub -h
 * test.mosquitto.org -u rw -P readwrite", "Proxmox docs: curl … -d 'password=…'", "example from the README: …".
 * Documentation prints the same sample to every reader, so it opens nothing of the writer's. Only a lead that names
 * the docs and closes with a colon before the value counts, on the value's own line, and not one that makes the docs
 * the writer's own ("our docs:"); a guide, a manual or a README named alone may be the writer's own notes, so they
 * count only as "example from the …"; nor one that the words after it make the writer's ("… is what I use"). Keys in a
 * provider's format are judged by their format elsewhere.
 */
const DOCS_LEAD =
  /(?:\b(?:docs|documentation|tutorial|quickstart)(?:[ \t]+(?:example|sample|snippet|says|shows|uses))?|\b(?:example|sample|snippet)[ \t]+(?:from|in)[ \t]+the[ \t]+(?:docs|documentation|readme|tutorial|manual))[ \t]*:/i;
/**
 * The same lead in other languages, the word inflected as they inflect it: "SQLAlchemy-ის ტუტორიალში:", "En la
 * documentación:", "Laut Doku:", "В документации:", "Dalam dokumentasi:".
 */
const DOCS_OTHER_NAMES =
  String.raw`tutori(?:el|al|ál|ale|ais|ales)\p{L}*|ტუტორიალ\p{L}*|დოკუმენტაცი\p{L}*|documentaci[óo]n|documenta[çc][ãa]o|documentazione|dokumentation|doku|dokumentacj\p{L}*|dokumentace|dokument[áa]ci\p{L}*|dokumentasi|t[àa]i[ \t]+li[ệe]u|dok[üu]mantasyon\p{L}*|документаци\p{L}*|документації|руководств\p{L}*|туториал\p{L}*|փաստաթղթ\p{L}*|ձեռնարկ\p{L}*|התיעוד|תיעוד|الوثائق|التوثيق|مستندات|प्रलेखन|ट्यूटोरियल|文档|文件|教程|ドキュメント|チュートリアル|문서|튜토리얼`;
const DOCS_LEAD_OTHER = new RegExp(String.raw`(?<![\p{L}])(?:${DOCS_OTHER_NAMES})[ \t]*[:：]`, 'iu');
const OWN = /\b(?:my|our|mine|internal|team|company)\b/i;
/** A commit message's "docs" type opening the line: "docs: …", "docs(api): …", "docs!: …", then a lower-case word. */
const COMMIT_TYPE = /^[ \t]*docs(?:\([\w./-]+\))?!?:[ \t]+\p{Ll}/u;
const FIRST_PERSON = /\b(?:I|I'm|I've|my|mine|we|our|ours)\b/i;

/**
 * A sentence that says the docs list a test or sandbox login, without a colon: "the sandbox documentation lists the
 * test patient login fhirjason / …", "the docs give the demo credentials as …". The words after the value may be
 * the writer's ("why does it fail in my app?"), so only a claim to use it as their own ("… is what I use", "my real
 * password") takes it back.
 */
const DOCS_LIST =
  /\b(?:docs|documentation|developer[ \t]+(?:guide|portal)|api[ \t]+reference)[ \t]+(?:lists?|gives?|provides?|publish(?:es)?|documents?|shows?|says)\b[^\n.!?]{0,80}?\b(?:test|sandbox|sample|demo|example)\b/i;
/**
 * A login on a public demo site the text names as the docs' or the project's own: "Per the Moodle docs demo site
 * (…), login "teacher" / "…"", "on the official demo instance, admin / …". Everyone is given it; it resets.
 */
const DEMO_SITE = /\b(?:docs|documentation|official|public|project['’]s)[ \t]+(?:demo|sandbox|playground)[ \t]+(?:site|instance|server|environment|tenant|store|school)\b/i;
/**
 * A public test server the line says its provider documents: "The Rebex public test SFTP server from their docs",
 * "Public FTP test server from the dlptest docs … documented publicly". Its login is printed for every visitor.
 */
const TEST_SERVER = /\b(?:public|official)[ \t]+(?:[a-z]{2,5}[ \t]+)?test[ \t]+(?:[a-z]{2,5}[ \t]+)?(?:server|site|instance|host)\b/i;
const DOCUMENTED = /\b(?:docs|documentation|documented)\b/i;
/**
 * A claim to use it as one's own: "I use it", "we set the same", "is what I use", "my real password"; a question ("can
 * I use it for CI?") is none, nor a use of something else named after the verb ("in our app we use SRV, what's the
 * difference?").
 */
const CLAIMED =
  /(?<!\b(?:can|could|may|should|shall)[ \t]+)\b(?:I|we)[ \t]+(?:use|set|chose|picked|changed)\b(?![ \t]+(?!(?:it|this|that|these|those|them|the[ \t]+same|exactly|too|also|on|in|for|at|as|everywhere)\b)[A-Za-z])|\bmy[ \t]+(?:own|real|actual|live|prod\w*)\b/i;

/**
 * A sentence that says an official source uses the value, without a colon: "The official Shopify tutorial uses the demo
 * store credentials "password: …"", "The Postgres Docker Hub page example uses POSTGRES_PASSWORD=…", "The Redis docs
 * show redis://…" (the verb plural after "docs"), "The Icecast docs' sample icecast.xml has <source-password>…",
 * "the key-uri wiki uses otpauth://…?secret=… as the sample" (a file's name with its dot may stand between). The source
 * is named before its verb, and nothing on the line before the value makes it the writer's own.
 */
const SOURCE_USES =
  /\b(?:official|docs|documentation|tutorials?|quickstarts?|docker[ \t]+hub|readme|wiki|manual)\b(?:[^\n.!?]|\.(?=\S)){0,40}?\b(?:uses|shows|gives|lists|prints|use|show|give|list|print|has|have|contains?|includes?|ships?[ \t]+with)\b/i;

/** Whether a password, or a key in no provider's format (the caller's judgement), is quoted from a product's docs. */
/**
 * What every lead, list and source above holds, in the plain mode: the English words and the other languages' names.
 * Most lines before a value hold none, and the Unicode scans are then never run.
 */
const DOCS_WORD_NEAR = factored(new RegExp(
  `doc|tutorial|quickstart|example|sample|snippet|official|public|project|developer|api|readme|wiki|manual|docker|${wordAnchors(DOCS_OTHER_NAMES).source}`,
  'i',
));

/** `DOCS_WORD_NEAR` tested on a window of a text, the text scanned for it once (`trigger-scan.ts`). */
const docsWordNear = windowTester(DOCS_WORD_NEAR);
/** The other languages' names alone, the same way: where none stands, `DOCS_LEAD_OTHER` finds nothing. */
const otherNameNear = windowTester(wordAnchors(DOCS_OTHER_NAMES));
/**
 * Characters a case-insensitive regex folds differently in the Unicode and the plain mode (the long s, the Kelvin and
 * Ångström signs …: as rules.ts's `ODD_FOLDS`): where one stands, the plain scan may miss a name the Unicode one finds.
 */
const ODD_FOLDS = /[\u017F\u03F4\u1E9E\u1F80-\u1FAF\u1FB3\u1FBC\u1FC3\u1FCC\u1FF3\u1FFC\u2126\u212A\u212B]/;

export function isQuotedFromDocs(text: string, span: SecretSpan): boolean {
  if (span.label !== 'password' && span.label !== 'api key') return false;
  // The value's line before it, 200 characters at most.
  const reach = Math.max(0, span.start - 200);
  let lineStart = span.start;
  while (lineStart > reach && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (!docsWordNear(text, lineStart, span.start)) return false;
  const line = text.slice(lineStart, span.start);
  const testServer = TEST_SERVER.exec(line);
  const listed = DOCS_LIST.exec(line) ?? DEMO_SITE.exec(line) ?? (testServer && DOCUMENTED.test(text.slice(span.start - line.length, span.end + 120)) ? testServer : null);
  if (listed !== null && !OWN.test(line.slice(0, listed.index + listed[0].length))) {
    const after = text.slice(span.end, span.end + 200);
    return !CLAIMED.test(after.split('\n')[0]!);
  }
  if (SOURCE_USES.test(line) && !OWN.test(line) && !CLAIMED.test(text.slice(span.end, span.end + 200).split('\n')[0]!)) return true;
  // Both leads close with a colon: a line without one is not read for them. The other languages' lead, a Unicode scan,
  // is read only on a line that holds one of its names in the plain mode, or a character the two modes fold apart.
  const colon = line.includes(':') || line.includes('：');
  const lead = colon ? (DOCS_LEAD.exec(line) ?? (otherNameNear(text, lineStart, span.start) || ODD_FOLDS.test(line) ? DOCS_LEAD_OTHER.exec(line) : null)) : null;
  if (lead === null || OWN.test(line.slice(0, lead.index + lead[0].length))) return false;
  // "docs: onboarding notes for the new hire, … door code …": a commit message's type, as Conventional Commits write
  // it ("feat:", "fix:", "docs(readme):"), lower case at the line's start with a lower-case word after; it says the
  // change is to the writer's own documentation, and quotes no product's. Only where the value stands in prose: a
  // command or an assignment after "docs:" ("docs: curl -d 'password=…'") may still be quoted.
  if (COMMIT_TYPE.test(line) && !/=|:\/\/|(?:^|\s)--?[a-z]/i.test(line.slice(lead.index + lead[0].length))) return false;
  // "… docs example: password=X is what I use on prod": the writer makes the sample their own after it.
  const rest = text.slice(span.end, span.end + 200);
  return !FIRST_PERSON.test(rest.slice(0, rest.indexOf('\n') >= 0 ? rest.indexOf('\n') : rest.length));
}

/**
 * A product's factory default said as its documentation gives it: "Bluetooth speakers default to pairing PIN 0000
 * according to the manual", "laut Handbuch ist die Standard-PIN 1234", "el PIN por defecto es 0000 según el manual".
 * Every unit of the model ships with it, and its manual is public: the value (a trivial one, `trivialDefault`) opens
 * nothing that a reader of the manual could not open, whatever the device. Both words, a default's and a manual's, stand in the value's sentence, in
 * any of some thirty languages; a sticker or a label printed for one unit is no manual.
 */
const DEFAULT_WORD =
  /(?<![\p{L}])(?:defaults?(?:[ \t]+to)?|by[ \t]+default|factory|out[ \t]+of[ \t]+the[ \t]+box|ships?[ \t]+with|standard\p{L}*|voreingestellt\p{L}*|werks\p{L}*|par[ \t]+d[ée]faut|d['’]usine|por[ \t]+defecto|predeterminad\p{L}*|de[ \t]+f[áa]brica|padr[ãa]o|predefinit\p{L}*|di[ \t]+fabbrica|standaard\p{L}*|fabrieks\p{L}*|domy[śs]ln\p{L}*|fabryczn\p{L}*|по[ \t]+умолчанию|заводск\p{L}*|за[ \t]+замовчуванням|varsay[ıi]lan|fabrika|oletus\p{L}*|tehdas\p{L}*|standard|fabriks\p{L}*|alap[ée]rtelmezett|gy[áa]ri|v[ýy]choz[íi]|tov[áa]rn[íi]|implicit|mặc[ \t]+định|bawaan|lalai|デフォルト|初期|默认|默認|出厂|出廠|기본|초기|افتراضي|الافتراضي|ברירת[ \t]+מחדל|डिफ़ॉल्ट|डिफॉल्ट)(?![\p{L}])/iu;
const MANUAL_WORD =
  // AI's round: the maker named instead of its manual ("Der Hersteller liefert das Gerät mit dem Standardpasswort 0000
  // aus", "the vendor ships every unit with 1234"): what the maker ships every unit with is as public as its manual.
  /(?<![\p{L}])(?:manufacturer|vendor|maker|hersteller\p{L}*|fabricant\p{L}*|fabricante\p{L}*|produttore|costruttore|fabrikant\p{L}*|producent\p{L}*|producător\p{L}*|производител\p{L}*|виробник\p{L}*|üretici\p{L}*|valmistaja\p{L}*|tillverkare\p{L}*|gy[áa]rt[óo]|v[ýy]robce|メーカー|制造商|厂商|廠商|제조사|الشركة[ \t]+المصنعة|יצרן|manuals?|user[ \t]+guide|quick[ \t]*start(?:[ \t]+guide)?|datasheet|data[ \t]+sheet|documentation|docs|instructions|handbook|handbuch\p{L}*|anleitung\p{L}*|bedienungsanleitung\p{L}*|manuel|notice|mode[ \t]+d['’]emploi|manual(?:e|es)?|instrucciones|istruzioni|handleiding|instrukcj\p{L}*|руководств\p{L}*|инструкци\p{L}*|інструкці\p{L}*|kılavuz\p{L}*|k[äa]ytt[öo]ohje\p{L}*|bruksanvisning\p{L}*|brugsanvisning\p{L}*|k[ée]zik[öo]nyv\p{L}*|n[áa]vod\p{L}*|hướng[ \t]+dẫn|panduan|マニュアル|説明書|取扱説明書|说明书|說明書|手册|手冊|설명서|매뉴얼|دليل|الدليل|מדריך|मैनुअल)(?![\p{L}])/iu;
/** The writer's own unit set to it still, or changed: "we never changed it", "still on", "nie geändert". */
const KEPT_ON_OURS = /\b(?:never[ \t]+changed|not[ \t]+changed|haven['’]?t[ \t]+changed|still[ \t]+(?:on|set|the)|nie[ \t]+ge[äa]ndert|jamais[ \t]+chang[ée]|nunca[ \t]+(?:lo[ \t]+)?cambi)/i;

/** What every default word above holds, in the plain mode: most values' sentences hold none, and are left at once. */
const DEFAULT_NEAR = /default|factory|box|ship|standard|werk|voreing|d[ée]faut|usine|defecto|predetermin|f[áa]brica|padr|predefin|fabbrica|fabriek|domy|fabryc|умолч|заводск|замовч|varsay|fabrika|oletus|tehdas|fabrik|alap|gy[áa]ri|v[ýy]choz|tov[áa]rn|implicit|mặc|bawaan|lalai|デフォルト|初期|默认|默認|出厂|出廠|기본|초기|افتراض|ברירת|डिफ/i;

/**
 * The values a model's documentation gives as every unit's default: one digit repeated, or a run up or down (0000,
 * 1111, 8888, 1234, 123456, 4321). A code of the manual for one unit ("the default code printed in the manual is
 * 57983", a keypad's own) is that unit's secret.
 */
function trivialDefault(value: string): boolean {
  if (!/^\d{4,8}$/.test(value)) return false;
  if (/^(\d)\1+$/.test(value)) return true;
  const up = '0123456789'.includes(value) || '1234567890'.includes(value);
  return up || '9876543210'.includes(value);
}

export function isDocumentedDefault(text: string, span: SecretSpan): boolean {
  if (span.end - span.start > 8 || !trivialDefault(text.slice(span.start, span.end)) || !DEFAULT_NEAR.test(text.slice(Math.max(0, span.start - 160), span.end + 120))) return false;
  const before = text.slice(Math.max(0, span.start - 160), span.start);
  const lead = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?。](?=\s[^.!?。]*$)/)) + 1);
  const after = text.slice(span.end, span.end + 120).split(/\n|[.!?。](?:\s|$)/)[0]!;
  const sentence = `${lead} ${after}`;
  // The default said of this value: before it in its sentence, or right after it ("0000 (the factory default)"); a
  // default named later, after a comma ("…, the manual says to change the default"), is another value's.
  const saidDefault = DEFAULT_WORD.test(lead) || DEFAULT_WORD.test(after.slice(0, 30).split(/[,;]/)[0]!);
  return saidDefault && MANUAL_WORD.test(sentence) && !KEPT_ON_OURS.test(sentence);
}
