import type { SecretSpan } from './rules';

/**
 * Bank details a charity, a club or an appeal publishes for donations: "Donations to IBAN …, BIC …, reference
 * LEOPARD" on a donation page, "The Red Cross donation page lists IBAN … for the flood appeal", "pay to the account
 * shown on www.example.org/adopt (IBAN …)", "Spendenseite: … IBAN …". An account printed for anyone to pay into is
 * read by everyone who gives; it opens nothing. The paragraph around the number must say where it is published: a
 * word for a donation, a charity, an appeal or a fundraiser, in any of some fifty languages, with a page, a website,
 * a poster or a link; or "shown on www…", "listed on the website", "public page". Donations asked into an account
 * the text gives for the first time ("donations by transfer to: …, IBAN …", "the association's IBAN for donations")
 * are not published yet and stay masked, as does the writer's own account ("my IBAN", "mein Konto", "minu arveldusarve") right before the
 * number stays masked, donation words or not ("refund my donation to my IBAN …").
 */
const DONATION =
  /(?<![\p{L}])(?:donat\p{L}*|donor\p{L}*|faire[ \t]+un[ \t]+don|(?:un|vos|les|nos|des)[ \t]+dons?|spende\p{L}*|spenden\p{L}*|charit\p{L}*|appeal\p{L}*|fund-?rais\p{L}*|crowdfund\p{L}*|relief[ \t]+fund|collecte|cagnotte|donaci[óo]n\p{L}*|donativo\p{L}*|doa[çc][ãa]o|doa[çc][õo]es|donazion\p{L}*|dona[țţt]i\p{L}*|wohlt[äa]tig\p{L}*|hilfsaktion|darowizn\p{L}*|zbi[óo]rk\p{L}*|p[řr][íi]sp[ěe]v\p{L}*|sb[íi]rk\p{L}*|lahjoit\p{L}*|keräy\p{L}*|adom[áa]ny\p{L}*|g[åa]v(?:a|or)|insamling\p{L}*|innsamling\p{L}*|indsamling\p{L}*|ba[ğg][ıi][şs]\p{L}*|пожертв\p{L}*|благотвор\p{L}*|дарени\p{L}*|донаци\p{L}*|donacij\p{L}*|δωρε\p{L}*|تبرع\p{L}*|خیریه|اهدا|צדק\p{L}*|תרומ\p{L}*|दान|अनुदान|চাঁদা|অনুদান|捐\p{L}*|寄付|募金|기부\p{L}*|후원\p{L}*|sumbangan|donasi|derma|quy[êe]n[ \t]+g[óo]p|[uủ]ng[ \t]+h[ộo]|บริจาค|mchango|michango|rhodd\p{L}*|cyfrann\p{L}*|s[íi]nti[úu]s\p{L}*|dohaintz\p{L}*|donazzjon\p{L}*|ziedojum\p{L}*|auk[ao]j\p{L}*|annetus\p{L}*|anneta\p{L}*|dhurim\p{L}*|შემოწირ\p{L}*|նվիրատվ\p{L}*|хандив\p{L}*|садака\p{L}*|садақа\p{L}*|xayriya\p{L}*|عطیہ|gudummawa|onyinye|ẹ̀bùn|umnikelo|iminikelo|koha|hisani)(?![\p{L}])/iu;
/** A public page the number is shown on: a link, a website, a public or donation page, a poster. */
const PUBLIC_PAGE =
  /(?<![\p{L}])(?:(?:shown|listed|published|printed|posted|displayed|given)[ \t]+on[ \t]+(?:(?:the|our|their|its|a)[ \t]+(?:web[ \t]?site|site|page|poster|flyer|leaflet)|https?:\/\/|www\.)|public[ \t]+(?:page|web[ \t]?site|site|post))/iu;
/** A page, a website, a poster or a link: where a donation's account is published. */
const PAGE =
  /(?:https?:\/\/|www\.)\S|(?<![\p{L}])(?:page|web[ \t-]?site|site|web|homepage|poster|flyer|leaflet|link|\p{L}*seite|webseite|plakat|aushang|affiche|cartaz\p{L}*|cartel\p{L}*|manifesto|locandina|volantino|folheto|folleto|flyers?|tract|flugblatt|ulotk\p{L}*|plak[áa]t\p{L}*|афиш\p{L}*|плакат\p{L}*|juliste\p{L}*|affisch\p{L}*|p[áa]gina|pagina|sito|strona|stronie|str[áa]nk\p{L}*|сайт\p{L}*|страниц\p{L}*|sivu\p{L}*|sida|sidan|hjemmeside|nettside|oldal\p{L}*|σελίδα|ιστοσελίδα|صفحة|موقع|דף|אתר|पेज|वेबसाइट|网页|网站|ページ|サイト|페이지|사이트|halaman|situs|trang|หน้า|เว็บไซต์|ukurasa|tovuti|tudalen|gwefan|leathanach|su[íi]omh|orrialde\p{L}*|webgun\p{L}*|pa[ġg]na|lap[āa]\p{L}*|vietn\p{L}*|puslap\p{L}*|leh(?:t|el|ekülg\p{L}*)|faqe\p{L}*|გვერდ\p{L}*|საიტ\p{L}*|էջ\p{L}*|կայք\p{L}*|хуудас\p{L}*|веб-?сайт\p{L}*)(?![\p{L}])/iu;
/** The writer's own account right before the number. */
const OWN_ACCOUNT =
  /(?<![\p{L}])(?:my|mine|mein\p{L}*|mon|ma|mes|mi|mis|meu|minha|mio|mia|mój|moje|moj\p{L}*|мой|моя|мой|мій|моя|minu|m[íi]n|mijn|min|mitt|minun|benim|ang[ \t]+aking|fy|mo)(?:[ \t]+[\p{L}\p{M}-]{1,24}){0,3}[ \t]*[:(]?[ \t]*$/iu;
/**
 * AK's round: a notice that says donations are welcome ("Donations welcome: IBAN … (Club Fund)", "Spenden willkommen",
 * "les dons sont les bienvenus", "donaties welkom", "lahjoitukset ovat tervetulleita") prints the account for anyone
 * who reads it, as a page does: an appeal to all, not a payment asked of one person.
 */
const WELCOME =
  /(?<![\p{L}])(?:(?:are|is|always|very|most|gratefully)[ \t]+)*(?:welcome|appreciated|received|willkommen|erw[üu]nscht|bienvenu\p{L}*|bienvenid\p{L}*|benvenut\p{L}*|bem-?vind\p{L}*|welkom|v[äa]lkomn\p{L}*|velkomn\p{L}*|velkommen|v[äa]lkomna|tervetullei\p{L}*|mile[ \t]+widziane|v[íi]t[áa]n\p{L}*|dobrodo[šs]l\p{L}*|приветству\p{L}*|вітаю\p{L}*|ευπρόσδεκτ\p{L}*|memnuniyetle|karşılanır|dipersilakan|diterima|chào[ \t]+đón|歓迎|欢迎|歡迎|환영)(?![\p{L}])/iu;
const DONATIONS_WELCOME = new RegExp(String.raw`${DONATION.source}[^.!?\n\d]{0,40}?${WELCOME.source}|(?<![\p{L}])(?:we|wir|nous)[ \t]+(?:welcome|begrüßen|accueillons)[ \t]+(?:\p{L}+[ \t]+)?${DONATION.source}`, 'iu');
/** AO's round: a donation's account the text itself calls public ("(público, está no cartaz)", "öffentlich", "公开"). */
const SAID_PUBLIC =
  /(?<![\p{L}])(?:public|publicly|p[úu]blic[oa]s?|publique|pubblic[oa]|[öo]ffentlich\p{L}*|openbaar|publiczn\p{L}*|ve[řr]ejn\p{L}*|julkinen|offentlig|публичн\p{L}*|公开|公開|공개)(?![\p{L}])/iu;
const REACH_BEFORE = 240;
const REACH_AFTER = 160;

export function isPublishedForDonations(text: string, span: SecretSpan): boolean {
  let before = text.slice(Math.max(0, span.start - REACH_BEFORE), span.start);
  let after = text.slice(span.end, span.end + REACH_AFTER);
  // The same paragraph: no blank line between.
  const blankBefore = before.lastIndexOf('\n\n');
  if (blankBefore >= 0) before = before.slice(blankBefore + 2);
  const blankAfter = after.indexOf('\n\n');
  if (blankAfter >= 0) after = after.slice(0, blankAfter);
  const around = `${before}\n${after}`;
  if (!PUBLIC_PAGE.test(around) && !(DONATION.test(around) && (PAGE.test(around) || SAID_PUBLIC.test(around))) && !DONATIONS_WELCOME.test(around)) return false;
  // Whose the account is, right before it: "my personal account IE…", "Mín konta: FO…".
  return !OWN_ACCOUNT.test(before.slice(-48));
}
