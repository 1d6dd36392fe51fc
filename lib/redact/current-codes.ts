import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * A PIN or a lock's code named in one sentence (often a question) and given in the next as what it is now: "How do I
 * change the voicemail PIN? Right now it's 1506, everyone knows it", "Як змінити PIN голосової пошти? Зараз стоїть
 * 1506", "Wie ändere ich den Tor-Code? Aktuell ist es 2207". The value stands after a word for "now" (and a verb),
 * so a number of units after it ("currently 3000 ms", "right now it's 4 digits") is left alone, as is a code of any
 * other kind (an error's, a product's) named before.
 */

/**
 * Words for "now" or "currently", then a verb for "is" or "is set" (or a colon), in the languages seen: without one
 * the number counts something ("currently 1000 users").
 */
const NOW_THEN_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:right[ \t]+now|currently|(?:the|my)[ \t]+current[ \t]+(?:one|PIN|code)|at[ \t]+the[ \t]+moment|at[ \t]+present|зараз|наразі|сейчас|teraz|obecnie|aktuell|momentan|derzeit|actuellement|en[ \t]+ce[ \t]+moment|ahora|actualmente|agora|attualmente|momenteel|op[ \t]+dit[ \t]+moment|şu[ \t]+anda|hiện[ \t]+tại)(?![\p{L}])` +
    String.raw`[ \t,]*(?:(?:it(?:['’]s|[ \t]+is)|is[ \t]+it|it['’]s[ \t]+set[ \t]+to|set[ \t]+to|стоїть|стоит|встановлено|установлен|ist[ \t]+es|ist|es[ \t]+ist|c['’]est|est|es|está|é|è|jest|to|je|is[ \t]+het|het[ \t]+is|is)[ \t]*:?[ \t]+|:[ \t]*)` +
    String.raw`(?<![\p{N}])(\d{4,8})[#*]?(?![\p{L}\p{N}_]|[.,:/-]\d)`,
  'dgiu',
);

/** A PIN or a lock's code named in the lead: PIN in any script, a passcode, a door, gate, alarm or safe code. */
const CODE_NAMED = /(?<![\p{L}])(?:PIN|ПІН|ПИН|пін|пин|passcode|pass[ \t]code|(?:door|gate|alarm|lock|safe|garage|keypad|entry|access)[ \t-]?code|Tor-?[Cc]ode|Türcode|Alarmcode|code[ \t]+(?:de[ \t]+la[ \t]+porte|du[ \t]+portail|de[ \t]+l['’]alarme))(?![\p{L}])/u;
/** Words in the lead that make the number something else: a count, a length, an error, a port, a timeout. */
const NOT_A_CODE = /(?<![\p{L}])(?:error|status|port|version|timeout|length|digits?|attempts?|tries|limit|count|format)(?![\p{L}])/iu;
/** Units after the number. */
const UNIT_AFTER = /^[ \t]*(?:ms|s|sec\p{L}*|min\p{L}*|h|hours?|days?|digits?|chars?|characters?|times|tries|attempts?|%|px|mb|gb|kb)(?![\p{L}])/iu;

/** How far back the code's name may stand: its own sentence and the one before. */
const LEAD = 160;

const CURRENT_CODE: RegexRule = {
  name: 'current-code',
  pattern: NOW_THEN_VALUE,
  judge(m, text) {
    const value = m[1]!;
    const start = m.indices![1]![0];
    // A year reads as one after "now" ("right now it is 2024"), whatever was named before.
    if (/^(\d)\1+$|^(?:19|20)\d\d$/.test(value) || UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 12))) return null;
    const lead = text.slice(Math.max(0, m.index - LEAD), m.index);
    // The same paragraph: a blank line or two line breaks end the reach.
    const para = lead.slice(lead.lastIndexOf('\n\n') + 1);
    if (!CODE_NAMED.test(para) || NOT_A_CODE.test(para)) return null;
    return { start, end: start + value.length, label: 'password' };
  },
};

const RECALLED = String.raw`(?:здається|мабуть|кажется|вроде)(?:,?[ \t]+(?:він|вона|воно|це|он|она|оно|это))?,?[ \t]+(?:був|була|було|был|была|было)|ich[ \t]+glaube,?[ \t]+(?:sie|er|es)[ \t]+war|je[ \t]+crois[ \t]+que[ \t]+c['’][ée]tait|il[ \t]+me[ \t]+semble[ \t]+que[ \t]+c['’][ée]tait|creo[ \t]+que[ \t]+(?:era|fue)|acho[ \t]+que[ \t]+(?:era|foi)|credo[ \t]+(?:che[ \t]+)?(?:fosse|era)|cred[ \t]+c[ăa][ \t]+(?:era|a[ \t]+fost)|chyba[ \t]+(?:to[ \t]+)?by[łl]a?|wydaje[ \t]+mi[ \t]+si[ęe],?[ \t]+że[ \t]+(?:to[ \t]+)?by[łl]a?|luulen,?[ \t]+että[ \t]+se[ \t]+oli|jag[ \t]+tror[ \t]+(?:den|det)[ \t]+var|jeg[ \t]+tror[ \t]+(?:den|det)[ \t]+var|ik[ \t]+denk[ \t]+dat[ \t]+het`;

/**
 * A PIN or a lock's code named in the lead, then given as what the writer set it to: "… asks for the S-PIN. Ich habe
 * 8466 gesetzt, aber …", "I've set it to 4471 and it still says wrong PIN", "We set it to 2986 at registration", "j'ai mis
 * 4471", "ik heb 4471 ingesteld", or as what the writer recalls it was ("I set it last spring, I think it was 8538").
 * The verb says the number is the code's new value; the lead must name a PIN or a lock's code, as for "now".
 */
const SET_TO_VALUE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:I|we|they|he|she)(?:['’]ve|[ \t]+have)?[ \t]+(?:set|changed|reset)[ \t]+(?:it|mine|ours|the[ \t]+PIN|the[ \t]+code)[ \t]+to|` +
    // The writer recalling the value: "I set it last spring, I think it was 8538", "it used to be 4471".
    String.raw`(?:I[ \t]+think|I[ \t]+believe|I['’]m[ \t]+(?:pretty[ \t]+)?sure|pretty[ \t]+sure|I[ \t]+guess)[ \t]+it[ \t]+was|it[ \t]+used[ \t]+to[ \t]+be|` +
    String.raw`j['’]ai[ \t]+(?:mis|choisi)|je[ \t]+l['’]ai[ \t]+mis[ \t]+à|(?:lo|la)[ \t]+puse[ \t]+en|puse|ho[ \t]+(?:messo|impostato)|l['’]ho[ \t]+impostato[ \t]+(?:a|su))[ \t]+(?<![\p{N}])(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d)` +
    String.raw`|(?<![\p{L}])(?:ich[ \t]+habe|ich[ \t]+hab|hab(?:e)?[ \t]+ich|ik[ \t]+heb|heb[ \t]+ik)[ \t]+(?:(?:ihn|sie|es|den|die|hem|het)[ \t]+(?:auf[ \t]+|op[ \t]+)?)?(\d{4,8})[ \t]+(?:gesetzt|eingestellt|gewählt|vergeben|festgelegt|geändert|ingesteld|gekozen|gezet)(?![\p{L}])`,
  'dgiu',
);

/**
 * "The code is …" in a sentence after one that names what the code opens or is for: "… now the radio says SAFE. The
 * card in the glovebox says the code is 4618", "Inserisci il codice di accesso …'. L'avvocato mi ha scritto che il
 * codice è TPAMI11C". The article says the code is one already named; the lead must name a PIN, a lock's code, or what
 * such a code opens (a radio, a safe, a keypad, a lock box) or lets in (an access code).
 */
const THE_CODE_IS = new RegExp(
  String.raw`(?<![\p{L}])(?:the|il|el|le|der|o|de|het)[ \t]+(?:code|codice|código|codigo|Code|kod|kode|koden)[ \t]+(?:is|è|es|est|ist|é|er|är|is[ \t]+now)[ \t]*:?[ \t]+(?<![\p{N}])([\p{L}\p{N}]{4,12})(?![\p{L}\p{N}_]|[.,:/-][\p{L}\p{N}])`,
  'dgiu',
);

/** What a code opens or lets in, for "the code is": besides a PIN or a lock's code, a radio, a safe, an access code. */
const OBJECT_NAMED =
  /(?<![\p{L}])(?:radio|safe|keypad|lock[ \t]?box|key[ \t]?safe|padlock|locker|access[ \t]+code|codice[ \t]+di[ \t]+accesso|c[óo]digo[ \t]+de[ \t]+(?:acceso|acesso)|code[ \t]+d['’]acc[èe]s|Zugangscode|toegangscode)(?![\p{L}])/iu;

/** Words that make "the code" a program's: "The code is 2000 lines", "the code is in git". */
const PROGRAM_CODE = /(?<![\p{L}])(?:app|apps|software|program\p{L}*|repo\p{L}*|git|github|function|script|compil\p{L}*|bug|snippet|source|lines?|commit|branch)(?![\p{L}])/iu;

/** A code printed in capitals and digits, both present, or four to eight digits. */
const CODE_VALUE = /^(?:\d{4,8}|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,12})$/;

/** Whether the lead (this sentence and the one before, within the paragraph) names a code, or what one opens. */
function leadNamesCode(text: string, at: number, objects: boolean): boolean {
  const lead = text.slice(Math.max(0, at - LEAD), at);
  const para = lead.slice(lead.lastIndexOf('\n\n') + 1);
  return (CODE_NAMED.test(para) || (objects && OBJECT_NAMED.test(para))) && !NOT_A_CODE.test(para);
}

/**
 * A PIN recalled in the other languages the rules read: "здається, він був …", "кажется, был …", "ich glaube, sie war
 * …", "je crois que c'était …", "creo que era …", "acho que era …", "credo che fosse …", "cred că era …", "chyba był …",
 * "luulen että se oli …", "jag tror den var …", "jeg tror den var …" ("azt hiszem, … volt" puts the verb after). A rule
 * of its own, on its own words, so that the set-to rule's windows do not pay for these alternatives.
 */
const RECALLED_VALUE = new RegExp(String.raw`(?<![\p{L}])(?:${RECALLED})[ \t]+(?<![\p{N}])(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d)`, 'dgiu');

const SET_CODE: RegexRule = {
  name: 'code-set-after-lead',
  pattern: SET_TO_VALUE,
  judge(m, text) {
    const group = m[1] !== undefined ? 1 : 2;
    const value = m[group]!;
    const start = m.indices![group]![0];
    if (/^(\d)\1+$|^(?:19|20)\d\d$/.test(value) || UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 12))) return null;
    if (!leadNamesCode(text, m.index, false)) return null;
    return { start, end: start + value.length, label: 'password' };
  },
};

const THE_CODE: RegexRule = {
  name: 'the-code-is',
  pattern: THE_CODE_IS,
  judge(m, text) {
    const value = m[1]!;
    const start = m.indices![1]![0];
    if (!CODE_VALUE.test(value) || /^(\d)\1+$|^(?:19|20)\d\d$/.test(value)) return null;
    if (UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 12))) return null;
    if (!leadNamesCode(text, m.index, true)) return null;
    // A program's code, in the lead or the rest of the sentence.
    const sentenceAfter = text.slice(start + value.length, start + value.length + 60).split(/[\n.!?]/)[0]!;
    if (PROGRAM_CODE.test(text.slice(Math.max(0, m.index - LEAD), m.index)) || PROGRAM_CODE.test(sentenceAfter)) return null;
    return { start, end: start + value.length, label: 'password' };
  },
};

const RECALLED_CODE: RegexRule = { ...SET_CODE, name: 'code-recalled-after-lead', pattern: RECALLED_VALUE };

/**
 * A PIN or a lock's code named in the lead, then given as what someone said, wrote or told the writer it is: "… asks
 * for a supervisor PIN to void a sale. Manager said it's 7090.", "the landlord texted that it is 4471", "Der Hausmeister
 * sagte, es ist 2207", "el encargado me dijo que es 2207", "o gerente disse que é 2207", "il responsabile ha detto che è
 * 2207", "le gérant m'a dit que c'est 2207", "de beheerder zei dat het 2207 is" (the verb after), "kierownik powiedział,
 * że to 2207", "chefen sade att den är 2207", "esimies sanoi, että se on 2207", "менеджер сказал, что это 2207",
 * "менеджер сказав, що це 2207". The lead must name a PIN or a lock's code, as for "now".
 */
const SAID_VERB = String.raw`said|says|told[ 	]+(?:me|us|him|her|them)|tells[ 	]+(?:me|us)|wrote|texted|messaged|confirmed|mentioned|sagte|sagt|meinte|schrieb|hat[ 	]+(?:gesagt|geschrieben)|(?:m['’]|nous[ 	]+)?a[ 	]+(?:dit|écrit)|(?:me[ 	]+|nos[ 	]+)?(?:dijo|escribió|dice|disse|escreveu|diz)|(?:mi[ 	]+)?ha[ 	]+(?:detto|scritto)|zei|schreef|powiedzia[łl]a?|napisa[łl]a?|sade|sagde|skrev|sanoi|kirjoitti|сказал[аи]?|написал[аи]?|сказав|сказала|написав|написала`;
const THAT_IT_IS = String.raw`(?:[ 	]*,)?(?:[ 	]+(?:that|dass|que|che|dat|że|att|at|että|что|що))?[ 	]*,?[ 	]*(?:it(?:['’]s|[ 	]+is|[ 	]+was)|es[ 	]+(?:ist|sei|war)|c['’](?:est|était)|es|era|fue|é|foi|è|het|to(?:[ 	]+(?:jest|je|było))?|den[ 	]+(?:är|er)|det[ 	]+(?:är|er)|se[ 	]+on|это|це)?[ 	]*:?[ 	]+`;
const SAID_VALUE = new RegExp(String.raw`(?<![\p{L}])(?:${SAID_VERB})(?![\p{L}])${THAT_IT_IS}(?<![\p{N}])(\d{4,8})[#*]?(?:[ \t]+is)?(?![\p{L}\p{N}_]|[.,:/-]\d)`, 'dgiu');
const SAID_CODE: RegexRule = { ...SET_CODE, name: 'code-said-after-lead', pattern: SAID_VALUE };

export const CURRENT_CODE_FINDERS: readonly Finder[] = [
  // Anchored on the verbs' stems; the words that may open the match (m'a, me, mi ha, hat) stand within 8 characters.
  windowedFinder(
    SAID_CODE,
    /said|says|told|tells|wrote|texted|messaged|confirmed|mentioned|sagt|meinte|schrieb|geschrieben|dit|écrit|dijo|escribió|dice|disse|escreveu|diz|detto|scritto|zei|schreef|powiedzia|napisa|sade|sagde|skrev|sanoi|kirjoitti|сказал|написал|сказав|написав/giu,
    8,
    60,
    true,
  ),
  windowedFinder(RECALLED_CODE, /здається|мабуть|кажется|вроде|glaube|crois|semble|creo|acho|credo|cred|chyba|wydaje|luulen|tror|denk/giu, 16, 80, true),
  windowedFinder(SET_CODE, /(?:I|we|they|he|she)(?:['’]ve|[ \t]+have)?[ \t]+(?:set|changed|reset)|(?:think|believe|sure|guess)[ \t]+it[ \t]+was|used[ \t]+to[ \t]+be|j['’]ai|je[ \t]+l['’]ai|puse|ho[ \t]+(?:messo|impostato)|l['’]ho|ich[ \t]+hab|hab(?:e)?[ \t]+ich|ik[ \t]+heb|heb[ \t]+ik/giu, 16, 80, true),
  windowedFinder(THE_CODE, /(?:code|codice|código|codigo|kod|kode|koden)[ \t]+(?:is|è|es|est|ist|é|er|är)/giu, 5, 40),
  windowedFinder(
    CURRENT_CODE,
    /right[ \t]+now|currently|current[ \t]+(?:one|PIN|code)|at[ \t]+the[ \t]+moment|at[ \t]+present|зараз|наразі|сейчас|teraz|obecnie|aktuell|momentan|derzeit|actuellement|en[ \t]+ce[ \t]+moment|ahora|actualmente|agora|attualmente|momenteel|op[ \t]+dit[ \t]+moment|şu[ \t]+anda|hiện[ \t]+tại/giu,
    4,
    60,
    true,
  ),
];
