/**
 * A message's sign-off right after a value ends the value's clause as a stop does (AM's round): "… fennel saffron
 * gravel harbour grasie", "… Fjell11.carb thank you o", "… 525575, nuh tell nobody respect". People close a note that
 * hands over a password with a thanks, a please or a "delete this" in their own language, with no stop before it;
 * the rules that need a clause's end to take a passphrase of plain words read one of these as that end; so is the
 * request to delete the message ("efface ce message", "bitte löschen", "borra esto"). Thanks in
 * some seventy languages and creoles, in Latin script and others, and the chat forms (thx, ty, cheers, lmk, pls).
 */
export const SIGN_OFF_AFTER = new RegExp(
  String.raw`^[ \t]+(?:efface|supprime|delete|l[öo]sch\p{L}*|borra|cancella|apaga|verwijder|usu[ńn]|удали\p{L}*|thanks?(?:[ \t]+you)?|thank[ \t]+you[ \t]+o|thx|tx|ty|tia|cheers|ta|lmk|pls|plz|please|respect|bless|` +
    String.raw`merci|mersi|m[èe]si|mèsi|danke|dankeschön|bitte|gracias|grazie|grasie|grasyas|gr[àa]cies|gratias|obrigad[oa]|valeu|` +
    String.raw`dank(?:[ \t]+je)?|bedankt|danki|tack|takk|tak|kiitos|ai[tt][äa]h|paldies|a[čc]i[ūu]|hvala|d[íi]ky|d[ěe]kuji|[ďd]akujem|dzi[ęe]ki|dzi[ęe]kuj[ęe]|` +
    String.raw`k[öo]sz(?:i|[öo]n[öo]m)|mul[țt]umesc|faleminderit|eskerrik|diolch|mahalo|mauruuru|fa['’]?afetai|malo|vinaka|` +
    String.raw`te[şs]ekk[üu]r\p{L}*|sa[ğg][ \t]+ol\p{L}*|saa[ \t]+ol|rahmat|asante|ngiyabonga|enkosi|ke[ \t]+a[ \t]+leboga|re[ \t]+a[ \t]+leboga|` +
    String.raw`tanemmirt|natotela|zikomo|murakoze|webale|na[gq]ode|e[sṣ]e|daalu|t[ɛe]nki|tenki|ayekoo|medaase|jerej[ëe]f|` +
    String.raw`shukran|choukran|salamat|terima[ \t]+kasih|tarimo[ \t]+kasih|makasih|kasih|matur[ \t]+nuwun|c[ảa]m[ \t]+[ơo]n|` +
    String.raw`pona[ \t]+tawa[ \t]+sina|najis|to-si[āa]|dev[ \t]+borem[ \t]+korum|` +
    String.raw`спасибо|спс|дякую|дзякуй|благодаря|хвала|рахмет|ευχαριστώ|շնորհակալություն|მადლობა|` +
    String.raw`شكرا|شكراً|مرسی|ممنون|تشکر|شکریہ|תודה|धन्यवाद|शुक्रिया|ধন্যবাদ|நன்றி|ధన్యవాదాలు|ขอบคุณ|ຂອບໃຈ|អរគុណ|ကျေးဇူး|` +
    String.raw`谢谢|謝謝|多谢|多謝|唔該|唔该|ありがとう|감사|고마워|고맙)(?![\p{L}])`,
  'iu',
);
