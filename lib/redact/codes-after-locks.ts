import { factored, wordAnchors } from './fast-anchors';
import { IS_ITS_NUMBER, namesCode } from './object-codes';
import type { Finder, SecretSpan } from './rules';

/**
 * A code given after the thing it opens or disarms, with no code word between: "Alarmanlage mit 3017 deaktivieren",
 * "le cadenas du local à skis est sur 00547", "…kodea 6151 da eta alarmarena 9522", "the hotel safe … I set it to
 * 802042 then pressed #", "il lucchetto è su 4471". The things are those a number does not name otherwise: a padlock,
 * a combination or key safe, a lock box, a safe, an alarm panel (words in some forty languages, their compounds and
 * case endings read whole: "Alarmanlage", "alarmarena", "Schlüsseltresor"). Four to eight digits follow within six
 * words, or the next sentence sets the thing to them ("I set it to …"). The number is the code where the sentence says
 * so: a word for a code or a PIN, a verb for arming, disarming, opening or setting, or a link that sets a dial ("est
 * sur", "steht auf", "is set to"). A time on an alarm clock, a price, a size, a model or a year is no code. BR's round:
 * a bike lock's compounds ("Fahrradschloss", "cykellåset", "fietsslot", Catalan "cadenat") and the verbs for putting a
 * dial on its number ("lo he puesto en", "je l'ai mis sur", "ustawiłem na", "har sat til", "op … gezet", "auf … gestellt",
 * "έβαλα το"). CB's round: a padlock in Barese ("lucchétte") and in Serbian, Croatian, Bosnian and Montenegrin
 * ("katanac", "lokot").
 */
export const LOCK_WORD =
  String.raw`padlock\p{L}*|combination[ \t]+lock|lock[ \t]?box\p{L}*|key[ \t-]?safe|key[ \t-]?box|safe|alarm\p{L}*|` +
  String.raw`vorh[äa]ngeschlo(?:ss|ß)\p{L}*|zahlenschlo(?:ss|ß)\p{L}*|(?:fahrrad|rad|b[üu]gel|ketten|falt)schlo(?:ss|ß)\p{L}*|cykell[åa]s\p{L}*|sykkell[åa]s\p{L}*|fietsslot\p{L}*|cadenat|schl[üu]ssel(?:tresor|safe|kasten|box)\p{L}*|tresor\p{L}*|einbruchmeldeanlage|` +
  String.raw`cadenas|coffre(?:-fort)?|bo[îi]te[ \t]+[àa][ \t]+cl[ée]s|alarme|candado|caja[ \t]+fuerte|caja[ \t]+de[ \t]+llaves|cadeado|cofre|caixa[ \t]+de[ \t]+chaves|` +
  String.raw`lucchetto|lucch[eé]tt\p{L}*|katanac\p{L}*|lokot\p{L}*|cassaforte|cassetta[ \t]+(?:delle[ \t]+)?chiavi|allarme|hangslot|cijferslot|sleutelkluis|sleutelkast\p{L}*|kluis|` +
  String.raw`k[łl][óo]dk\p{L}*|sejf\p{L}*|h[äa]ngl[åa]s\p{L}*|hengel[åa]s\p{L}*|h[æa]ngel[åa]s\p{L}*|kassask[åa]p\p{L}*|kodel[åa]s\p{L}*|nyckelsk[åa]p\p{L}*|n[øo]kkelboks\p{L}*|n[øo]gleboks\p{L}*|larm\p{L}*|` +
  String.raw`riippulukko\p{L}*|kassakaappi\p{L}*|avains[äa]il\p{L}*|h[äa]lyt\p{L}*|giltzarrapo\p{L}*|kutxa[ \t]+gotor\p{L}*|` +
  String.raw`b?h?ogsa[ \t]+iuchrach|glas-?crochaidh|inneal-?rabhaidh|gh?lais?[ \t]+fhrainc[íi]n|aláram\p{L}*|clo[ \t]+clap|s[êe]ff|larwm|blwch[ \t]+allweddi|` +
  String.raw`katnazz|kaxxa[ \t-]?forti|kaxxaforti|kaxxa|allarm|seif\p{L}*|piekaram\p{L}*[ \t]+sl[ēe]dzen\p{L}*|spyn\p{L}*|tabaluk\p{L}*|v[õo]tmekap\p{L}*|signali[sz]\p{L}*|` +
  String.raw`сейф\p{L}*|сигнализац\p{L}*|сигналізац\p{L}*|ключниц\p{L}*|навесн\p{L}*[ \t]+замок|visac\p{L}*[ \t]+z[áa]m\p{L}*|trezor\p{L}*|lakat\p{L}*|sz[ée]f\p{L}*|riaszt[óo]\p{L}*|lac[ăa]t\p{L}*|asma[ \t]+kilit\p{L}*|λουκ[έε]τ\p{L}*|χρηματοκιβ[ώω]τι\p{L}*|συναγερμ\p{L}*`;
const ANCHORS = factored(wordAnchors(LOCK_WORD));
const LETTER = /\p{L}/u;

/** The value: four to eight digits, a keypad's # or * after them. */
const VALUE = /(?<![\p{L}\p{N}_.,:/-])(\d{4,8})[#*]?(?![\p{L}\p{N}_]|[.,:/-]\d)/u;
const REACH = 72;
const SENTENCE_END = /[.!?。]\s|\n/;

/** The sentence says what the number is: a code or PIN word, a verb for arming, disarming, opening or setting. */
const SAYS_CODE = factored(
  /(?<![\p{L}])(?:PIN|codes?|c[òóô]d|cod|combination|combo|passcode|disarm\p{L}*|arm(?:ed|s)?|unlock\p{L}*|open(?:s|ed)?|set|reset|deaktivier\p{L}*|aktivier\p{L}*|entsperr\p{L}*|entsch[äa]rf\p{L}*|[öo]ffne\p{L}*|scharf|d[ée]sactiv\p{L}*|activ\p{L}*|d[ée]sarm\p{L}*|ouvr\p{L}*|desactiv\p{L}*|desarm\p{L}*|abr\p{L}*|disattiv\p{L}*|attiv\p{L}*|apr\p{L}*|uitschakel\p{L}*|inschakel\p{L}*|openen|wy[łl][ąa]cz\p{L}*|otw[óo]r\p{L}*|avaa|ireki|desaktibatu|itzali|puesto|puse|dej[ée]|messo|mis|posat|pos[ée]|sat|satt|satte|gezet|ingesteld|ustawi\p{L}*|nastavi\p{L}*|gestellt|g['’]stellt|eingestellt|έβαλα|dì-?ghnìomhaich|cuir[ \t]+dheth|diffodd|ddatgloi|iftaħ|itfi|deaktiv\p{L}*|выключ\p{L}*|отключ\p{L}*|открыть|вимкн\p{L}*)(?![\p{L}])/iu,
);
/** A dial or a keypad set to the number: "est sur", "steht auf", "is set to", "está en", "è su". */
const SET_LINK = /(?:(?<![\p{L}])(?:est|[ée]tait|steht|stand|is|was|está|estaba|è|era|staat|står|jest|je|ir|on|da|huwa)[ \t]+(?:set[ \t]+)?(?:sur|auf|to|on|at|en|su|op|p[åa]|na|uz)|set[ \t]+(?:it[ \t]+)?to|mit|with|avec|con|com|met|med|z|ar|le|gyda|ri|[:=])[ \t]*$/iu;
/** Another kind of number after it: a size, a price, a count, a duration. */
const UNIT_AFTER = /^[ \t]*(?:mm|cm|m|kg|g|lbs?|€|\$|£|eur|euros?|usd|dollars?|pounds?|chf|kr|times|x|years?|jahre?n?|ans|años|anni|%|h|hrs?|hours?|min|minutes?|sec|seconds?|sekunden|minuten|stunden|ml|l|w|kw|v|mah|rpm|pcs|st[üu]ck|pages?|seiten?)(?![\p{L}])/iu;
/**
 * BR's round: the number named as another record's between the lock and it ("the alarm company account number is
 * 980968", "the safe's serial number is …", "Alarmanlage, Kundennummer …"): an account's, a contract's or a
 * customer's number, which the company asks for on the phone; no code word may stand after that name.
 */
/** A record's own number named between the thing and the value ("the alarm company account number is …"): no code. */
export const RECORD_NUMBER_BETWEEN =
  /(?<![\p{L}])(?:(?:account|acct|customer|client|contract|policy|membership|member|invoice|order|serial|reference|ticket|case)(?:[ \t]+(?:number|no\.?|nr\.?|#|id|ref))|kundennummer|vertragsnummer|seriennummer|num[ée]ro[ \t]+de[ \t]+(?:client|contrat|compte|s[ée]rie)|n[úu]mero[ \t]+de[ \t]+(?:cliente|contrato|cuenta|conta|s[ée]rie))(?![\p{L}])(?![^\n]*(?<![\p{L}])(?:code|PIN|passcode|password)(?![\p{L}]))/iu;
const MODEL_BETWEEN = /(?<![\p{L}])(?:models?|modell|mod[èe]le|modelo|modello|brand|make|marke|marque|marca)(?![\p{L}])/iu;
const OTHER_NUMBER_BEFORE = /(?<![\p{L}])(?:model|modell|mod[èe]le|modelo|serial|serie|series|part|item|article|artikel|order|price|preis|prix|precio|cost|costs|kosten|€|\$|£|room|zimmer|chambre|habitaci[óo]n|kamra|tel|phone|fax|ext|page|seite|version|v|year|since|seit|depuis|desde|in|size|gr[öo](?:ß|ss)e|taille|capacity|liters?|litres?)[ \t.:#]*$/iu;
/** One short number (a room's, a house's), then a verb for "is" right before the value. */
const ROOM_NUMBER_THEN_IS = /^[^\d]*(?<![\p{N}])\d{1,4}(?![\p{N}])[^\d]*(?<![\p{L}])(?:is|ist|est|es|é|è|huwa|hija|yw|ydi|on|ir|je|jest|er|är|was|war|lautet|da|ni|ye)[ \t]*[:]?[ \t]*$/iu;
/** A clock's alarm: a time of day as four digits after an alarm word, with no code word, is when it rings. */
const ALARM = /ala?rm|larm|al[áa]ram|larwm|h[äa]lyt|signali|сигнал|riaszt|συναγερμ|rabhaidh/i;
const TIME_OF_DAY = /^(?:[01]\d|2[0-3])[0-5]\d$/;

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?。](?=\s[^.!?。]*$)/));
  const after = text.slice(end, end + 120);
  const stop = after.search(SENTENCE_END);
  return before.slice(cut + 1) + text.slice(start, end) + (stop < 0 ? after : after.slice(0, stop));
}

function findCodesAfterLocks(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let after = 0;
  ANCHORS.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = ANCHORS.exec(text)); ) {
    if (a.index < after) continue;
    // The anchor is the word whole (its letter runs read in the plain mode): a letter on either side is another word.
    const lock = a[0];
    const from = a.index + lock.length;
    if (LETTER.test(text[a.index - 1] ?? '') || LETTER.test(text[from] ?? '')) continue;
    let window = text.slice(from, from + REACH);
    // Most lock words stand with no number after them.
    if (!/\d/.test(window)) continue;
    const end = SENTENCE_END.exec(window);
    let next = '';
    if (end) {
      // The next sentence counts where it sets the thing to the number: "I set it to 802042".
      next = window.slice(end.index);
      window = window.slice(0, end.index);
    }
    let v = VALUE.exec(window);
    let offset = from;
    let link = v ? window.slice(0, v.index) : '';
    if (!v && next) {
      const n = VALUE.exec(next);
      const lead = n ? next.slice(0, n.index) : '';
      if (!n || !/(?:set|changed|reset|programmed|stellte|gestellt|mis|puse|cambi[ée])[ \t]+(?:it|them|the[ \t]+code|ihn|es|le|la|lo)?[ \t]*(?:to|auf|sur|en|a|in)[ \t]*$/iu.test(lead)) continue;
      v = n;
      offset = from + end!.index;
      link = 'set to';
    }
    if (!v) continue;
    // Six words at most between, no other number.
    // A room's or a house's number may stand between where a verb for "is" gives the code after it ("… of room 214
    // is 8150").
    if (IS_ITS_NUMBER.test(link)) continue;
    // BQ's round: the lock's model or make said between ("the padlock model is Master Lock 1523"): the maker's number.
    if (MODEL_BETWEEN.test(link) || RECORD_NUMBER_BETWEEN.test(link)) continue;
    if (link.split(/\s+/).filter(Boolean).length > 7 || (/\d/.test(link) && !ROOM_NUMBER_THEN_IS.test(link))) continue;
    const value = v[1]!;
    const start = offset + v.index;
    const stop = start + v[0].length;
    if (UNIT_AFTER.test(text.slice(stop, stop + 12)) || OTHER_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    const sentence = sentenceAround(text, a.index, stop);
    const says = SAYS_CODE.test(sentence) || namesCode(sentence);
    if (!says && !SET_LINK.test(link)) continue;
    if (ALARM.test(lock) && TIME_OF_DAY.test(value) && !namesCode(sentence) && !/(?<![\p{L}])(?:PIN|disarm\p{L}*|deaktivier\p{L}*|d[ée]sactiv\p{L}*|desactiv\p{L}*|disattiv\p{L}*)(?![\p{L}])/iu.test(sentence)) continue;
    spans.push({ start, end: start + value.length, label: 'password' });
    after = stop;
  }
  return spans;
}

export const CODES_AFTER_LOCK_FINDERS: readonly Finder[] = [{ name: 'codes-after-locks', find: findCodesAfterLocks }];
