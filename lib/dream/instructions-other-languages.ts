/**
 * A standing instruction said in another language: "per favore spiegami sempre passo passo, in italiano", "explícame
 * siempre con ejemplos", "antworte mir ab jetzt immer auf Deutsch", "odpowiadaj zawsze krótko", "her zaman kısa cevap
 * ver". The English reading (directives.ts) knows "always" and the verbs of answering only in English, so a user who
 * chats in Italian had no instructions at all, however often they gave them.
 *
 * Read as directives.ts reads English: a word of "always", "never" or "from now on" and an imperative of answering
 * (answer, explain, write, speak, translate, call me…) in the same language, a few words apart, the imperative opening
 * its clause, in a sentence that is not a question. A verb that shapes an answer without saying so ("use", "avoid",
 * "give me") counts only beside a word for an answer's parts (words, examples, lists, units…). The instruction is kept
 * in the user's words: the assistant it is shown to reads the language it was said in.
 */

interface Language {
  /** Words of "always", "never", "from now on", "every time". */
  always: string;
  /** Imperatives that can only be about answering. */
  speak: string;
  /** Imperatives that shape an answer when an answer's part is named with them. */
  shape: string;
  /** Words for an answer's parts. */
  parts: string;
}

const LANGUAGES: Language[] = [
  // Italian
  {
    always: "sempre|mai|d'ora in poi|da ora in poi|da adesso in poi|d'ora in avanti|ogni volta",
    speak: 'rispondimi|rispondi|rispondete|risponda|spiegami|spiega|spiegate|spieghi|scrivimi|scrivi|scriva|parlami|parla|parli|traducimi|traduci|riassumi|chiamami|mi chiami|dammi del tu|dammi del lei|dimmi|correggimi',
    shape: 'usa|usate|usi|utilizza|evita|evitate|dammi|mettimi|metti|includi|cita|non usare|non mettere|non scrivere|tieni',
    parts: 'risposte?|parole|frasi|esempi|elenchi|liste|punti elenco|tabelle|emoji|unità|metrico|sistema metrico|gergo|termini|fonti|paragrafi|italiano|inglese',
  },
  // Spanish
  {
    always: 'siempre|nunca|jamás|a partir de ahora|de ahora en adelante|desde ahora|cada vez|todas las veces',
    speak: 'respóndeme|respondeme|responde|respondan|responda|contéstame|contestame|contesta|explícame|explicame|explica|explique|explíqueme|escríbeme|escribeme|escribe|escriba|háblame|hablame|habla|hable|tradúceme|traduce|resume|resúmeme|llámame|llamame|llámeme|dime|corrígeme|tutéame',
    shape: 'usa|use|utiliza|utilice|evita|evite|dame|deme|pon|ponme|incluye|incluya|cita|no uses|no use|no pongas|no escribas|mantén',
    parts: 'respuestas?|palabras|frases|ejemplos|listas|viñetas|tablas|emojis?|unidades|sistema métrico|métrico|jerga|tecnicismos|fuentes|párrafos|español|castellano|inglés',
  },
  // Portuguese
  {
    always: 'sempre|nunca|a partir de agora|daqui para a frente|daqui pra frente|de agora em diante|toda vez|todas as vezes',
    speak: 'responda|responde|me responda|me responde|responda-me|explique|explica|me explica|me explique|explica-me|escreva|escreve|me escreva|fale|fala|fala comigo|traduza|traduz|resuma|me chame|chama-me|me chama|diga|diz-me|me diga|corrija|me corrija',
    shape: 'use|usa|utilize|evite|evita|me dê|dá-me|me dá|coloque|inclua|cite|não use|não usa|não coloque|não escreva|mantenha',
    parts: 'respostas?|palavras|frases|exemplos|listas|tópicos|tabelas|emojis?|unidades|sistema métrico|métrico|jargão|termos técnicos|fontes|parágrafos|português|inglês',
  },
  // French
  {
    always: 'toujours|jamais|désormais|dorénavant|à partir de maintenant|à chaque fois|systématiquement',
    speak: "réponds-moi|réponds|répondez-moi|répondez|explique-moi|explique|expliquez-moi|expliquez|écris-moi|écris|écrivez-moi|écrivez|parle-moi|parle|parlez-moi|parlez|traduis-moi|traduis|traduisez|résume|résumez|appelle-moi|appelez-moi|dis-moi|dites-moi|corrige-moi|corrigez-moi|tutoie-moi|vouvoie-moi|n'écris|ne réponds|ne parle",
    shape: "utilise|utilisez|emploie|employez|évite|évitez|donne-moi|donnez-moi|mets|mettez|inclus|incluez|cite|citez|n'utilise|n'utilisez|ne mets|ne mettez|garde|gardez",
    parts: 'réponses?|mots|phrases|exemples|listes|puces|tableaux|émojis?|emojis?|unités|système métrique|métrique|jargon|sources|paragraphes|français|anglais',
  },
  // German
  {
    always: 'immer|stets|ab jetzt|ab sofort|von nun an|künftig|in zukunft|nie|niemals|jedes mal',
    speak: 'antworte|antwortet|antworten sie|erklär|erkläre|erklärt|erklären sie|schreib|schreibe|schreiben sie|sprich|sprechen sie|übersetz|übersetze|nenn mich|nenne mich|sag mir|sagen sie mir|korrigier|korrigiere|duz mich|duze mich|sieze mich',
    shape: 'verwende|verwenden sie|benutze|benutz|nutze|nutz|vermeide|vermeiden sie|gib mir|geben sie mir|füge|halte',
    parts: 'antworten|wörter|wörtern|sätze|beispiele|listen|aufzählungen|stichpunkte|tabellen|emojis?|einheiten|metrisch|metrische|fachbegriffe|fachjargon|quellen|absätze|deutsch|englisch',
  },
  // Dutch
  {
    always: 'altijd|nooit|voortaan|vanaf nu|elke keer|telkens',
    speak: 'antwoord|leg uit|leg|schrijf|spreek|praat|vertaal|vat samen|noem me|noem mij|zeg|verbeter|tutoyeer',
    shape: 'gebruik|vermijd|geef me|geef mij|zet|voeg',
    parts: 'antwoorden|woorden|zinnen|voorbeelden|lijsten|opsommingstekens|tabellen|emojis?|eenheden|metrisch|metrische|vakjargon|jargon|bronnen|alinea|nederlands|engels',
  },
  // Polish
  {
    always: 'zawsze|nigdy|od teraz|od tej pory|odtąd|za każdym razem',
    speak: 'odpowiadaj|odpowiedz|odpowiadajcie|wyjaśniaj|wyjaśnij|objaśniaj|tłumacz|pisz|napisz|mów|mow|mówcie|nazywaj mnie|zwracaj się|poprawiaj|streszczaj',
    shape: 'używaj|uzywaj|stosuj|unikaj|dawaj|podawaj|nie używaj|nie uzywaj|nie pisz',
    parts: 'odpowiedzi|słowa|słów|zdania|przykłady|listy|punkty|tabele|emoji|jednostki|metryczne|żargon|źródła|akapity|polsku|angielsku',
  },
  // Swedish, Danish, Norwegian
  {
    always: 'alltid|altid|aldrig|aldri|från och med nu|hädanefter|fremover|fra nu af|fra nå av|varje gång|hver gang',
    speak: 'svara|svar|förklara|forklar|skriv|prata|tala|tal|snak|snakk|översätt|oversæt|oversett|sammanfatta|kalla mig|kald mig|kall meg|säg|sig|si|rätta',
    shape: 'använd|anvend|brug|bruk|undvik|undgå|unngå|ge mig|giv mig|gi meg',
    parts: 'svar|ord|meningar|sætninger|setninger|exempel|eksempler|listor|lister|punktlistor|tabeller|emojis?|enheter|enheder|metriska|metriske|jargong|jargon|fackspråk|källor|kilder|stycken|svenska|dansk|norsk|engelska|engelsk',
  },
  // Czech, Slovak
  {
    always: 'vždy|vždycky|odteď|odteraz|nikdy|pokaždé|zakaždým',
    speak: 'odpovídej|odpovídejte|odpovedaj|vysvětluj|vysvětli|vysvetľuj|vysvetli|piš|píš|pište|mluv|hovor|překládej|prekladaj|oslovuj mě|oslovuj ma|oprav mě|oprav ma',
    shape: 'používej|používaj|vyhýbej se|vyhýbaj sa|nepoužívej|nepoužívaj',
    parts: 'odpovědi|odpovede|slova|slová|věty|vety|příklady|príklady|seznamy|zoznamy|odrážky|tabulky|emoji|jednotky|metrické|žargon|zdroje|odstavce|česky|slovensky|anglicky',
  },
  // Romanian, Hungarian, Finnish, Greek
  {
    always: 'mereu|întotdeauna|intotdeauna|de acum înainte|niciodată|mindig|mostantól|soha|aina|tästä lähtien|älä koskaan|πάντα|από τώρα και στο εξής|ποτέ',
    speak: 'răspunde-mi|răspunde|raspunde|explică-mi|explică|explica|scrie-mi|scrie|vorbește|vorbeste|tradu|spune-mi|válaszolj|magyarázd el|magyarázz|írj|beszélj|fordíts|szólíts|vastaa|selitä|kirjoita|puhu|käännä|kutsu minua|απάντα|απαντάς|εξήγησέ μου|εξήγησε|εξηγείς|γράφε|γράψε|μίλα|μιλάς|μετάφρασε|λέγε με',
    shape: 'folosește|foloseste|evită|evita|használj|kerüld|käytä|vältä|χρησιμοποίησε|χρησιμοποιείς|απόφευγε',
    parts: 'răspunsuri|cuvinte|exemple|liste|tabele|emoji|unități|metric|jargon|surse|válaszok|szavak|példák|listák|táblázatok|mértékegységek|zsargon|források|vastaukset|sanat|esimerkit|luettelot|taulukot|yksiköt|ammattikieli|lähteet|απαντήσεις|λέξεις|παραδείγματα|λίστες|πίνακες|μονάδες|ορολογία|πηγές|română|magyarul|suomeksi|ελληνικά|engleză|angolul|englanniksi|αγγλικά',
  },
  // Russian, Ukrainian
  {
    always: 'всегда|никогда|отныне|впредь|с этого момента|теперь всегда|каждый раз|завжди|ніколи|відтепер|від тепер|надалі|щоразу',
    speak: 'отвечай|отвечайте|ответь|объясняй|объясняйте|объясни|пиши|пишите|говори|говорите|переводи|называй меня|обращайся ко мне|поправляй|відповідай|відповідайте|пояснюй|поясни|пиши|пишіть|говори|перекладай|називай мене|звертайся до мене|виправляй',
    shape: 'используй|используйте|избегай|не используй|не используйте|давай|приводи|використовуй|уникай|не використовуй|наводь',
    parts: 'ответы|слова|примеры|списки|таблицы|эмодзи|единицы|метрическ\\p{L}*|жаргон|источники|абзацы|відповіді|приклади|списки|таблиці|емодзі|одиниці|джерела|русском|по-русски|українською|англійськ\\p{L}*|английск\\p{L}*',
  },
  // Turkish: the verb comes last ("her zaman kısa cevap ver").
  {
    always: 'her zaman|hep|daima|bundan sonra|bundan böyle|artık hep|asla|hiçbir zaman|her seferinde',
    speak: 'cevap ver|cevap verin|yanıt ver|yanıt verin|cevapla|yanıtla|anlat|anlatın|açıkla|açıklayın|yaz|yazın|konuş|konuşun|çevir|özetle|hitap et|seslen|söyle|düzelt|cevap verme|yazma',
    shape: 'kullan|kullanın|kullanma|kaçın|ver',
    parts: 'cevaplar\\p{L}*|yanıtlar\\p{L}*|kelime\\p{L}*|örnek\\p{L}*|liste\\p{L}*|madde\\p{L}*|tablo\\p{L}*|emoji\\p{L}*|birim\\p{L}*|metrik|jargon|teknik terim\\p{L}*|kaynak\\p{L}*|türkçe|ingilizce',
  },
  // Indonesian and Malay, Tagalog, Vietnamese ("lagi" is "always" in Tagalog but "again" in Indonesian, and a lone
  // "luôn" after a verb is "right away": neither is here).
  {
    always: 'selalu|jangan pernah|mulai sekarang|seterusnya|setiap kali|palagi|mula ngayon|huwag kailanman|luôn luôn|hãy luôn|từ giờ|từ nay|đừng bao giờ|mỗi lần',
    speak: 'jawab|jawablah|jelaskan|terangkan|tulis|tuliskan|bicara|terjemahkan|ringkaskan|panggil saya|panggil aku|sumagot ka|sagutin mo|ipaliwanag mo|ipaliwanag|isulat mo|tawagin mo akong|trả lời|giải thích|viết|nói|dịch|tóm tắt|gọi tôi|gọi em|gọi mình|gọi anh|gọi chị',
    shape: 'gunakan|pakai|hindari|berikan|gamitin mo|gamitin|iwasan|dùng|sử dụng|tránh|cho tôi',
    parts: 'jawaban|kata|contoh|daftar|poin|tabel|emoji|satuan|metrik|istilah|sumber|paragraf|salita|halimbawa|listahan|câu trả lời|từ|ví dụ|danh sách|bảng|đơn vị|thuật ngữ|nguồn|bahasa|tiếng',
  },
];

/** Japanese, Chinese, Korean, Hindi, Arabic: "always" then the request, in the order these languages say it. */
const ALWAYS_THEN_ASK =
  /(?:いつも|常に|今後は?|これからは?|必ず)[^。！？?\n]{0,30}?(?:答えて|回答して|説明して|書いて|話して|使って|呼んで|翻訳して)|(?:以后|今后|總是|总是|一直|始终|始終|永远|每次)[^。！？?\n]{0,20}?(?:用|回答|回复|回覆|解释|解釋|写|寫|说|說|叫我|翻译|翻譯)|(?:항상|앞으로|언제나|늘)[^.!?\n]{0,30}?(?:대답해|답해|설명해|써|작성해|말해|사용해|불러|번역해)|(?:हमेशा|अब से|आगे से)[^।!?\n]{0,40}?(?:जवाब द|उत्तर द|समझा|लिख|बोल|इस्तेमाल कर|बुला)|(?:دائما|دائماً|من الآن فصاعدا|من الآن فصاعداً|أبدا|أبداً)[^.!?؟\n]{0,40}?(?:أجب|اجب|أجبني|اشرح|اكتب|تحدث|استخدم|ناديني|ترجم)|(?:أجب|اجب|أجبني|اشرح|اكتب|تحدث|استخدم|ناديني|ترجم)[^.!?؟\n]{0,40}?(?:دائما|دائماً|من الآن فصاعدا|من الآن فصاعداً)/u;

const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;
/** Up to four words between the verb and its "always", either way round ("spiegami sempre", "zawsze krótko odpowiadaj"). */
const GAP = String.raw`(?:[\s,]+[^\s.!?;:]+){0,4}?[\s,]+`;
/** "Please" in these languages. */
const PLEASE = 'per favore|per piacere|per cortesia|gentilmente|cortesemente|por favor|porfa|porfavor|s\'il te plaît|s\'il vous plaît|stp|svp|bitte|alsjeblieft|alstublieft|graag|proszę|prosze|snälla|vær så snill|venligst|prosím|te rog|kérlek|ole hyvä|παρακαλώ|пожалуйста|будь ласка|lütfen|tolong|mohon|paki|làm ơn|hãy';
/**
 * What may open a clause before its imperative: "please", "and", "also", "so" in these languages. An imperative opens
 * its clause; "ich schreibe immer abends" and "hij zegt altijd…" have a subject first and are not one.
 */
const OPENERS = [
  PLEASE,
  'e|ed|y|et|und|en|i|och|og|a|и|і|ve|dan|at|và|ma|pero|mais|aber|maar|ale|men|но|але|ama|tapi|ok|okay|allora|bueno|alors|also|dus|więc|så|tak|deci|szóval|joten|λοιπόν|итак|тож|tamam|jadi',
  'anche|también|aussi|auch|ook|też|även|også|také|și|is|myös|επίσης|также|теж|ayrıca|juga|din|cũng',
].join('|');
const OPENED = String.raw`^(?:(?:${OPENERS})${EDGE_AFTER}[\s,]+){0,3}`;

function compile(l: Language) {
  const w = (list: string) => `${EDGE_BEFORE}(?:${list})${EDGE_AFTER}`;
  const near = (verbs: string) => new RegExp(`${OPENED}(?:${w(verbs)}${GAP}${w(l.always)}|${w(l.always)}${GAP}${w(verbs)})`, 'iu');
  return { speak: near(l.speak), shape: near(l.shape), parts: new RegExp(w(l.parts), 'iu') };
}
const COMPILED = LANGUAGES.map(compile);

/** A "please" of these languages between two commas. */
const PLEASE_BETWEEN_COMMAS = new RegExp(String.raw`\s*,\s*(?:${PLEASE})\s*,\s*`, 'giu');

/** Whether a sentence is a standing instruction to the assistant in one of the languages above. */
export function isInstructionInOtherLanguage(sentence: string): boolean {
  const s = sentence.trim().replace(/[’‘]/g, "'");
  if (s.length < 6 || /[?？؟]\s*$/u.test(s)) return false;
  if (ALWAYS_THEN_ASK.test(s)) return true;
  // "отвечай, пожалуйста, всегда по-русски", "antworte, bitte, immer auf Deutsch": a "please" set off by commas sits
  // inside the clause, not between two.
  const clauses = s
    .replace(PLEASE_BETWEEN_COMMAS, ' ')
    .split(/\s*[,;:—–]\s*/u)
    .filter((c) => c.length > 0);
  return clauses.some((c) => COMPILED.some((l) => l.speak.test(c) || (l.shape.test(c) && l.parts.test(c))));
}
