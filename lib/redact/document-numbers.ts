import { wordAnchors } from './fast-anchors';
import { windowedFinder, type Finder, type RegexRule } from './rules';
import { contextOf } from './values';
import { US_STATE_NAMES } from '../util/us-states';

/**
 * Numbers of identity documents: passports, driving licences, identity cards. They carry no checksum that tells
 * them from an order or booking number, and their shape differs by issuer (a US passport is nine digits, a German
 * one nine letters and digits mixed, a Californian licence a letter and seven digits, a British one sixteen
 * characters), so what makes one is the document's name written right before it, in the language it is written
 * in: "passport no. …", "Reisepassnummer: …", "California driver license # …", "numéro de passeport : …",
 * "护照号码：…". Between the name and the number only words for "number" and punctuation may stand.
 */

interface DocumentRule {
  name: string;
  /** The document's names, as regex source (matched case-insensitively). */
  words: string;
  /** The number's shape (a regex source for the whole value; capitals and digits). */
  shape: string;
  /** The fewest digits the number holds (words never hold any). */
  minDigits: number;
}

const DOCUMENTS: readonly DocumentRule[] = [
  {
    name: 'passport',
    // Passport, in English, German (also the compounds Passnummer and Pass-Nr.), French, Spanish, Italian,
    // Portuguese, Dutch, Polish, Turkish, Romanian, Russian, Ukrainian, Malay, Thai, Chinese, Japanese, Korean, Hindi,
    // Greek, Hungarian, Czech, Finnish, Vietnamese, Indonesian, Arabic, Hebrew. Stems take any ending, as the
    // languages that decline the noun write it ("pașaportului meu", "закордонного паспорта", "paszportu").
    words:
      'passports?|reisepass|pass(?=[ \\t-]?(?:nummer|nr\\b))|passeport|pasaporte|passaporto|passaporte|paspoort|paszport\\p{L}*|pasaport\\p{L}*|pa[șş]aport\\p{L}*|pasport|паспорт\\p{L}*|หนังสือเดินทาง|护照|護照|パスポート|여권|पासपोर्ट|διαβατ[ήη]ρ[ιί]\\p{L}*|útlevél\\p{L}*|cestovní(?:ho)?[ \\t]+pas\\p{L}*|passi(?:numero|n)?|hộ[ \\t]+chiếu|paspor|pasipoti|pasaporti|جواز[ \\t]+(?:ال)?سفر|דרכון',
    // Nine characters in the machine-readable zone, longer where an issuer's numbers overflow into its optional data.
    shape: '[A-Z0-9]{6,12}',
    minDigits: 1,
  },
  {
    name: 'driving-licence',
    words:
      "driver[’']?s?[ \\t]+licen[cs]e|driving[ \\t]+licen[cs]e|\\bDL(?=[ \\t]*(?:#|no\\b|nr\\b|number\\b|:))|\\b(?:[A-Z][a-z]{1,20}|[A-Z]{2})[ \\t]+DL(?=[ \\t]+(?:$|[A-Z]\\d))|f(?:ü|ue)hrerschein|permis[ \\t]+de[ \\t]+conduire|licencia[ \\t]+de[ \\t]+(?:conducir|manejo|conducción)|carn[eé]t?[ \\t]+de[ \\t]+conducir|patente[ \\t]+di[ \\t]+guida|carteira[ \\t]+de[ \\t]+(?:motorista|habilitação)|\\bCNH\\b|rijbewijs|k(?:ö|o)rkort|prawo[ \\t]+jazdy|운전면허|驾驶证|驾照|運転免許" +
      // Italian "numero patente" (bare "patente" is a patent, or a number plate in Chile), and the licence in Czech,
      // Turkish, Finnish, Norwegian, Danish, Greek, Vietnamese, Swahili, Tagalog and Hebrew.
      "|numero[ \\t]+(?:della[ \\t]+)?patente|patente(?=[ \\t]*(?:n[.°º]|nr\\b|numero\\b))|[řr]idi[čc]sk(?:ý|ého|ém|ým|y|eho)[ \\t]+pr[ůu]kaz\\p{L}*|ehliyet\\p{L}*|ajokortti\\p{L}*|f[øo]rerkort\\p{L}*|k[øo]rekort\\p{L}*|δίπλωμα[ \\t]+οδήγησης|bằng[ \\t]+lái(?:[ \\t]+xe)?|leseni[ \\t]+ya[ \\t]+(?:udereva|kuendesha)|lisensya(?:[ \\t]+sa[ \\t]+pagmamaneho)?|רישיון[ \\t]+נהיגה",
    // ("DL" alone right before the number only after a state's name, "California DL …": "DL 2045" is a flight.)
    // Letters and digits in one run, or in groups joined by hyphens (Florida's D123-456-78-901-0) or spaced digits.
    shape: '[A-Z0-9]{5,20}|[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){1,5}|\\d{3}(?: \\d{3}){2}',
    minDigits: 4,
  },
  {
    name: 'identity-card',
    words:
      "(?:national[ \\t]+)?id(?:entity)?[ \\t-]+card|identity[ \\t]+document|personalausweis|ausweis|carte[ \\t]+(?:nationale[ \\t]+)?d[’']identit[ée]|\\bCNI\\b|carta[ \\t]+d[’']identit[àa](?:[ \\t]+elettronica)?|identiteitskaart|ob[čc]ansk[a-zá-ž]*[ \\t]+pr[ůu]kaz[a-zá-ž]*|תעודת[ \\t]+(?:ה)?זהות|ת[\"״]ז|ταυτ[όο]τητα[ά-ώ]*|c[ée]dula(?:[ \\t]+de[ \\t]+identidad)?|szem[ée]lyi[ \\t]+igazolv[áa]ny\\p{L}*|dow[óo]d(?:u|em)?[ \\t]+osobist(?:y|ego|ym)|numer[ \\t]+dowodu|kimlik[ \\t]+kartı|(?:T\\.?C\\.?[ \\t]+)?kimlik(?=[ \\t]+(?:no\\b|numara))|身份证|身分証|신분증" +
      // Swahili "kitambulisho" (identity card, Kenya's and Tanzania's national ID), Finnish, Scandinavian, Indonesian.
      "|kitambulisho(?:[ \\t]+cha[ \\t]+taifa)?|henkilökortti\\p{L}*|ID-kort\\p{L}*|kartu[ \\t]+(?:tanda[ \\t]+penduduk|identitas)",
    // Also digits in dotted groups, as some cards print them.
    shape: '[A-Z0-9]{6,12}|\\d{1,4}(?:\\.\\d{2,4}){2,4}',
    minDigits: 1,
  },
  {
    name: 'national-number',
    // National numbers named right before them, where the checksum rules of national-ids.ts do not take them (a
    // check digit that fails, a number without one): India's Aadhaar and PAN, Indonesia's NIK on the KTP.
    // Korea's resident registration number (주민등록번호, 주민번호) too: its newer numbers carry no check digit.
    words: 'aadhaar|आधार|\\bNIK(?:-?(?:ku|mu|nya|e|ne|ipun))?\\b|\\bKTP\\b|\\bPAN\\b(?:[ \\t]+card)?|주민등록번호|주민번호',
    // Aadhaar's twelve digits (in fours), the NIK's sixteen, PAN's five letters, four digits and a letter, the
    // Korean number's birth date, a dash and seven digits (the first one the sex and century, 1 to 8).
    shape: '\\d{4}[ -]?\\d{4}[ -]?\\d{4}|\\d{16}|[A-Z]{5}\\d{4}[A-Z]|\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])-[1-8]\\d{6}',
    minDigits: 4,
  },
  {
    name: 'tax-number',
    // A person's tax number where no checksum rule reads it: the French numéro fiscal (SPI), the German
    // Steuernummer and Steuer-ID (named so right before it, it is one even where its check digit fails, which the
    // checksum rule in national-ids.ts requires), the British UTR, the Australian TFN, "tax file/reference/identification number".
    words:
      'num[ée]ro[ \\t]+(?:fiscal|SPI)|identifiant[ \\t]+fiscal|steuernummer|steuer-?nr|steuer-?id|steuer-?identifikationsnummer|steuerliche[ \\t]+identifikationsnummer|\\bUTR\\b|\\bITIN\\b|taxpayer[ \\t]+(?:id|identification)(?:[ \\t]+(?:number|no))?|unique[ \\t]+taxpayer[ \\t]+reference|tax[ \\t]+(?:file|reference|identification)[ \\t]+(?:number|no)|\\bTFN\\b|' +
      // A person's tax number in Vietnamese (mã số thuế cá nhân), Indonesian (NPWP), Turkish (vergi numarası).
      'mã[ \\t]+số[ \\t]+thuế[ \\t]+cá[ \\t]+nhân|\\bNPWP\\b|vergi[ \\t]+numara\\p{L}*',
    // Digits, bare or in groups (`12 345 678 901`, `21/815/08150`), or in the US taxpayer numbers' dashed groups, or the
    // NPWP's dotted ones (`12.345.678.9-012.345`).
    shape: '\\d{8,13}|\\d{2,5}(?:[ /]\\d{2,5}){2,4}|\\d{2}-\\d{7}|9\\d{2}-\\d{2}-\\d{4}|\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}',
    minDigits: 8,
  },
  {
    name: 'health-card',
    // A health insurance card's own number: the European card (EHIC, GHIC, its name in the EU's languages and its
    // national ones: Krankenversicherungskarte, CEAM, TSE, TEAM, CESD, EKUZ, EHIC's Baltic, Nordic and Slavic names)
    // prints twenty digits that open with ISO 7812's 80 (health). It names its holder to every clinic in Europe.
    words:
      '\\bE?HIC\\b|\\bGHIC\\b|health[ \\t]+(?:insurance[ \\t]+)?card|(?:kranken)?versicherungskarte|versichertenkarte|gesundheitskarte|carte[ \\t]+(?:europ[ée]enne[ \\t]+d[’\']assurance[ \\t]+maladie|vitale)|\\bCEAM\\b|tarjeta[ \\t]+sanitaria(?:[ \\t]+europea)?|\\bTSE\\b|tessera[ \\t]+(?:sanitaria|europea)|\\bTEAM\\b|cart[ãa]o[ \\t]+europeu[ \\t]+de[ \\t]+seguro|\\bCESD\\b|\\bEKUZ\\b|europese[ \\t]+(?:zorgpas|ziekteverzekeringskaart)|zorgpas|sjukf[öo]rs[äa]kringskort|sygesikringskort|helsetrygdkort|sairaanhoitokortti|\\bEUKZ\\b|\\bEPZP\\b|europsk\\p{L}*[ \\t]+(?:kartic|preukaz|průkaz)\\p{L}*|Európai[ \\t]+Egészségbiztosítási[ \\t]+Kártya|\\bEEAK\\b|\\bECAM\\b|\\bEVKK\\b|sveikatos[ \\t]+draudimo[ \\t]+kortel\\p{L}*|veselības[ \\t]+apdrošināšanas[ \\t]+kart\\p{L}*|ravikindlustuskaart\\p{L}*|evrópska[ \\t]+sjúkratryggingakort\\p{L}*|sjúkratryggingakort\\p{L}*|cárta[ \\t]+árachais[ \\t]+sláinte|targeta[ \\t]+sanit[àa]ria',
    shape: '80\\d{18}|80\\d{2}(?: \\d{4}){4}',
    minDigits: 20,
  },  {
    name: 'ph-government-numbers',
    // The Philippines' government numbers, named before them: the SSS number (2-7-1 digits), the TIN (3-3-3 and a
    // branch code of three to five), UMID's CRN (4-7-1), PhilHealth's (2-9-1) and Pag-IBIG's MID (4-4-4). Their shapes
    // alone are any dashed reference; the name makes them a person's.
    words: '\\bSSS\\b|\\bTIN\\b|\\bUMID\\b|\\bCRN\\b|philhealth|pag-?ibig|\\bHDMF\\b',
    shape: '\\d{2}-\\d{7}-\\d|\\d{3}-\\d{3}-\\d{3}(?:-\\d{3,5})?|\\d{4}-\\d{7}-\\d|\\d{2}-\\d{9}-\\d|\\d{4}-\\d{4}-\\d{4}',
    minDigits: 9,
  },
  {
    name: 'it-codice-fiscale',
    // The Italian codice fiscale in its own shape (surname, name, birth date and place, a check letter; digits may be
    // swapped for letters where two people would share one). Named so right before it, it is one even where the check
    // letter fails, as a Steuer-ID is; `national-ids.ts` takes it by its check letter after more names.
    words: 'codice[ \\t]+fiscale|tessera[ \\t]+sanitaria',
    shape: '[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]',
    minDigits: 2,
  },
];

/**
 * What may stand between the name and the number: words for "number" in the languages above, "is", and
 * punctuation (`#`, `:`, `No.`, `n°`, the full-width colon, a parenthesis that opens round the number: "my UTR (…)"), and an
 * acronym in parentheses ("numéro fiscal (SPI)").
 */
const US_STATES = US_STATE_NAMES.map((name) => name.toLowerCase().replace(/ /g, '[ \\t]+')).join('|');
const SEPARATOR = "[ \\t.#°º:：'’\"“”„«»–—()-]";
const NUMBER_WORDS =
  "number|num|no|nr|nummer|numéro|numero|número|numer|numara(?:sı|m|mız)?|n|id|is|es|est|ist|é|è|" +
  // Plurals, as a form asks for everyone's ("passport numbers. Mine is …").
  "numbers|nos|nummern|numéros|números|numeri|" +
  // Tagalog "my" and "is" after the form's label ("Passport no. ko: …", "ang numero ko ay …").
  "ko|ang|ay|" +
  // "my", "her", "his" after the name in Maltese, Albanian, Welsh, Basque, Latvian, Estonian, Zulu, Yoruba and Javanese
  // ("ID card tiegħi …", "karta e identitetit tim …").
  "tiegħi|tiegħu|tagħha|tagħna|im|ime|imi|tim|saj|tij|fy|ei|nire|bere|mans|mana|minu|tema|wami|yami|mi|ku|kula|" +
  // Czech, Slovak and Serbo-Croatian abbreviations and words for "number" ("Řidičský průkaz č. …").
  "č|čís|číslo|broj|" +
  // "is" and "my" in more of the languages the names are read in: Polish "to", the Scandinavian "är"/"er", Finnish
  // "on", Czech "je", Vietnamese "là" and "của tôi", Indonesian "adalah", Greek "είναι" ("Mój numer paszportu to …",
  // "Mitt passnummer är …", "Số hộ chiếu của tôi là …").
  "to|jest|mój|moj|är|er|mitt|min|on|je|là|của[ \\t]+tôi|của[ \\t]+mình|adalah|είναι|μου|номер|番号|号码|號碼|번호|नंबर|संख्या|nomor|of|de|du|del|di|der|des|" +
  // Romanian "my" and "is" ("Numărul pașaportului meu este …", "… e …"), Ukrainian and Russian "my", "is" and "this".
  "meu|mea|este|e|мій|моя|мой|мои|є|це|это|" +
  // Hungarian and Greek words for "number" ("személyi igazolvány számát is:", "αριθμός διαβατηρίου").
  "szám|száma|számát|számom|αριθμός|αριθμό|αρ|" +
  // A US state's name between a licence and its number ("driver's license: California …"): each state numbers its own.
  `${US_STATES}|` +
  // "mine is", "it's": the writer's own number after the form's label ("Passport No." — mine is …).
  "mine|meine|meiner|mein|la[ \\t]+mia|il[ \\t]+mio|le[ \\t]+mien|la[ \\t]+mienne|el[ \\t]+mío|la[ \\t]+mía|o[ \\t]+meu|a[ \\t]+minha|it['’]?s|it|saya|मेरा|" +
  // Korean's topic particles after the name ("주민번호는"), Hebrew "mine" and "is" ("תעודת הזהות שלי הוא").
  "는|은|שלי|הוא|היא|" +
  // Tamil, Urdu and Swahili words for "number", "my" and "is" ("PAN எண்", "نمبر", "namba yangu ni").
  "எண்|நம்பர்|نمبر|میرا|namba|nambari|yangu|ni";
/**
 * Whose number it is or what it is for, then a colon: "codice fiscale del bambino:", "passport number of my son:", "DNI
 * de mi hija:", "passport number for the flight school's TSA form:"; or then a verb for "is": "Steuer-ID des
 * Praktikanten ist …", "the passport number of my son is …".
 */
const OWNER = "(?:of|for|de|del|della|dello|di|du|des|von|vom|der|für|do|da|dos|das)(?:[ \\t]+[\\p{L}'’]{1,15}){1,5}(?:[ \\t]*[:：]|[ \\t]+(?:is|ist|lautet|est|es|è|é|är|er|je|jest|on))";
/**
 * Another name of the same document after a slash, as forms join them: "Passport/Travel Document Number", "Passport /
 * ID number". Only document names: "passport/booking reference" names something else.
 */
const ALSO_NAMED = "(?:[ \\t]*/[ \\t]*(?:(?:travel[ \\t]+)?document|ID(?:[ \\t]+card)?|identity[ \\t]+card|national[ \\t]+ID))?";
const BETWEEN = new RegExp(`^${ALSO_NAMED}${SEPARATOR}*(?:(?:${NUMBER_WORDS})${SEPARATOR}*){0,4}(?:${OWNER}[ \\t]*)?$`, 'iu');
/** An acronym in capitals in parentheses after the name: "numéro fiscal (SPI)", "Steuer-ID (IdNr)". */
const ACRONYM = /[ \t]*\(\p{Lu}\p{L}{1,5}\)/gu;

/** The longest name-to-number stretch looked at before a number. */
const LEAD_REACH = 64;

/**
 * Verbs of sending or giving, in the languages the rules read: a number someone "sent me", "hat mir … geschickt", "m'a
 * envoyé", "me mandó", "me enviou", "mi ha mandato", "heeft … gestuurd", "skickade", "wysłał(a)", "gönderdi", "gửi",
 * Swahili "alinitumia", Tagalog "ipinadala".
 */
const GIVING_VERB =
  /(?<![\p{L}])(?:sent|gave|texted|emailed|wrote|forwarded|geschickt|gesendet|gegeben|geschrieben|mitgeteilt|envoy[ée]e?|donn[ée]e?|[ée]crit|mand[óo]|envi[óo]|dio|pas[óo]|enviou|mandou|deu|passou|mandato|inviato|dato|scritto|gestuurd|gegeven|doorgegeven|skickade|skickat|sendte|sendt|gav|wys[łl]a[łl]a?|poda[łl]a?|poslal[a]?|g[öo]nderdi|verdi|g[ửu]i|alinitumia|amenitumia|alinipa|ipinadala|binigay|mengirim|dikirim|memberi)(?![\p{L}])/iu;
/** Words that make a number of the sentence another thing's: an order's, a booking's, a phone's, an invoice's. */
const OTHER_NUMBER = /(?<![\p{L}])(?:order|booking|phone|mobile|tracking|invoice|ticket|reference|ref|case|bestell\p{L}*|buchung\p{L}*|telefon\p{L}*|handy|rechnung\p{L}*|commande|réservation|pedido|reserva|factura|fattura|prenotazione)(?![\p{L}])/iu;
/**
 * An invoice, a bill or a receipt named in the number's sentence, in some forty languages: a tax number said as what
 * goes on one is the seller's, printed for every customer ("Vergi numarası …, faturada olmalı mı?", "Steuernummer …
 * auf der Rechnung", "numéro fiscal … sur la facture"), not a person's secret.
 */
const ON_AN_INVOICE =
  /(?<![\p{L}])(?:invoic\p{L}*|billing|receipts?|rechnung\p{L}*|quittung\p{L}*|factur\p{L}*|fattur\p{L}*|fatur\p{L}*|faktur\p{L}*|nota[ \t]+fiscal|recibo\p{L}*|ricevut\p{L}*|re[çc]u|kvitto|kvittering|lasku\p{L}*|sz[áa]ml[áa]\p{L}*|ra[čc]un\p{L}*|arve\p{L}*|r[ēe]ķin\p{L}*|s[ąa]skait\p{L}*|τιμολόγι\p{L}*|απόδειξ\p{L}*|сч[её]т\p{L}*|рахун\p{L}*|накладн\p{L}*|квитанц\p{L}*|חשבונית|فاتور\p{L}*|إيصال|चालान|बिल|ইনভয়েস|বিল|hóa[ \t]+đơn|invois|resit|ใบกำกับ\p{L}*|ใบเสร็จ|発票|发票|發票|請求書|領収書|インボイス|세금계산서|영수증|인보이스|e-?fatura|e-?invoice|makbuz)(?![\p{L}])/iu;

/** The sentence before asks for the document's number, not the document ("I need the passport" is about the booklet). */
const NUMBER_NAMED = /(?:number|nummer|\bnr\b|\bno\b|num[ée]ro|n[úu]mero|numer|numara|\bID\b|-ID|αριθμ|番号|号码|號碼|번호|namba|nambari|số)/iu;
/** How far before the number the sentence naming the document may begin. */
const NEXT_SENTENCE_REACH = 120;

/**
 * The document named in one sentence and its number given in the next as what someone sent or gave: "… brauche ich die
 * Steuer-ID. Sie hat mir 64458027733 geschickt", "I need his passport number for the form. He sent me K4471… this
 * morning". The number's shape is the document's own, and its sentence names no other kind of number.
 */
function givenInNextSentence(text: string, at: number, end: number, words: RegExp): boolean {
  const lead = contextOf(text, at - NEXT_SENTENCE_REACH, at).split('\n').pop()!;
  const stops = [...lead.matchAll(/[.!?;](?=[ \t]+\S)/g)].map((s) => s.index!);
  if (stops.length === 0) return false;
  const own = lead.slice(stops[stops.length - 1]! + 1);
  const previous = lead.slice(stops.length > 1 ? stops[stops.length - 2]! + 1 : 0, stops[stops.length - 1]! + 1);
  const after = contextOf(text, end, end + 40).split(/[.!?\n]/)[0]!;
  if (/\d/.test(own) || OTHER_NUMBER.test(own) || OTHER_NUMBER.test(after)) return false;
  return words.test(previous) && NUMBER_NAMED.test(previous) && (GIVING_VERB.test(own) || GIVING_VERB.test(after));
}

/**
 * An animal's document, named so before or after the document's name: "EU pet passport", "dog's passport",
 * "Heimtierpass", "dierenpaspoort", "passeport pour animaux", "pasaporte para mascotas", "паспорт животного",
 * "lemmikloomapass", "evcil hayvan pasaportu". Its number is the animal's, not a person's: a pet passport is filled in
 * by a vet and printed on the animal's certificates.
 */
const ANIMAL =
  String.raw`pets?|animals?|dogs?|cats?|horses?|equine|pupp(?:y|ies)|kittens?|ferrets?|heim(?:tier)?|haus(?:tier)?|tier|hunde?|katzen?|pferde?|animaux|animal|compagnie|chiens?|chats?|chevaux|cheval|mascotas?|perros?|gatos?|caballos?|animale|animali|cani|cane|gatt[oi]|cavall[oi]|animais|c[ãa]es|c[ãa]o|cachorros?|huisdier(?:en)?|dieren|dier|honden?|katten?|paarden?|zwierz[ąa]t|zwierz\p{L}*|ps[ay]|kot[ay]|koni[ay]|животн\p{L}*|собак\p{L}*|кошк\p{L}*|кош\p{L}*|лошад\p{L}*|ветеринарн\p{L}*|вет|тварин\p{L}*|lemmiklooma|lemmikloom\p{L}*|koera|kassi|m[āa]jdz[īi]vniek\p{L}*|dz[īi]vniek\p{L}*|gyv[ūu]n\p{L}*|augintin\p{L}*|husdjur(?:s|et)?|hund(?:en)?|katt(?:en)?|kj[æa]ledyr\p{L}*|k[æa]ledyr\p{L}*|lemmik(?:ki|in)\p{L}*|el[äa]in\p{L}*|evcil|hayvan\p{L}*|k[öo]pe[ğk]\p{L}*|kedi\p{L}*|zv[íi][řr]\p{L}*|zviera\p{L}*|hi[šs]n\p{L}*|ljubim\p{L}*|ku[ćc]n\p{L}*|[áa]llat\p{L}*|kis[áa]llat\p{L}*|animalul\p{L}*|animal\p{L}*|kafsh\p{L}*|qen\p{L}*|anifail(?:iaid)?|anwes|ainmh[íi]|peata|κατοικίδι\p{L}*|ζώ\p{L}*|σκύλ\p{L}*|haiwan|hewan|anjing|kucing|mnyama|wanyama|mbwa|paka|th[úu][ 	]+c[ưu]ng|ch[óo]|m[èe]o|pusa|aso|animali|annimal|ċagħ\p{L}*|annimali|pet-?`;
const ANIMAL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${ANIMAL})(?:['’]s)?[ 	-]*(?:\p{L}{1,12}[ 	]+)?$`, 'iu');
const ANIMAL_AFTER = new RegExp(String.raw`^[ 	]+(?:for|pour|para|per|dla|für|voor|för|til|za|за|для|of|de|di|do|da|des|del|della)[ 	]+(?:(?:les|los|las|the|a|an|un|una|gli|le|de|di|mi|my)[ 	]+)?(?:${ANIMAL})(?![\p{L}])`, 'iu');
/** Compounds that hold the animal inside the name's word: "dierenpaspoort", "lemmikloomapass", "Heimtierpass". */
const ANIMAL_COMPOUND = new RegExp(String.raw`(?:${ANIMAL})$`, 'iu');

function namesAnAnimal(before: string, name: string, after: string): boolean {
  const glued = /\p{L}+$/u.exec(before)?.[0];
  if (glued && ANIMAL_COMPOUND.test(glued)) return true;
  return ANIMAL_BEFORE.test(before) || ANIMAL_AFTER.test(after) || (name.length > 0 && /^(?:tier|dier|pet)/i.test(name));
}

/** The sentence a number stands in: back to its line's start or a sentence's end (80 characters at most), on to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 80), start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?](?=\s[^.!?]*$)/));
  const after = text.slice(end, end + 80);
  return before.slice(cut + 1) + ' ' + after.split(/\n|[.!?](?:\s|$)/)[0];
}

function documentRule(doc: DocumentRule): Finder {
  // The name last in the stretch before the number, then what stands between it and the number.
  const lead = new RegExp(`^[\\s\\S]*(${doc.words})([\\p{L}\\p{M} \\t.#°º:：'’()"“”„«»–—/-]{0,48})$`, 'iu');
  const named = new RegExp(`(?<![\\p{L}])(?:${doc.words})`, 'iu');
  const rule: RegexRule = {
    name: doc.name,
    // Not glued to a longer run of letters, digits or a decimal point on either side.
    pattern: new RegExp(`(?<![\\w.,/-])(?:${doc.shape})(?![\\w]|[.,/-]\\w)`, 'dg'),
    judge(m, text) {
      const value = m[0];
      if (value.replace(/\D/g, '').length < doc.minDigits || /^(\d)\1+$/.test(value)) return null;
      const span = { start: m.index, end: m.index + value.length, label: 'national id' as const };
      const before = lead.exec(contextOf(text, m.index - LEAD_REACH, m.index));
      // An acronym (DL, CNI, CNH) counts in capitals only: `dl` is a download as often.
      if (!before || !BETWEEN.test(before[2]!.replace(ACRONYM, ' ')) || (/^[a-z]{2,3}$/i.test(before[1]!) && before[1] !== before[1]!.toUpperCase())) {
        // Or named a sentence before and given as sent ("… die Steuer-ID. Sie hat mir … geschickt"); the name spelled
        // out (an acronym in lower case names nothing) and the number holding digits in its document's amount.
        return value.replace(/\D/g, '').length >= 6 && givenInNextSentence(text, m.index, span.end, named) ? span : null;
      }
      // A tax number said as what an invoice carries is the seller's, printed on every one.
      if (doc.name === 'tax-number' && ON_AN_INVOICE.test(sentenceAround(text, m.index, span.end))) return null;
      // An animal's passport or identity card: the number is printed on its certificates, not a person's.
      const ctx = contextOf(text, m.index - LEAD_REACH, m.index);
      const nameAt = ctx.length - before[1]!.length - before[2]!.length;
      const lineAfter = text.slice(m.index - before[2]!.length, m.index - before[2]!.length + 40);
      if (namesAnAnimal(ctx.slice(0, nameAt).split('\n').pop()!, before[1]!, lineAfter.split('\n')[0]!)) return null;
      return span;
    },
  };
  // Anchored on the names' stems in the plain mode (`fast-anchors.ts`): the Unicode scan of all the names was slow.
  return windowedFinder(rule, wordAnchors(doc.words), 0, NEXT_SENTENCE_REACH);
}

export const DOCUMENT_NUMBER_FINDERS: readonly Finder[] = DOCUMENTS.map(documentRule);
