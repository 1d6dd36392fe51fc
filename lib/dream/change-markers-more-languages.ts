/**
 * The words that say something stopped, was called off, sold, postponed, replaced or moved, in languages beyond the
 * Western European ones later-updates.ts reads inline: "Lemondtam a haarlemi utat" (Hungarian: I called off the
 * Haarlem trip), "nočné už nerobím" (Slovak: I no longer do nights), "больше не работаю в банке", "取消了去大阪的旅行".
 * Each is a change said of something already there, as the English markers are; a bare "now" is not.
 *
 * Written from each language's grammar, not from any one chat: the past forms of the verbs ("sold", "moved house"),
 * the words for "no longer" and "instead of". Scripts whose words end in a vowel sign (Devanagari, Bengali) or that
 * put no spaces between words (Chinese, Japanese) are matched without word edges; the others with the
 * Unicode-aware edge of `marker`.
 */
export function moreLanguageChangeMarkers(marker: (source: string) => RegExp): RegExp[] {
  const bare = (source: string) => new RegExp(source, 'iu');
  return [
    // Hungarian (suffixes follow the stem: "lemondtam", "eladtuk", "elköltöztünk").
    marker(String.raw`\b(?:már nem|többé nem|lemond(?:tam|tuk|ta|ták|va|ott)|elmarad(?:t|tak)?|eladt(?:am|uk|a|ák)|(?:el|át)?költöz(?:tem|tünk|tek|ött)|elhalaszt(?:ottam|ottuk|ották|va)|helyett|abbahagyt(?:am|uk|a)|felmondt(?:am|a)|kiléptem)\b`),
    // Slovak and Czech ("už nerobím", "zrušili sme", "přestěhovali jsme se", "preradený na nočné").
    marker(String.raw`\b(?:už (?:nie|ne\p{L}{2,})|zrušen(?:ý|á|é|o|a|i)|zrušil(?:a|i|o|y)?|predal(?:a|i|o|y)?|prodal(?:a|i|o|y)?|presťahoval(?:a|i)?|přestěhoval(?:a|i)?|odložen(?:ý|á|é|o|a)|odložil(?:a|i)?|namiesto|namísto|místo toho|preraden(?:ý|á|í)|přeřazen(?:ý|á|i|a)?|prestal(?:a|i)?|přestal(?:a|i)?)\b`),
    // A price or a number raised or lowered to a new one: "digo sam cenu na 7000", "dvignil sem ceno na 60 €",
    // "zvýšil jsem cenu na 900", "podniosłem stawkę do 150", "поднял цену до 3000", "am mărit prețul la 200".
    marker(String.raw`\b(?:dig(?:ao|la|o|li)|podig(?:ao|la|li|o)|poveća(?:o|la|li)|povisi(?:o|la|li)|smanji(?:o|la|li)|spusti(?:o|la|li)|dvignil(?:a|i)?|zvišal(?:a|i)?|znižal(?:a|i)?|zvýšil(?:a|i)?|snížil(?:a|i)?|zvýšil(?:a|i)?|znížil(?:a|i)?|podniosł(?:em|am|am|iśmy)|obniżył(?:em|am|iśmy)|поднял(?:а|и)?|повысил(?:а|и)?|снизил(?:а|и)?|am mărit|am crescut|am scăzut|am redus)\b[^.!?\n]{0,40}?\b(?:na|do|до|la)\s+\p{Sc}?\d`),
    // Croatian, Serbian, Bosnian and Slovenian ("više ne radim", "otkazali smo", "preselila sam se", "namesto").
    marker(String.raw`\b(?:više ne|nisam više|ne več|nič več|otkaza(?:o|la|li|no|na)|otkazan[aoi]?|odpovedan[aoi]?|proda(?:o|la|li)|prodal(?:a|i)?|presel(?:io|ila|ili|il)|odgođen[aoi]?|odgodi(?:o|la|li)|odložen[aoi]?|umjesto|umesto|namesto|presta(?:o|la|li)|premješten[aoi]?|premešten[aoi]?|prestavljen[aoi]?)\b`),
    // Galician ("xa non imos", "cancelámola", "mudámonos a Ferrol", "no canto de").
    marker(String.raw`\b(?:xa non|cancelámo(?:la|lo|las|los)?|cancelei|cancelou|vendín|vendemos|mudámonos|mudeime|no canto de|aprazad[oa]s?|adiad[oa]s?)\b`),
    // Portuguese as Portugal and Angola say a plan called off by whoever called it off ("cancelámos", "cancelei",
    // "desistimos da viagem") and "já era" closing a clause ("a viagem já era": it's off); later-updates.ts reads the
    // participles ("cancelada"). Not "já era tarde" or "já era hora", where "era" is a plain "was".
    marker(String.raw`\b(?:cancel(?:ámos|amos|ei|aram|ou)|desist(?:imos|i|iram|iu))\b|\bjá era(?=\s*(?:[,.;:!—–]|$))`),
    // Catalan and Romanian ("ja no hi treballo", "l'hem ajornat", "nu mai lucrez", "am vândut").
    marker(String.raw`\b(?:ja no|cancel·lat|cancel·lada|anul·lat|anul·lada|venut|venuda|m'he mudat|ens hem mudat|ajornat|ajornada|en lloc de|en comptes de|he deixat de|traslladat|traslladada|nu mai|anulat[ăe]?|am vândut|am vindut|vândut[ăe]?|m-am mutat|ne-am mutat|amânat[ăe]?|în loc de|am renunțat|transferat[ăe]?)\b`),
    // Greek ("δεν δουλεύω πια", "ακυρώθηκε", "μετακομίσαμε", "αντί για").
    marker(String.raw`\b(?:δεν \p{L}+ (?:πια|πλέον)|πλέον δεν|ακυρώθηκε|ακύρωσα|ακυρώσαμε|πούλησα|πουλήσαμε|μετακόμισα|μετακομίσαμε|αναβλήθηκε|ανέβαλα|αντί για|αντί να|σταμάτησα|παραιτήθηκα|μετατέθηκα|πήρα προαγωγή)\b`),
    // Russian, Ukrainian and Bulgarian ("больше не", "отменили", "переехали", "вече не", "преместихме се"), and a couple
    // broken up or divorced ("мы расстались", "розійшлися", "развелись").
    marker(String.raw`\b(?:больше не|уже не|отмен(?:ил[аи]?|ен[аоы]?|ён|или|ила)|продал[аи]?|переехал[аи]?|отложил[аи]?|перенесл[аи]|перенёс|перенес|вместо|бросил[аи]?|перестал[аи]?|уволил(?:ся|ась)|більше не|вже не|скасова(?:но|на|ний|ли|в)|продав|продала|продали|переїха(?:в|ла|ли)|відкла(?:в|ла|ли)|замість|перестав|перестала|вече не|отмених(?:ме)?|продадох(?:ме)?|продаден[аои]?|преместих(?:ме)? се|преместиха ме|отложен[аои]?|отложих(?:ме)?|спрях|отказах се|расстал(?:ся|ась|ись)|разошл(?:ись|ась|ся)|розійшл(?:ися|ася|ася)|розлучил(?:ися|ася|ся)|развел(?:ись|ась|ся)|разв[её]лся)\b`),
    // Macedonian and Bulgarian, and a death said in the Cyrillic and Latin forms of Russian, Ukrainian and Serbian/
    // Croatian: someone or a pet died ("Мица почина вчера", "кучето ни умря", "угина", "умерла", "помер", "uginuo je"), a
    // couple broke up ("со Бојан раскинавме", "скъсахме", "се разделивме", "raskinuli smo"), someone moved out or the
    // user moved ("се исели", "се изнесе", "се преселивме"), sold, no longer, instead of, cancelled, resigned.
    marker(String.raw`\b(?:почина(?:а|ла|ле|л)?|починал[аи]?|умре|умря|угина(?:а|ла|ле|л)?|умер(?:ла|ли)?|помер(?:ла|ли)?|умро|умрла|умрли|угинуо|угинула|umro|umrla|uginuo|uginula|preminuo|preminula|раскина(?:вме|в|ле|л|ла|хме)?|скъсахме|скъсах|се разделивме|се разделив|разделихме се|се разведовме|се разведов|разведохме се|raskinuli smo|raskinula sam|raskinuo sam|се исели(?:в|ле|л|ла)?|се изнесе|се преселив(?:ме)?|продадов(?:ме)?|веќе не|наместо|откажан[аио]?|откажав(?:ме)?|дадов отказ|дадох оставка)\b`),
    // Faroese and Icelandic ("vit fluttu til Tórshavnar", "ekki lengur", "aflýst").
    marker(String.raw`\b(?:flutti|fluttu|fluttum|eru flutt|ikki longur|ekki lengur|avlýst|aflýst|seldi|seldu|í staðin fyri|í staðinn fyrir)\b`),
    // Finnish, Estonian, Latvian and Lithuanian ("en enää", "peruttiin", "ei ole enam", "vairs nestrādāju", "nebedirbu").
    marker(String.raw`\b(?:(?:en|ei|emme|et|eivät) (?:\p{L}+ )?enää|peruttu|peruttiin|peruin|perui|myin|myimme|myyty|muutin|muutimme|siirretty|lykättiin|lykkäsin|sen sijaan|lopetin|lopetimme|enam (?:ei|mitte)|ei \p{L}+ enam|tühistatud|tühistasin|jäi ära|müüsin|kolisin|kolisime|lükkasin edasi|asemel|lõpetasin|vairs ne\p{L}+|atcelts|atcelta|atcēlu|pārdevu|pārdots|pārcēlos|pārcēlāmies|atlikts|atlikta|vietā|pārtraucu|nebe\p{L}{3,}|atšaukt[aas]?|atšaukiau|pardaviau|persikėliau|persikraustėme|atidėt[aas]?|vietoj|mečiau)\b`),
    // Tagalog, Vietnamese, Swahili, Hausa, Afrikaans, Uzbek and Kazakh ("hindi na", "không còn", "nimeuza", "na daina",
    // "nie meer nie", "bekor qilindi", "тоқтаттым"). Swahili "kuhama" is to move out of a place ("nimehama Rongai") and
    // Nairobi's Sheng moves with the English verb ("nimeshift Thika").
    marker(String.raw`\b(?:hindi na|kinansela|nakansela|ibinenta|binenta|naibenta|lumipat (?:na )?(?:ako|kami)|ipinagpaliban|sa halip na|imbes na|tumigil na|không còn|đã hủy|bị hủy|đã bán|đã chuyển (?:nhà|đến|sang|về)|hoãn lại|bị hoãn|thay vì|đã nghỉ việc|si\p{L}+ tena|imefutwa|nimefuta|tumefuta|nimeuza|tumeuza|niliuza|nimehamia|tumehamia|nilihamia|nimehama|tumehama|nilihama|nimeshift|tumeshift|nilishift|imeahirishwa|tumeahirisha|badala ya|nimeacha|niliacha|an soke|na sayar|na daina|mun daina|an ɗage|maimakon|nie meer(?! as\b)|gekanselleer|afgelas|uitgestel|in plaas van|opgehou|het (?:\p{L}+ ){0,4}verkoop|(?:het|is) (?:\p{L}+ ){0,3}(?:getrek|verhuis)|bekor qil(?:indi|dim|dik)|sotib yubordim|sotdim|ko'chib o'tdi(?:m|k)|ko‘chib o‘tdi(?:m|k)|o'rniga|o‘rniga|to'xtatdim|to‘xtatdim|тоқтаттым|саттым|көштік|көштім|жойылды|кейінге қалдырылды|орнына)\b`),
    // The West African Pidgins and Krio, where "don" marks what is done and "again" what no longer is: "me and Clarisse
    // we don cut" (broke up), "I don comot for that work" (left), "we don sell the car", "I no dey drink again".
    marker(String.raw`\b(?:(?:we|wi|i|e|im|dem|una|she|he) (?:don|dɔn) (?:cut|split|break(?: up)?|separate|scatter|comot|leave|lef|quit|stop|sell|sel|move|pack|change|cancel|postpone|shift|close|resign|retire)|(?:no|nɔ) (?:dey|di|de) (?:\p{L}+ ){1,4}(?:again|igen)|no be (?:my )?(?:\p{L}+ ){0,2}again)\b`),
    // Papiamentu and Haitian Creole ("awor mi ta pensioná", "mi no ta traha ei mas", "nos a bende e kas", "mwen pa
    // travay la ankò", "nou demenaje", "olye de").
    marker(String.raw`\b(?:pensioná|a pensioná|kanselá|a kansela|a bende|bendé|a muda|mudá|na lugá di|no ta \p{L}+(?: \p{L}+){0,3} mas|pa \p{L}+(?: \p{L}+){0,3} ankò|pran retrèt|anile|mwen vann|nou vann|mwen demenaje|nou demenaje|olye de|olye pou)\b`),
    // Retired, the working life before it now history ("I retired in March", "je suis à la retraite", "ich bin in
    // Rente", "me jubilé", "sono in pensione", "me aposentei", "ik ben met pensioen").
    marker(String.raw`\b(?:I(?:'ve| have)? (?:just |finally |officially )?retired|I(?:'m| am) (?:now |officially |finally )?retired|(?:je suis|suis) (?:maintenant )?(?:à la retraite|retraité(?:e)?)|j'ai pris ma retraite|(?:bin|sind) (?:jetzt )?(?:in Rente|in Pension|im Ruhestand|pensioniert)|me jubilé|me he jubilado|estoy jubilad[oa]|(?:sono|siamo) (?:andat[oa] )?in pensione|me aposentei|aposentei-me|estou aposentad[oa]|(?:ik ben|we zijn) (?:nu )?met pensioen)\b`),
    // Persian: a stage of the user's finished ("دفاعم تموم شد", my defence is over; not a day's work, a shift or a meal),
    // a job offer taken ("یه پیشنهاد کار رو قبول کردم"), hired, a new job found, a move made ("اسباب‌کشی کردیم").
    bare(String.raw`(?<![\p{L}\p{M}\u200c])(?!(?:کارم|شیفتم|غذام|روزم|کلاسم|جلسه[\u200c]?ام)\s)[\p{L}\u200c]{2,}م\s+(?:تموم|تمام)\s+شد|پیشنهاد\s+(?:کار|شغلی|شغل)(?:ی)?\s+(?:\S+\s+){0,2}?(?:رو|را)\s+(?:قبول\s+کردم|پذیرفتم)|استخدام\s+شدم|کار\s+(?:جدید\s+)?پیدا\s+کردم|اسباب[\u200c\s]?کشی\s+کرد(?:م|یم)`),
    // Georgian, Persian, Hebrew and Arabic ("აღარ", "لغو شد", "כבר לא", "لم أعد", "اتلغى").
    marker(String.raw`\b(?:აღარ|გაუქმდა|გავაუქმე|გავყიდე|გადავედი|გადავსახლდი|გადაიდო|გადავდე|ნაცვლად|შევწყვიტე|لغو شد|فروختم|نقل مکان کرد(?:م|یم)|به تعویق افتاد|به جای|دیگر نمی|دیگه نمی|כבר לא|בוטל|ביטלתי|ביטלנו|מכרתי|מכרנו|עברתי דירה|עברנו דירה|נדחה|דחיתי|במקום|הפסקתי|התפטרתי|لم أعد|ما عدت|لم يعد|ألغيت|ألغينا|تم إلغاء|اتلغى|اتلغت|بعت|بعنا|انتقلت|انتقلنا|نقلت|تأجل|اتأجل|أجلت|بدلا من|بدلاً من|توقفت عن|استقلت|مبقتش)(?![\p{L}\p{M}])`),
    // Hindi and Bengali, in their scripts and in Latin letters (Hinglish): "अब नहीं", "रद्द हो गया", "bech diya",
    // "বাতিল", "ছেড়ে দিয়েছি".
    // A move under way, said as English says "we're moving to Pune" ("पुणे shift हो रहे हैं"), a home settled in, a transfer
    // by an employer, and a business or a service closed or to be closed ("tiffin service … बंद करनी पड़ेगी").
    bare(String.raw`(?:(?:shift|शिफ्ट) हो (?:रहे|रही|रहा) (?:हैं|है|हूँ|हूं)|(?:settle|सेटल) हो (?:गए|गई|गया)|(?:transfer|ट्रांसफर|तबादला) हो (?:गया|गई)|बंद (?:कर (?:दी|दिया|दिए)|हो (?:गई|गया|गए|चुका|चुकी)|करनी पड़ेगी|करना पड़ेगा|करनी पड़ी|करना पड़ा))`),
    marker(String.raw`\b(?:shift ho rahe|settle ho gaye|transfer ho gaya|band kar (?:di|diya|diye)|band karni padegi|band karna padega)\b`),
    bare(String.raw`(?:अब नहीं|अब नही|रद्द|बेच दिया|बेच दी|बेच दिए|शिफ्ट हो गए|शिफ्ट हो गया|टाल दिया|स्थगित|के बजाय|की जगह|छोड़ दिया|छोड़ दी|বাতিল|বিক্রি করে দিয়েছি|বিক্রি করেছি|চলে গেছি|শিফট করেছি|পিছিয়ে|পরিবর্তে|ছেড়ে দিয়েছি|আর করি না)`),
    // Maithili: a job, a home or a thing left, quit, sold or moved from ("नौकरी छोड़ि रहल छी", "छोड़ि देलहुँ"), a
    // resignation given ("राजीनामा दऽ देलहुँ"), a thing sold ("बेचि देलहुँ"), cancelled ("रद्द भऽ गेल"), someone dead
    // ("गुजरि गेलाह", "मरि गेल"), or no longer ("आब नै"). The past and the under-way forms; a plan ("छोड़ब") is none.
    bare(String.raw`(?:छो(?:ड़|ड़)ि\s+(?:देलहुँ|देलहुं|देलियै|देलौं|देने\s+छी|रहल\s+छी|रहल\s+छियै|देलक|देलनि|देलथि)|राजीनामा\s+(?:दऽ|द'|दय|दए)\s+(?:देलहुँ|देलहुं|रहल\s+छी|देने\s+छी)|बेचि\s+(?:देलहुँ|देलहुं|देने\s+छी|देलियै)|रद्द\s+(?:भऽ|भ'|भय|भए)\s+गेल|गुजरि\s+गेल(?:ाह|ीह|थि|ि)?|मरि\s+गेल(?:ाह|ीह|थि|ि)?|आब\s+(?:नै|नहि)\s+(?:\p{L}|\p{M})+\s+(?:छी|अछि|छथि))`),
    // Chhattisgarhi, in Devanagari: a job, a home or a thing left ("बुनई छोड़ देंव", "छोड़ दे हंव"), sold ("बेच देंव"), a
    // move made ("… ले … आ गेंव", "चल देंव", "शिफ्ट हो गेंव"), something cancelled ("रद्द हो गे"), no longer ("अब नइ …
    // हंव"). The first person's past ends in "-एंव" where Hindi says "दिया", "गया"; a plan ("छोड़हूं") is none.
    bare(String.raw`(?:छो(?:ड़|ड़)\s+(?:देंव|देहेंव|दे\s+हंव|दिएंव)|बेच\s+(?:देंव|देहेंव|दे\s+हंव)|(?:आ|चल|चले|शिफ्ट\s+हो)\s+(?:गेंव|गे\s+हंव|देंव)|रद्द\s+हो\s+(?:गे|गिस)|अब\s+नइ\s+(?:\p{L}|\p{M})+\s+(?:हंव|हे|हावंव))`),
    // Dogri, in Devanagari: a job, a home or a thing left ("नौकरी छोड़ी दित्ती", "घर छोड़ी दित्ता"), sold ("बेची दित्ती"),
    // a move made or under way ("शिफ्ट होई गेआ", "शिफ्ट होआ करदी आं"), a promotion or a transfer come through ("प्रमोशन
    // होई गेई", "बदली होई गेआ"), something cancelled ("रद्द होई गेआ"). Dogri's past joins "-ई" to the verb's stem and
    // puts "दित्ता", "गेआ" after it where Hindi says "छोड़ दिया", "हो गया"; a plan ("छोड़गा", "शिफ्ट होना ऐ") is none.
    // A promotion said as Hindi says it ("प्रमोशन हो गया") is one too.
    bare(String.raw`(?:छो(?:ड़|ड़)ी\s+(?:दित्ता|दित्ती|दित्ते|ओ(?:ड़|ड़)ी|ओ(?:ड़|ड़)ेआ)|बेची\s+(?:दित्ता|दित्ती|दित्ते)|(?:शिफ्ट|बदली|ट्रांसफर|तबादला|प्रमोशन|रद्द)\s+(?:होई\s+(?:गेआ|गेई|गेदा|गेदी|गे|गेइयां)|होआ\s+करदा|होआ\s+करदी|होआ\s+करदे|हो\s+(?:गया|गई|गए))|(?:ट्रांसफर|तबादला|प्रमोशन)\s+हो\s+(?:गया|गई))`),
    // Urdu and Sindhi, in the Perso-Arabic script: a job, a home or a thing left ("چھوڑ دی", Sindhi "ڇڏي ڏنو اٿم"), sold
    // ("بیچ دیا", "وڪڻي ڇڏيو"), a move made ("منتقل ہو گئے", "شفٹ ٿي وياسين"), something cancelled ("منسوخ ہو گیا", "رد ٿي
    // ويو"), someone dead ("انتقال ہو گیا", "فوت ہو گئے", "مري ويو", "گذاري ويو"), no longer ("اب نہیں"), instead of ("کے
    // بجائے", "بدران"). The past forms only: "چھوڑ دوں گی" (I will leave) is a plan.
    bare(String.raw`(?<![\p{L}\p{M}])(?:چھوڑ\s+(?:دی|دیا|دیے|چکی|چکا|چکے)|بیچ\s+(?:دی|دیا|دیے)|(?:منتقل|شفٹ)\s+ہو\s+(?:گئے|گئی|گیا|چکے|چکی)|منسوخ\s+(?:ہو\s+(?:گیا|گئی|گئے)|کر\s+(?:دیا|دی))|انتقال\s+ہو\s+(?:گیا|گئی|گئے)|فوت\s+ہو\s+(?:گیا|گئی|گئے)|اب\s+نہیں|کے\s+بجائے|ڇڏي\s+(?:ڏنو|ڏني|ڏنم|ڏنا|ڇڏيو|ڇڏي)|وڪڻي\s+(?:ڇڏيو|ڇڏي|ڏنو|ڏني)|وڪرو\s+ڪري\s+(?:ڇڏيو|ڇڏي|ڏنو)|(?:منتقل|شفٽ)\s+ٿي\s+(?:ويس|وئي|ويا|وياسين|ويو)|رد\s+ٿي\s+(?:ويو|وئي)|مري\s+(?:ويو|وئي)|گذاري\s+(?:ويو|وئي|ويا)|بدران)(?![\p{L}\p{M}])`),
    // Assamese, in the Bengali script with its own letters (ৰ, ৱ), and the same changes in Bengali: someone or a pet
    // died ("মগু আজি পুৱা ঢুকাল", "মৃত্যু হ'ল", "মারা গেছে"), a couple broke up ("সম্পৰ্ক শেষ হ'ল", "ব্ৰেকআপ কৰিলোঁ",
    // "ব্রেকআপ হয়ে গেছে"), a transfer taken ("বদলি লৈ গ'ল", "বদলি হয়েছে"), a thing sold ("বিক্ৰী কৰিলোঁ", "বেচি দিলোঁ"), a
    // job or a home left ("চাকৰি এৰিলোঁ", "এৰি দিলোঁ"). The past forms only: "বিক্ৰী কৰিম" (will sell) is a plan.
    bare(String.raw`(?:ঢুকাল|ঢুকিল|মৰিল|মৰি গ['’]?ল|মৃত্যু হ['’]?ল|মৃত্যু হৈছে|মারা গে(?:ছে|ল|লো)|মারা যায়|সম্পৰ্ক শেষ|সম্পর্ক শেষ|ব্ৰেকআপ (?:কৰিলোঁ|কৰিলো|হ['’]?ল|হৈ গ['’]?ল)|ব্রেকআপ (?:করেছি|হয়ে গেছে|হয়েছে|হলো|হল)|বদলি (?:লৈ|হৈ|হয়ে|হয়েছে|হল)|বিক্ৰী কৰিলোঁ|বিক্ৰী কৰি দিলোঁ|বেচি দিলোঁ|এৰি দিলোঁ|এৰিলোঁ|উঠি গ['’]?লোঁ)`),
    marker(String.raw`\b(?:ab nahi(?:n)?|cancel (?:kar|ho) (?:diya|di|diye|gaya|gayi|gya|gyi|ditta|ditti|ditte|gaya hai)|bech diya|bech di|shift ho gaye|shift ho gaya|chhod diya|chod diya|ke bajaye|ki jagah)\b`),
    // Japanese typed in Latin letters (romaji), as learners and keyboards without an IME write it: "X kara Y ni
    // hikkoshimashita" (moved from X to Y), "juku yamemashita" (quit the cram school), "kyanseru ni narimashita"
    // (it was cancelled), "mou ... shite imasen" (no longer do). The past forms only: "hikkosu" (will move) is a plan.
    marker(String.raw`\b(?:hikkoshi(?:mashita|ta|chatta|mashita yo)|hikkoshi wo shi(?:mashita|ta)|yame(?:mashita|ta|chatta|chaimashita)|taishoku shi(?:mashita|ta)|kyanseru (?:shi(?:mashita|ta)|ni nari(?:mashita)?|ni natta)|chuushi ni (?:nari(?:mashita)?|natta)|enki ni (?:nari(?:mashita)?|natta)|urimashita|no kawari ni|mou \p{L}+(?: \p{L}+){0,3} (?:imasen|inai|masen|nai))\b`),
    // Chinese, Japanese and Korean, without word edges ("不再", "取消了", "搬到", "キャンセルになった", "引っ越した", "더 이상", "취소됐"),
    // and a couple broken up ("分手了", "別れた", "헤어졌어요").
    bare(String.raw`(?:不再|已经不|已經不|取消了|被取消|卖了|賣了|卖掉了|賣掉了|搬到了|搬家了|推迟了|推遲了|延期了|而不是|改成了|改为|改為|换成了|換成了|辞职了|辭職了|不干了|キャンセル(?:した|しました|になった|になりました)|中止(?:になった|になりました|した|しました)|売った|売りました|手放した|手放しました|引っ越した|引っ越しました|延期(?:した|しました|になった|になりました)|の代わりに|辞めた|辞めました|やめました|もう(?:\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}){1,8}(?:ていない|ていません|じゃない|ではない|ません)|더 이상|취소(?:됐|했|되었|했어요|됐어요)|팔았|이사(?:했|갔)|연기(?:됐|했|되었)|대신|그만뒀|그만두었|헤어졌|헤어졌어|헤어진 지|分手了|分手|別れた|別れました|別れちゃった)`),
  ];
}
