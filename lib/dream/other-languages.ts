import { capitalize } from '../engine/text';
import { ownEntry } from '../util/own';
import { LANGUAGE_NAMES_ELSEWHERE } from './language-names';
import { REPLY_LANGUAGE_FROM_NOW_ON, languageOrderedFromNowOn } from './reply-language-from-now-on';

/**
 * The everyday facts a user states about themselves in French, German, Spanish, Italian, Portuguese, Dutch or Japanese:
 * where they live or moved to, where they work and as what, their diet, an allergy, their name, what they love, and
 * the language they want answers in. The English rules (extract.ts) read none of these, so a user who chats in another
 * language had an empty "About me". Each fact is written as the English rules write it ("User lives in Lyon.", same
 * slot), so a value said in one language supersedes one said in another. And what the user says has stopped ("je
 * n'habite plus à Lyon", "ya no soy vegetariano") retracts, as "I no longer…" does.
 *
 * A closed list of forms per language, not a parser: a clause in a conditional, a wish or a negation is left alone, as
 * the English rules leave "if I lived in…" alone.
 */

export interface ForeignFact {
  kind: 'fact' | 'preference' | 'instruction';
  slot?: string;
  text: string;
  value: string;
  importance: number;
}
export interface ForeignRetraction {
  value: string;
  slot?: string;
  /** Never true ("no soy vegano"), not true any more ("ya no soy vegano"). */
  disproven?: true;
}

// A value ends at punctuation, a conjunction or a preposition that opens what comes next, in any of the languages.
const STOP_WORDS =
  'et|mais|donc|car|parce|depuis|avec|pour|où|quand|und|aber|weil|seit|mit|für|wo|wenn|denn|y|pero|porque|desde|con|para|donde|cuando|ma|perché|e|ed|dove|quando|mas|com|onde|en|maar|omdat|sinds|met|voor|waar|o|ou|oder|of';
const VALUE = String.raw`((?:[^,.;:!?()\n"«»“”]){1,60}?)(?=\s+(?:${STOP_WORDS})\b|\s+(?:now|maintenant|jetzt|ahora|adesso|ora|agora|nu)\b|\s*[,.;:!?()\n"«»“”]|\s+[-–—]\s|$)`;
/** A proper name (a place, a company): capitalised words, with the small words names hold ("Rio de Janeiro", "Den Haag"). */
const PLACE = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|da|do|del|di|du|la|le|el|am|an|der|sur|upon|aan|den|im)\s+)?\p{Lu}[\p{L}'’-]*){0,3})`;
// Japanese runs: kanji, kana and Latin letters (a place or a company) and the long-vowel mark.
const JA_NAME = String.raw`([\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9]{1,20})`;

/**
 * Common jobs, masculine and feminine, in each language (the English list is in occupations.ts). "barista" is the word
 * for the job in Portuguese, Spanish, Italian and French as in English ("Sou barista num café", "Soy barista").
 */
const JOBS: Record<string, string> = {
  fr: 'guide(?: touristique| de montagne| conférencier| conférencière)?|barista|arbitre|biologiste|infirmi(?:er|ère)|médecin|docteure?|chirurgien(?:ne)?|dentiste|pharmacien(?:ne)?|vétérinaire|sage-femme|kinésithérapeute|kiné|psychologue|enseignante?|professeure?|prof|instituteur|institutrice|chercheu(?:r|se)|étudiante?|ingénieure?|développeu(?:r|se)|programmeu(?:r|se)|designer|architecte|comptable|avocate?|juge|notaire|journaliste|écrivaine?|traductrice|traducteur|photographe|musicienne?|artiste|cuisinière?|cuisinier|chef|boulang(?:er|ère)|serveu(?:r|se)|vendeu(?:r|se)|électricien(?:ne)?|plombier|mécanicien(?:ne)?|menuisier|agricult(?:eur|rice)|chauffeur|pilote|pompier|policière?|policier|fonctionnaire|consultante?|analyste|gestionnaire|bibliothécaire|retraitée?|aide-soignante?|sommeli(?:er|ère)|pêcheu(?:r|se)|coiffeu(?:r|se)|bouch(?:er|ère)|jardini(?:er|ère)|couturi(?:er|ère)|tailleur|maçon|caissi(?:er|ère)|nounou|agent de sécurité|agente? de (?:piste|trafic|tri|quai)|agente? d[’\x27]escale|bagagiste|agente? d[’\\x27]entretien|femme de ménage|soudeu(?:r|se)|ouvri(?:er|ère)|éleveu(?:r|se)|manutentionnaire|facteur|factrice|livreu(?:r|se)|coursi(?:er|ère)',
  de: 'Reiseleiter(?:in)?|Fremdenführer(?:in)?|Bergführer(?:in)?|Schiedsrichter(?:in)?|Biolog(?:e|in)|Krankenpfleger(?:in)?|Krankenschwester|Pfleger(?:in)?|Ärztin|Arzt|Chirurg(?:in)?|Zahnärztin|Zahnarzt|Apotheker(?:in)?|Tierärztin|Tierarzt|Hebamme|Physiotherapeut(?:in)?|Psycholog(?:e|in)|Lehrer(?:in)?|Professor(?:in)?|Dozent(?:in)?|Forscher(?:in)?|Student(?:in)?|Ingenieur(?:in)?|Entwickler(?:in)?|Softwareentwickler(?:in)?|Programmierer(?:in)?|Designer(?:in)?|Architekt(?:in)?|Buchhalter(?:in)?|Steuerberater(?:in)?|Anwältin|Anwalt|Rechtsanwältin|Rechtsanwalt|Richter(?:in)?|Journalist(?:in)?|Schriftsteller(?:in)?|Übersetzer(?:in)?|Fotograf(?:in)?|Musiker(?:in)?|Künstler(?:in)?|Köchin|Koch|Bäcker(?:in)?|Kellner(?:in)?|Verkäufer(?:in)?|Elektriker(?:in)?|Klempner(?:in)?|Installateur(?:in)?|Mechaniker(?:in)?|Mechatroniker(?:in)?|Schreiner(?:in)?|Gärtner(?:in)?|Tischler(?:in)?|Landwirt(?:in)?|Bäuer(?:in)|Bauer|Fahrer(?:in)?|Pilot(?:in)?|Feuerwehrmann|Feuerwehrfrau|Polizist(?:in)?|Beamt(?:e|in)|Berater(?:in)?|Analyst(?:in)?|Bibliothekar(?:in)?|Rentner(?:in)?|Erzieher(?:in)?|Altenpfleger(?:in)?|Friseur(?:in)?|Friseuse|Kassierer(?:in)?|Tagesmutter|Schweißer(?:in)?|Lagerist(?:in)?|Reinigungskraft|Taxifahrer(?:in)?|Fischerin|Briefträger(?:in)?|Postbot(?:e|in)|Paketbot(?:e|in)|Paketzusteller(?:in)?|Zusteller(?:in)?|Kurierfahrer(?:in)?',
  es: 'guía(?: turístic[oa]| de montaña)?|barista|jef[ea]|técnic[oa]|árbitr[oa]|biólog[oa]|enfermer[oa]|médic[oa]|doctora?|cirujan[oa]|dentista|farmacéutic[oa]|veterinari[oa]|matrona|fisioterapeuta|psicólog[oa]|profesora?|profe|maestr[oa]|investigador(?:a)?|estudiante|ingenier[oa]|desarrollador(?:a)?|programador(?:a)?|diseñador(?:a)?|arquitect[oa]|contador(?:a)?|contable|abogad[oa]|juez(?:a)?|periodista|escritor(?:a)?|traductor(?:a)?|fotógraf[oa]|músic[oa]|artista|cociner[oa]|chef|panader[oa]|camarer[oa]|vendedor(?:a)?|electricista|fontaner[oa]|mecánic[oa]|carpinter[oa]|agricultor(?:a)?|conductor(?:a)?|piloto|bomber[oa]|policía|funcionari[oa]|consultor(?:a)?|analista|bibliotecari[oa]|jubilad[oa]|pescador(?:a)?|peluquer[oa]|barber[oa]|carnicer[oa]|jardiner[oa]|costurer[oa]|sastre|albañil|cajer[oa]|niñera|guardia de seguridad|vigilante|limpiador(?:a)?|soldador(?:a)?|obrer[oa]|ganader[oa]|meser[oa]|taxista|carter[oa]|repartidor(?:a)?|mensajer[oa]',
  it: 'guida(?: turistica| alpina)?|barista|arbitr[oa]|biolog[oa]|infermier[ea]|medico|dottor(?:e|essa)|chirurgo|dentista|farmacista|veterinari[oa]|ostetrica|fisioterapista|psicolog[oa]|insegnante|professor(?:e|essa)|maestr[oa]|ricercat(?:ore|rice)|student(?:e|essa)|ingegnere|sviluppat(?:ore|rice)|programmat(?:ore|rice)|designer|architetto|commercialista|contabile|avvocat(?:o|essa)|giudice|giornalista|scritt(?:ore|rice)|tradutt(?:ore|rice)|fotograf[oa]|musicista|artista|cuoc[oa]|chef|panettier[ea]|camerier[ea]|commess[oa]|elettricista|idraulico|meccanico|falegname|agricolt(?:ore|rice)|autista|pilota|vigile del fuoco|poliziott[oa]|impiegat[oa]|consulente|analista|bibliotecari[oa]|pensionat[oa]|pescat(?:ore|rice)|parrucchier[ea]|barbiere|macellai[oa]|giardinier[ea]|sart[oa]|muratore|cassier[ea]|babysitter|guardia giurata|badante|saldat(?:ore|rice)|operai[oa]|allevat(?:ore|rice)|tassista|potat(?:ore|rice)|bracciante|postin[oa]|portalettere|fattorin[oa]|corriere',
  pt: 'guia(?: turístic[oa])?|barista|árbitr[oa]|biólog[oa]|enfermeir[oa]|médic[oa]|cirurgiã[o]?|dentista|farmacêutic[oa]|veterinári[oa]|parteira|fisioterapeuta|psicólog[oa]|professora?|investigador(?:a)?|pesquisador(?:a)?|estudante|engenheir[oa]|desenvolvedor(?:a)?|programador(?:a)?|designer|arquitet[oa]|contador(?:a)?|contabilista|advogad[oa]|juiz(?:a)?|jornalista|escritor(?:a)?|tradutor(?:a)?|fotógraf[oa]|músic[oa]|artista|cozinheir[oa]|chef|padeir[oa]|garçom|garçonete|empregad[oa] de mesa|vendedor(?:a)?|eletricista|encanador(?:a)?|canalizador|mecânic[oa]|carpinteir[oa]|agricultor(?:a)?|motorista|piloto|bombeir[oa]|polícia|policial|funcionári[oa] públic[oa]|consultor(?:a)?|analista|bibliotecári[oa]|aposentad[oa]|reformad[oa]|pescador(?:a)?|cabeleireir[oa]|barbeir[oa]|açougueir[oa]|talhante|jardineir[oa]|costureir[oa]|alfaiate|pedreir[oa]|operador(?:a)? de caixa|babá|vigilante|faxineir[oa]|diarista|soldador(?:a)?|operári[oa]|pecuarista|taxista|carteir[oa]|motoboy|motogirl|entregador(?:a)?|estafeta|porteir[oa]|frentista|zelador(?:a)?|caminhoneir[oa]|recepcionista|atendente',
  ca: "àrbitre|biòleg|biòloga|geòleg|geòloga|intèrpret|infermera?|metgessa|metge|mestra?|professora?|investigadora?|estudiant|enginyera?|desenvolupadora?|programadora?|dissenyadora?|arquitecta?|arquitecte|comptable|advocada?|advocadessa|jutgessa|jutge|periodista|escriptora?|traductora?|fotògrafa?|músic|música|artista|cuinera?|cambrera?|fornera?|carnissera?|perruquera?|jardinera?|pagesa?|pagès|fustera?|electricista|lampista|mecànica?|mecànic|conductora?|xòfer|bombera?|policia|pilot|farmacèutica?|farmacèutic|veterinària?|veterinari|fisioterapeuta|psicòloga?|psicòleg|bibliotecària?|bibliotecari|administrativa?|administratiu|dependenta?|dependent|infermer|pescadora?|sastre|sastressa|paleta|caixera?|cangur|vigilant|netejadora?|soldadora?",
  nl: 'gids|reisleider|berggids|scheidsrechter|gymleraar|verpleegkundige|verpleger|verpleegster|arts|huisarts|dokter|chirurg|tandarts|apotheker|dierenarts|verloskundige|fysiotherapeut|psycholoog|leraar|lerares|docent|onderzoeker|student|ingenieur|ontwikkelaar|programmeur|ontwerper|designer|architect|boekhouder|accountant|advocaat|advocate|rechter|journalist|schrijver|schrijfster|vertaler|fotograaf|muzikant|kunstenaar|kok|chef|bakker|ober|serveerster|verkoper|elektricien|loodgieter|monteur|automonteur|timmerman|boer|boerin|chauffeur|piloot|brandweerman|politieagent|ambtenaar|consultant|analist|bibliothecaris|gepensioneerd|visser|kapper|kapster|slager|hovenier|tuinman|kleermaker|metselaar|kassamedewerker|caissière|oppas|beveiliger|schoonmaker|schoonmaakster|lasser|magazijnmedewerker|taxichauffeur|postbode|bezorger|pakketbezorger|koerier',
};
const JA_JOBS =
  '看護師|医師|医者|外科医|歯科医|歯医者|薬剤師|獣医|助産師|理学療法士|心理士|教師|教員|先生|講師|教授|研究者|学生|大学生|大学院生|エンジニア|ソフトウェアエンジニア|プログラマー|デザイナー|建築家|会計士|税理士|弁護士|裁判官|記者|ジャーナリスト|作家|翻訳家|翻訳者|通訳|写真家|カメラマン|音楽家|ミュージシャン|画家|料理人|シェフ|パン屋|店員|電気技師|整備士|大工|農家|運転手|パイロット|消防士|警察官|公務員|会社員|コンサルタント|アナリスト|司書|保育士|介護士|美容師|主婦|主夫';

const DIETS: Record<string, RegExp> = {
  vegetarian: /^(?:vegetarià|vegetariana|végétarien(?:ne)?|vegetarier(?:in)?|vegetarisch|vegetarian[oa]|vegetariër|vegetarisch|ベジタリアン|菜食主義者)$/iu,
  vegan: /^(?:vegà|vegan[oe]?|végane|végétalien(?:ne)?|veganer(?:in)?|vegana|veganist|ヴィーガン|ビーガン)$/iu,
  celiac: /^(?:cel[ií]ac[oa]|celiac[oa]|c(?:œ|oe)liaque|zöliakiekrank|z(?:ö|oe)liakie-?patient(?:in)?|celiakiepati[eë]nt|celíac)$/iu,
};
const DIET_WORDS = String.raw`(cel[ií]ac[oa]|celiac[oa]|c(?:œ|oe)liaque|zöliakiekrank|celíac|vegetarià|vegà|végétarien(?:ne)?|végétalien(?:ne)?|végane|vegan[oae]?|vegetarier(?:in)?|veganer(?:in)?|vegetarisch|vegetarian[oa]|vegetariër|veganist)`;

type Make = (m: string[]) => ForeignFact | null;
interface Rule {
  re: RegExp;
  make: Make;
  /** Words the message the sentence is in must hold for the rule to read it (what makes a bare verb mean a move). */
  inMessage?: RegExp;
}
const r = (src: string) => new RegExp(src, 'iu');
const words = (v: string) => v.trim().split(/\s+/).length;
const proper = (v: string) => /^\p{Lu}/u.test(v.trim());

/** The capitalised start of a match (the rules ignore case, so `PLACE` alone also takes "côté de la gare"). */
const PROPER = new RegExp(`^${PLACE}`, 'u');
function properPlace(v: string): string {
  return PROPER.exec(v.trim())?.[1] ?? '';
}

/** A Latin-script name must be capitalised; kanji and kana have no capitals. */
const nameOf = (v: string) => (/^\p{Script=Latin}/u.test(v.trim()) ? properPlace(v) : v.trim());

function lives(v: string): ForeignFact | null {
  const place = nameOf(v);
  return place && words(place) <= 5 ? { kind: 'fact', slot: 'user/location', text: `User lives in ${place}.`, value: place, importance: 0.8 } : null;
}
function employer(v: string): ForeignFact | null {
  const name = /^\p{Script=Latin}/u.test(v.trim()) ? (proper(v) ? v.trim() : '') : v.trim();
  return name && words(name) <= 6 ? { kind: 'fact', slot: 'user/employer', text: `User works at ${name}.`, value: name, importance: 0.75 } : null;
}
function job(v: string, place?: string): ForeignFact | null {
  // "architetto a Torino", "Krankenpfleger in Hamburg": where, said with the job.
  const said = /^(.+?)\s+(?:à|a|au|in|en|em|no|na|bei|im|te)\s+(\p{Lu}.*)$/u.exec(v.trim());
  if (said && !place) return job(said[1]!, said[2]);
  // "verpleegkundige bij het UMC", "ingénieure chez Airbus": the employer is said by its own rule.
  const j = v
    .trim()
    .split(/\s+(?:bij|voor|chez|pour|bei|für|para|per|presso|for|at)\s/u)[0]!
    // The article is a word of its own ("un infirmier", "l'infermiera"), not the first letters of the job: "Lokführer",
    // "Einkäufer" and "Unternehmensberater" keep their "Lo", "Ein" and "Un".
    .replace(/^(?:(?:un|une|ein|eine|einen|una|uno|um|uma|een|il|la|lo)\s+|l'\s*)/i, '');
  // A job with what it is of ("intèrpret de llengua de signes catalana") runs longer than one without.
  if (!j || words(j) > (/\s(?:de|d'|di|do|da|du|des|del|della|dello|dos|das)\s/u.test(j) ? 7 : 4)) return null;
  // A place cut short where its name goes on past a word no name rule knows ("Gärtnerin in Planten un Blomen", a park,
  // is not "in Planten") is left out; the job is kept.
  const proper = place ? properPlace(place) : '';
  const at = proper && /^\s+\p{Ll}+\s+\p{Lu}/u.test(place!.trim().slice(proper.length)) ? '' : proper;
  const where = at ? ` in ${at}` : '';
  return { kind: 'fact', slot: 'user/occupation', text: `User works as ${j}${where}.`, value: j, importance: 0.75 };
}
function diet(v: string): ForeignFact | null {
  const d = Object.keys(DIETS).find((k) => DIETS[k]!.test(v.trim()));
  return d ? { kind: 'fact', slot: 'user/diet', text: `User is ${d}.`, value: d, importance: 0.85 } : null;
}
/**
 * The common allergens by their names in these languages, written as the English rules write them, so that an allergy
 * said in Dutch and again in English is one fact in one slot ("pinda's" → peanuts, allergy:peanut).
 */
const ALLERGENS: [RegExp, string][] = [
  [/^(?:pinda'?s|pinda|erdnüsse|erdnuss|erdnüssen|cacahuètes?|arachides?|cacahuetes?|man[ií]|arachidi|amendoins?)$/iu, 'peanuts'],
  [/^(?:noten|nootjes|nüsse|nüssen|nuss|noix|fruits à coque|nueces|frutos secos|noci|frutta a guscio|nozes|frutos de casca rija)$/iu, 'nuts'],
  [/^(?:schaaldieren|schelpdieren|meeresfrüchte|meeresfrüchten|schalentiere|fruits de mer|crustacés|mariscos|frutti di mare|crostacei|frutos do mar|marisco)$/iu, 'shellfish'],
  [/^(?:vis|fisch|poisson|pescado|pesce|peixe)$/iu, 'fish'],
  [/^(?:eieren|ei|eier|eiern|œufs|oeufs|huevos?|uova|ovos?)$/iu, 'eggs'],
  [/^(?:melk|milch|lait|leche|latte|leite|zuivel|milchprodukte|produits laitiers|lácteos|latticini|laticínios)$/iu, 'dairy'],
  [/^(?:sesam|sésame|sésamo|sesamo|gergelim)$/iu, 'sesame'],
  [/^(?:soja|soia)$/iu, 'soy'],
  [/^(?:tarwe|weizen|blé|trigo|grano)$/iu, 'wheat'],
  [/^(?:glutine|glúten|glutén)$/iu, 'gluten'],
];
function allergy(v: string): ForeignFact | null {
  const said = v.trim();
  const a = ALLERGENS.find(([re]) => re.test(said))?.[1] ?? said;
  const slot = a.toLowerCase().replace(/(?<=[^s])s$/, '');
  return a && words(a) <= 3 ? { kind: 'fact', slot: `user/allergy:${slot}`, text: `User is allergic to ${a}.`, value: a, importance: 0.95 } : null;
}
function likes(v: string): ForeignFact | null {
  const t = v.trim();
  // "j'aime bien ça", "me gusta mucho": nothing named.
  if (!t || words(t) > 6 || /^(?:ça|cela|le faire|es|das|eso|esto|questo|quello|isso|isto|dat|dit)\b/i.test(t)) return null;
  return { kind: 'preference', text: `User likes ${t}.`, value: t, importance: 0.5 };
}
function named(v: string): ForeignFact | null {
  const n = nameOf(v);
  return n && words(n) <= 3 ? { kind: 'fact', slot: 'user/name', text: `User's name is ${n}.`, value: n, importance: 0.9 } : null;
}

const JOB_WORDS = Object.values(JOBS).join('|');
/**
 * What a job is of, after it: " de llengua de signes catalana", " di inglese", " du son" (not " de nuit à Lyon"'s place,
 * nor a preposition joined to its article after it: "motorista de camião numa empresa", "nella clinica", nor a word of
 * where: "motoboy de aplicativo aqui na Tijuca" is of the app, and "aqui" says only where).
 */
const JOB_OF = String.raw`(?:\s+(?:(?:de|di|do|da|du|des|del|della|dello|dos|das)\s+|d')(?:(?:la|el|les|los|las|le|il|lo|os|as)\s+|l')?[\p{L}'’-]{2,}(?:\s+(?:(?:de|di|do|da|des|del)\s+|d')[\p{L}'’-]{2,})?(?:\s+(?!(?:a|à|al|en|in|em|no|na|num|numa|nuns|numas|nos|nas|nel|nella|nello|nei|nelle|dans|sur|au|aux|bei|im|am|at|et|e|y|i|and|para|pour|per|for|chez|bij|com|como|comme|come|desde|depuis|seit|since|amb|con|avec|with|que|qui|che|dat|sobretot|surtout|sobre todo|soprattutto|aqui|aquí|ici|hier|ali|allí|ahí|lá|là)\b)\p{Ll}[\p{L}'’-]{2,})?)?`;
/** Offices held in a club, a cooperative, a committee or a firm, in English and the languages above. */
const ROLES =
  "secretary|treasurer|chair(?:person|woman|man)?|president|vice[- ]president|captain|coordinator|co-?founder|founder|organi[sz]er|director|owner|" +
  'secretari[oa]|tesorer[oa]|president[ea]|vicepresident[ea]|coordinador(?:a)?|fundador(?:a)?|directora?|dueñ[oa]|capit[áa]n(?:a)?|gerente|encargad[oa]|' +
  'secrétaire|trésori(?:er|ère)|président(?:e)?|vice-président(?:e)?|coordinat(?:eur|rice)|fondat(?:eur|rice)|directeur|directrice|gérante?|propriétaire|capitaine|' +
  'Sekretär(?:in)?|Schriftführer(?:in)?|Kassierer(?:in)?|Kassenwart(?:in)?|Vorsitzende[r]?|Präsident(?:in)?|Gründer(?:in)?|Inhaber(?:in)?|Geschäftsführer(?:in)?|Kapitän(?:in)?|Koordinator(?:in)?|' +
  'segretari[oa]|tesorier[ea]|president(?:e|essa)|fondat(?:ore|rice)|diret(?:tore|trice)|titolare|proprietari[oa]|capitan[oa]|coordinat(?:ore|rice)|' +
  'secretári[oa]|tesoureir[oa]|fundador(?:a)?|diretor(?:a)?|don[oa]|capitã[o]?|coordenador(?:a)?|' +
  'secretaris|penningmeester|voorzitter|oprichter|eigena(?:ar|resse)|aanvoerder|coördinator';
/** "the secretary of the Cooperativa Wayra Paqocha": the office, and the body up to where the clause ends. */
function office(role: string, body: string): ForeignFact | null {
  const org = body.replace(/\s+(?:en|in|à|a|em|no|na|bei|au|since|desde|depuis|seit|and|y|et|und|e|but|pero|mais|aber)(?:\s.*)?$/iu, '').trim();
  if (!org || org.split(/\s+/).length > 6 || /^(?:it|this|that|them|everything|nothing|anything|all|ello|esto|eso|nada|ça|cela|rien|es|das|nichts|niente)(?![\p{L}])/iu.test(org)) return null;
  return { kind: 'fact', slot: `user/office:${org.toLowerCase()}`, text: `User is the ${role.toLowerCase()} of ${org}.`, value: `${role} of ${org}`, importance: 0.8 };
}
/** Fields of work in the languages above, as a user names where they work ("trabajo en logística"). */
const FIELDS =
  'logística|logistica|logistique|Logistik|marketing|Marketing|ventas|vendite|vendas|vente|Vertrieb|finanzas|finanças|finanza|finance|Finanzen|contabilidad|contabilidade|contabilità|comptabilité|Buchhaltung|recursos humanos|risorse umane|ressources humaines|Personalwesen|informática|informatica|informatique|Informatik|sanidad|saúde|sanità|santé|Gesundheitswesen|educación|educação|istruzione|éducation|construcción|construção|edilizia|bâtiment|hostelería|hotelaria|ristorazione|restauration|Gastronomie|turismo|tourisme|Tourismus|seguros|assicurazioni|assurances|Versicherung|banca|bancos|banque|comercio|comércio|commercio|commerce|Handel|atención al cliente|atendimento ao cliente|assistenza clienti|service client|Kundenservice|investigación|pesquisa|ricerca|recherche|Forschung|publicidad|publicidade|pubblicità|publicité|Werbung|exportación|exportação|esportazione|export|Export';
function field(v: string): ForeignFact {
  return { kind: 'fact', slot: 'user/occupation', text: `User works in ${v}.`, value: v, importance: 0.75 };
}
/**
 * Turkish says "I am a tailor" in one word, the job and a suffix: "terziyim", "öğretmenim". After a consonant the same
 * suffix also means "my" ("doktorum" is "I'm a doctor" or "my doctor"), so those jobs count only after "ben" (I); after
 * a vowel the suffix takes a "y" ("terziyim", "hemşireyim") and means only "I am".
 */
const TR_JOBS_VOWEL = 'terzi|hemşire|hemsire|eczacı|eczaci|ebe|aşçı|asci|muhasebeci|satıcı|itfaiyeci|yazılımcı|yazilimci|programcı|tasarımcı|gazeteci|fotoğrafçı|fırıncı|elektrikçi|tesisatçı|tamirci|çiftçi|ciftci|emekli|öğrenci|ogrenci|bakıcı|temizlikçi|işçi|diş hekimi|bekçi|araştırmacı';
const TR_CONSONANT_JOBS = 'kasiyer|kuaför|berber|şoför|sofor|garson|memur|mimar|avukat|doktor|pilot|polis|öğretmen|ogretmen|mühendis|muhendis|hakim|veteriner|çevirmen|müzisyen|fizyoterapist|marangoz|kasap|şef|akademisyen';

/** Languages by their names in the languages above, as English names (an instruction is written in English). */
const LANGUAGE_NAMES: Record<string, string> = {
  deutsch: 'German', englisch: 'English', französisch: 'French', spanisch: 'Spanish', italienisch: 'Italian', niederländisch: 'Dutch', portugiesisch: 'Portuguese',
  français: 'French', anglais: 'English', allemand: 'German', espagnol: 'Spanish', italien: 'Italian', néerlandais: 'Dutch', portugais: 'Portuguese',
  español: 'Spanish', castellano: 'Spanish', inglés: 'English', alemán: 'German', francés: 'French', italiano: 'Italian', portugués: 'Portuguese', neerlandés: 'Dutch',
  inglese: 'English', tedesco: 'German', francese: 'French', spagnolo: 'Spanish', portoghese: 'Portuguese', olandese: 'Dutch',
  português: 'Portuguese', inglês: 'English', alemão: 'German', francês: 'French', espanhol: 'Spanish', holandês: 'Dutch',
  nederlands: 'Dutch', engels: 'English', duits: 'German', frans: 'French', spaans: 'Spanish', italiaans: 'Italian', portugees: 'Portuguese',
  ...LANGUAGE_NAMES_ELSEWHERE,
};
const LANGUAGE_WORDS = Object.keys(LANGUAGE_NAMES).join('|');
function replyLanguage(v: string): ForeignFact | null {
  const lang = ownEntry(LANGUAGE_NAMES, v.toLowerCase());
  return lang ? { kind: 'instruction', slot: 'user/reply-language', text: `Reply to the user in ${lang}.`, value: lang, importance: 0.9 } : null;
}
/**
 * What German job names end in, once joined to their field ("Vermessungstechnikerin", "Bankkaufmann", "Projektleiter"),
 * and the trades named by what they lay or keep ("Fliesenleger", "Parkettleger"; "Platzwart", "Tankwart", "Hauswart").
 */
const DE_JOB_ENDINGS =
  '(?:techniker|berater|leiter|leger|wart|wissenschaftler|informatiker|elektroniker|referent|assistent|therapeut|sachbearbeiter|meister|manager|planer|gestalter|pädagog|fachangestellte)(?:in)?|kaufmann|kauffrau|fachkraft|pädagoge';
const RULES: Rule[] = [
  // Where they live, and moves.
  { re: r(String.raw`\b(?:j'habite|je vis|nous habitons|on habite|nous vivons|on vit)(?: maintenant| désormais| actuellement)? (?:à|a|en|au|aux|dans) ${PLACE}`), make: (m) => lives(m[1]!) },
  { re: r(String.raw`\b(?:je viens de (?:déménager|m'installer)|j'ai déménagé|nous avons déménagé|on a déménagé|je me suis installée?|nous nous sommes installés) (?:à|a|en|au|aux|dans) ${PLACE}`), make: (m) => lives(m[1]!) },
  { re: r(String.raw`\b(?:ich wohne|ich lebe|wir wohnen|wir leben|und wohne|und lebe)(?: jetzt| inzwischen| seit kurzem| mittlerweile)? in ${PLACE}`), make: (m) => lives(m[1]!) },
  { re: r(String.raw`\b(?:ich bin|wir sind)(?: jetzt| gerade| vor kurzem| letzten Monat| letztes Jahr)? nach ${PLACE} (?:gezogen|umgezogen)`), make: (m) => lives(m[1]!) },
  // "vivo de alquiler en la Txantrea", "vivo con mi novia en el Raval": renting or with whom says no other place, and a
  // quarter of a town is named with its article ("la Txantrea"), which is no part of the name.
  { re: r(String.raw`\b(?:vivo|vivimos|resido)(?: ahora| actualmente)?(?: de alquiler| con (?:mi|mis|otro|otra|otros|otras|unos|unas|un|una) \p{L}+)? en ${PLACE}`), make: (m) => lives(m[1]!.replace(/^(?:el|la|los|las) (?=\p{Lu})/u, '')) },
  // A home of one's own got, said by its keys: "¡Ya tengo llaves en Zizur Mayor, un pisico con terraza!", "por fin tengo
  // las llaves del piso en Burlada", "me dieron las llaves de la casa en Ansoáin". "Ya" or "por fin" says they are new,
  // and only a home's keys: "las llaves del coche" are a car's.
  { re: r(String.raw`\b(?:(?:ya|por fin) tengo|(?:ya |por fin )?me (?:dieron|han dado|entregaron|han entregado)) (?:las )?llaves(?: (?:del|de la|de mi) (?:piso|pisico|casa|casita|apartamento|depa|departamento|chalet|adosado))? en ${PLACE}`), make: (m) => lives(m[1]!.replace(/^(?:el|la|los|las) (?=\p{Lu})/u, '')) },
  { re: r(String.raw`\b(?:me mudé|nos mudamos|me he mudado|nos hemos mudado|me acabo de mudar|me mudei|mudei-me|nos mudamos|me mudo) (?:a|para) ${PLACE}`), make: (m) => lives(m[1]!) },
  // Chile, Peru and Mexico move house with "cambiarse": "me cambié de casa a Ñuñoa", "nos cambiamos a vivir a Temuco",
  // and, said bare, "me cambié a Conce" when the message speaks of the new home ("arriendo un depa", "el cambio de
  // domicilio"); bare, it is as often a switch of phone company ("me cambié a Entel, dejé Movistar", "vivo en Talca y
  // la señal era mala"), where neither "dejé" nor "vivo" says a move.
  { re: r(String.raw`\b(?:me cambié|me cambie|nos cambiamos|me he cambiado|nos hemos cambiado|me acabo de cambiar|nos acabamos de cambiar) (?:de (?:casa|ciudad|región|region|depa|departamento) |a vivir )(?:a vivir )?(?:a|para) ${PLACE}`), make: (m) => lives(m[1]!) },
  {
    re: r(String.raw`\b(?:me cambié|me cambie|nos cambiamos|me he cambiado|nos hemos cambiado|me acabo de cambiar|nos acabamos de cambiar) (?:a|para) ${PLACE}`),
    make: (m) => lives(m[1]!),
    inMessage: /(?<![\p{L}])(?:arriendo|arrendamos|arrendé|depa|departamento|domicilio|mudanza|casa nueva|nueva casa|barrio|vecinos)(?![\p{L}])/iu,
  },
  // Guatemala, El Salvador and Honduras move house with "pasarse": "nos pasamos a vivir a Xela", and, said bare, "ya nos
  // pasamos a Cobán" when the message speaks of the new home or of the one left ("alquilamos una casita", "ya no
  // vivimos en Mixco"); bare, it is as often a switch of company or team ("me pasé a Tigo", "nos pasamos a Claro").
  { re: r(String.raw`\b(?:me pasé|me pase|nos pasamos|me he pasado|nos hemos pasado|me acabo de pasar|nos acabamos de pasar) a vivir (?:a|para) ${PLACE}`), make: (m) => lives(m[1]!) },
  {
    re: r(String.raw`\b(?:me pasé|me pase|nos pasamos|me he pasado|nos hemos pasado|me acabo de pasar|nos acabamos de pasar) (?:a|para) ${PLACE}`),
    make: (m) => lives(m[1]!),
    inMessage: /(?<![\p{L}])(?:alquil(?:o|é|e|amos|ando)|rent(?:o|é|amos)|arriendo|arrendamos|casita|casa nueva|nueva casa|domicilio|cambio de dirección|mudanza|ya no viv(?:o|imos) en)(?![\p{L}])/iu,
  },
  // Roman (Romanesco) doubles the b and says "we" as "semo": "abbito a Ostia", "ce semo trasferiti a Ostia", "me so'
  // trasferito".
  { re: r(String.raw`\b(?:abb?ito|vivo|abb?itiamo|abb?itamo|viviamo)(?: ora| adesso| mo'?| attualmente)? (?:a|ad|in) ${PLACE}`), make: (m) => lives(m[1]!) },
  { re: r(String.raw`\b(?:(?:mi|me) (?:sono|so'?) trasferit[oa]|(?:ci|ce) (?:siamo|semo) trasferiti) (?:a|ad|in) ${PLACE}`), make: (m) => lives(m[1]!) },
  { re: r(String.raw`\b(?:moro|moramos|vivo|vivemos)(?: agora| atualmente| actualmente)? (?:em|no|na|nos|nas) ${PLACE}`), make: (m) => lives(m[1]!) },
  { re: r(String.raw`\b(?:ik woon|wij wonen|we wonen|ik leef)(?: nu| tegenwoordig| sinds kort)? in ${PLACE}`), make: (m) => lives(m[1]!) },
  { re: r(String.raw`\b(?:ik ben|we zijn|wij zijn)(?: net| onlangs| vorige maand)? (?:verhuisd|getrokken) naar ${PLACE}`), make: (m) => lives(m[1]!) },
  { re: r(String.raw`${JA_NAME}(?:に住んで|で暮らして|に引っ越し|へ引っ越し|に移住)`), make: (m) => lives(m[1]!) },
  // Catalan: "visc a Girona", "ens hem mudat a Salt".
  { re: r(String.raw`\b(?:visc|vivim)(?: ara| actualment| des de fa \S+ anys)? (?:a|al|en) ${PLACE}`), make: (m) => lives(m[1]!) },
  { re: r(String.raw`\b(?:m'he mudat|ens hem mudat|em vaig mudar|ens vam mudar|m'he traslladat|ens hem traslladat) (?:a|al) ${PLACE}`), make: (m) => lives(m[1]!) },
  // Where they work, and as what.
  { re: r(String.raw`\b(?:je travaille|je bosse)(?: maintenant| désormais)? (?:chez|pour) ${VALUE}`), make: (m) => employer(m[1]!) },
  // "je suis développeuse backend chez Octalys", "ich bin Entwicklerin bei Zalando": the job, then where.
  // Only the words that mean "at a firm": Spanish and Catalan "en", Portuguese "na" are as often a town ("soy
  // profesora en Madrid"), which the job rule keeps as where the job is.
  { re: r(String.raw`\b(?:je suis|ich bin|soy|sono|sugnu|sou|sóc|soc|ik ben) (?:(?:un|une|ein|eine|una|uno|um|uma|een) )?(?:\p{L}+ ){1,3}?(?:chez|bei|presso|bij) ${VALUE}`), make: (m) => employer(m[1]!) },
  { re: r(String.raw`\b(?:ich|und) arbeite(?: jetzt| seit kurzem| inzwischen)? (?:bei|für) ${VALUE}`), make: (m) => employer(m[1]!) },
  { re: r(String.raw`\btrabajo(?: ahora)? (?:para|en la empresa|en la compañía) ${VALUE}`), make: (m) => employer(m[1]!) },
  { re: r(String.raw`\blavoro(?: ora| adesso)? (?:per|presso|alla|all') ${VALUE}`), make: (m) => employer(m[1]!) },
  { re: r(String.raw`\btrabalho(?: agora)? (?:para|na empresa|na) ${VALUE}`), make: (m) => employer(m[1]!) },
  { re: r(String.raw`\b(?:ik|en) werk(?: nu| sinds kort)? (?:bij|voor) ${VALUE}`), make: (m) => employer(m[1]!) },
  { re: r(String.raw`${JA_NAME}(?:で働いて|に勤めて|に勤務)`), make: (m) => (/^(?:\p{Script=Han}{1,3})$/u.test(m[1]!) ? null : employer(m[1]!)) },
  // "yo trabajo en logística para una exportadora", "je travaille dans la logistique": the field the user works in.
  // Not the noun after its article: "ho lasciato il lavoro in banca" (I left the job at the bank), "mi trabajo en …".
  { re: r(String.raw`(?<!\b(?:il|un|mio|suo|del|al|nel|dal|el|mi|su|o|um|meu|seu|do|ao|no|le|mon|son|du|au)\s)\b(?:trabajo|trabalho|lavoro|je travaille|ich arbeite)(?: (?:ahora|agora|ora|adesso|maintenant|jetzt))? (?:en|em|na|no|nel|nella|in|dans|im) (?:la |le |l'|der |dem )?(${FIELDS})\b`), make: (m) => field(m[1]!) },
  { re: r(String.raw`\b(?:je travaille|je bosse) (?:comme|en tant que) ${VALUE}`), make: (m) => job(m[1]!) },
  { re: r(String.raw`\b(?:ich|und) (?:arbeite|jobbe)(?: jetzt)? als ${VALUE}`), make: (m) => job(m[1]!) },
  // "ich fahre als Kapitän", "ik fahr as Krabbenfischer": a job said with the verb of its work, one noun; not a ride
  // taken along ("ich fahre als Beifahrer mit"), nor an order of going ("ich fahre als Erstes zum Bäcker", "als
  // Letzter"). The noun is capitalised, as German writes nouns: read case-blind, \p{Lu} matches any letter, so that
  // is checked in make, or "ich fahre als erstes" would be a job.
  { re: /\b(?:ich|und) fahre(?: jetzt)? als (?!(?:Beifahrer|Mitfahrer|Passagier|Gast|Tourist|(?:Erst|Zweit|Dritt|Nächst|Letzt|Einzig)\p{L}*)(?![\p{L}]))(\p{Lu}\p{Ll}{3,})(?![\p{L}])(?![^.!?]*\bmit\s*[.!?]?$)/iu, make: (m) => (/^\p{Lu}/u.test(m[1]!) ? job(m[1]!) : null) },
  { re: r(String.raw`\btrabajo(?: ahora)? (?:como|de) ${VALUE}`), make: (m) => job(m[1]!) },
  { re: r(String.raw`\b(?:lavoro(?: ora)? come|faccio (?:il|la|l')) ?${VALUE}`), make: (m) => job(m[1]!) },
  { re: r(String.raw`\btrabalho(?: agora)? como ${VALUE}`), make: (m) => job(m[1]!) },
  { re: r(String.raw`\b(?:ik|en) werk(?: nu)? als ${VALUE}`), make: (m) => job(m[1]!) },
  // Catalan: "treballo com a infermera", "treballo per a l'Ajuntament", "treballo a la Fundació Vila".
  { re: r(String.raw`\btreballo(?: ara)? (?:com a|de) ${VALUE}`), make: (m) => job(m[1]!) },
  { re: r(String.raw`\btreballo(?: ara)? (?:per a|per|a|a l'empresa|a la|al) ${VALUE}`), make: (m) => employer(m[1]!) },
  // An office held in a body: "soy la secretaria de la Cooperativa Wayra Paqocha", "je suis le trésorier du club de
  // rugby", "ich bin Kassenwartin des Kleingartenvereins", "I'm treasurer of our allotment society".
  { re: r(String.raw`\b(?:I'm|I am|je suis|ich bin|soy|sono|sou|ik ben)(?: (?:now|still|ahora|maintenant|jetzt|ora|agora|nu))? (?:(?:the|la|el|le|l'|die|der|il|lo|a|o|de|het) ?)?(${ROLES})\b(?: (?:general|générale?|general[ea]?))? (?:of|for|at|de la|de los|de las|del|de l'|de|du|des|der|des|van de|van het|van|di|del|della|dello|dei|da|do|dos|das|für|beim|im) (?:the |our |my |la |el |los |las |le |les |die |den |das |il |lo |i |a |o |os |as |de |het |nuestra |notre |unser(?:em|er|es)? )?(\p{L}[\p{L}\p{N}'’&-]*(?: (?:de |del |de la |du |des |der |van |di |da |do |of |and |y |et |und |e )?[\p{L}\p{N}'’&-]+){0,5})`), make: (m) => office(m[1]!, m[2]!) },
  // "Je suis infirmière à Lyon", "Ich bin Lehrerin", "Soy enfermera": a job from the list after the verb "to be". What
  // it is of comes after it in the Romance languages, as English puts it before: "profesora de inglés", "intèrpret de
  // llengua de signes catalana" (a sign-language interpreter), "ingénieure du son". Sicilian and Calabrese say "sono" as
  // "sugnu" ("Sugnu potatore d'ulivi").
  { re: r(String.raw`\b(?:je suis|ich bin|soy|sono|sugnu|sou|sóc|soc|ik ben)(?: (?:maintenant|jetzt|ahora|ora|agora|nu))? (?:(?:un|une|ein|eine|una|uno|um|uma|een) )?((?:${JOB_WORDS})${JOB_OF})\b(?:[^,.;:!?\n]{0,50}?\s(?:à|a|in|en|em|no|na|bei|au)\s+${PLACE})?`), make: (m) => job(m[1]!, m[2]) },
  // German joins a job to what it is about: "Bauingenieur", "Grundschullehrerin", "Kinderärztin". The place is the last
  // "in …" before the clause ends ("in einem kleinen Planungsbüro in Leipzig").
  { re: r(String.raw`\b(?:ich bin|und bin)(?: jetzt| inzwischen| seit \S+)? (?:ein |eine )?(\p{L}{2,}?(?:${JOBS.de}|${DE_JOB_ENDINGS}))\b(?:[^,.;:!?\n]{0,50}\s(?:in|bei)\s+${PLACE})?`), make: (m) => job(m[1]!, m[2]) },
  { re: r(String.raw`(?<![\p{L}])(${TR_JOBS_VOWEL})y[ıiuü]m(?![\p{L}])`), make: (m) => job(m[1]!) },
  { re: r(String.raw`(?<![\p{L}])ben (?:bir )?(${TR_CONSONANT_JOBS})[ıiuü]m(?![\p{L}])`), make: (m) => job(m[1]!) },
  { re: r(String.raw`(?:私は|わたしは|僕は|ぼくは|職業は|仕事は)?(${JA_JOBS})(?:をしています|をしてます|として働いて|です|をやっています)`), make: (m) => job(m[1]!) },
  // Diet and allergies. An allergy in Swabian ("i bin allergisch gega Gelbe Rüba") and Swiss German ("bi allergisch uf
  // Haselnüss") as in German.
  { re: r(String.raw`\b(?:je suis|ich bin|soy|sono|sou|sóc|soc|ik ben)(?: (?:maintenant|désormais|jetzt|seit \S+|ahora|ora|agora|nu|strikt|strict[oa]?|strictement))? (?:(?:un|une|ein|eine|una|uno|um|uma|een) )?${DIET_WORDS}\b`), make: (m) => diet(m[1]!) },
  { re: r(String.raw`(?:私は)?(ベジタリアン|ヴィーガン|ビーガン|菜食主義者)(?:です|になりました|なんです)`), make: (m) => diet(m[1]!) },
  { re: r(String.raw`\b(?:(?:sono|sugnu) allergic[oa] (?:alle|alla|allo|agli|all'|al|ai|a)|sou alérgic[oa] (?:aos|às|ao|à|a)|ik ben allergisch voor|je suis allergique (?:aux|au|à)|soy al[ée]rgic[oa] (?:al|a)|(?:ich bin|i bin|i bi|bin i|bi) allergisch (?:gegen|gega|gege|gäge|uf|auf))\s*${VALUE}`), make: (m) => allergy(m[1]!) },
  // "ich hab eine schwere Haselnussallergie", "ik heb een notenallergie": the allergy named inside one word (a German
  // noun capitalised, as German writes it).
  { re: r(String.raw`\b(?:ich )?(?:hab|habe|ik heb)(?: ne| eine| een)?(?: (?:schwere|starke|leichte|heftige|echte|ernste|zware|ernstige|flinke))? (\p{L}{3,}?)-?allergie\b`), make: (m) => allergy(/^ik\b/i.test(m[0]!) ? m[1]! : capitalize(m[1]!)) },
  { re: r(String.raw`\b(?:j'ai une allergie (?:aux|au|à la|à l'|à)|tengo (?:una )?alergia (?:a las|a los|a la|al|a)|ho (?:un'|una )?allergia (?:alle|alla|allo|agli|all'|al|ai|a)|tenho (?:uma )?alergia (?:aos|às|ao|à|a|de))\s*${VALUE}`), make: (m) => allergy(m[1]!) },
  { re: r(String.raw`(\p{Script=Katakana}[\p{Script=Katakana}ー]*|\p{Script=Han}{1,4})アレルギー(?:があり|がある|持ち|です)`), make: (m) => allergy(m[1]!) },
  // The language to answer in, from now on: "antworte mir bitte immer auf Deutsch", "réponds-moi toujours en français".
  // The spoken "mal" softens it ("antworte mal bitte immer auf Deutsch").
  { re: r(String.raw`\b(?:antworte|antworten Sie|schreib|schreibe)(?: mir)?(?: mal)?(?: bitte)?(?: mal)? (?:immer|ab jetzt|stets|nur|ab sofort)(?: nur)? (?:auf|in) (${LANGUAGE_WORDS})\b`), make: (m) => replyLanguage(m[1]!) },
  { re: r(String.raw`\b(?:réponds|répondez|écris|écrivez)(?:-moi)?(?: s'il (?:te|vous) pla[iî]t)? (?:toujours|désormais|dorénavant|uniquement|seulement) en (${LANGUAGE_WORDS})\b`), make: (m) => replyLanguage(m[1]!) },
  // "à partir de maintenant, réponds-moi en français", "kannst du ab jetzt auf Deutsch antworten?" (its file says which).
  { re: REPLY_LANGUAGE_FROM_NOW_ON, make: (m) => { const said = languageOrderedFromNowOn(m); return said ? replyLanguage(said) : null; } },
  // Said as the message's order, opening it or after a colon, with no "always": "Una koza: responde en ladino",
  // "Réponds-moi en breton stp". Not when what to answer follows ("responde en inglés a este correo").
  { re: r(String.raw`(?:^|[:;]\s*)(?:respóndeme|responde(?:me)?|contéstame|escríbeme|réponds(?:-moi)?|répondez(?:-moi)?|écris-moi|écrivez-moi|antworte(?: mir)?|antworten Sie(?: mir)?|schreib(?:e)? mir|rispondimi|rispondi(?:mi)?|scrivimi|responda(?:-me)?|escreva(?:-me)?|antwoord(?: me)?|schrijf me)(?: (?:por favor|s'il (?:te|vous) pla[iî]t|stp|svp|bitte|per favore|alsjeblieft|graag))? (?:en|in|auf|em) (?:het )?(${LANGUAGE_WORDS}),?\s+(?:y |et |und |e |en )?(?:no|not|pas|nicht|non|não|niet|nunca|jamais|nie|mai)\s+(?:en|in|auf|em)\s+\p{L}`), make: (m) => replyLanguage(m[1]!) },
  // Asked to be spoken to in a language: "en praat gewoon Nederlands tegen me", "spreek Nederlands met mij", "sprich
  // einfach Deutsch mit mir", "háblame en español", "parle-moi en français", "parlami in italiano", "fala comigo em
  // português". Said to the assistant, it is the language of its answers, as "talk to me in French" is.
  { re: r(String.raw`(?:^|[,:;]\s*|\b(?:en|und|y|et|e|ok|oké|dus|also)\s+)(?:(?:praat|spreek|sprich|rede|red)(?: (?:gewoon|maar|gerust|alsjeblieft|bitte|einfach|doch|mal))* (${LANGUAGE_WORDS}) (?:tegen|met|mit) (?:me|mij|mir)\b|(?:háblame|hablame|parle-moi|parlez-moi|parlami|parlatemi|fala comigo|fale comigo)(?: (?:siempre|toujours|sempre))? (?:en|in|em) (${LANGUAGE_WORDS})\b)`), make: (m) => replyLanguage(m[1] || m[2]!) },
  { re: r(String.raw`\b(?:respóndeme|responde(?:me)?|contéstame|contesta|escríbeme|responda(?:-me)?|rispondimi|rispondi|scrivimi|antwoord|schrijf)(?: (?:por favor|per favore|alsjeblieft|graag))? (?:siempre|a partir de ahora|sempre|d'ora in poi|altijd|voortaan|solo|solamente|só) (?:en|in|em)(?: het)? (${LANGUAGE_WORDS})\b`), make: (m) => replyLanguage(m[1]!) },
  // Name.
  { re: r(String.raw`\b(?:ik heet|mijn naam is|mein Name ist|mi nombre es|il mio nome è|je m'appelle|me llamo|ich hei(?:ß|ss)e|meu nome é|mi chiamo|chamo-me|eu me chamo|em dic|el meu nom és) ${PLACE}`), make: (m) => named(m[1]!) },
  { re: r(String.raw`(?:私の名前は)(\p{Script=Katakana}[\p{Script=Katakana}ー・]*|\p{Script=Han}{1,6}|[A-Za-z]+)(?:です|と申します)`), make: (m) => named(m[1]!) },
  // What they love.
  { re: r(String.raw`\b(?:j'adore|j'aime(?: beaucoup| bien)?|je préfère|ich liebe|ich mag|me encanta(?:n)?|me gusta(?:n)?(?: mucho)?|prefiero|adoro|mi piace(?:\s+molto)?|mi piacciono|preferisco|eu gosto(?: muito)? de|gosto(?: muito)? de|prefiro|ik hou van|ik houd van|ik ben dol op) ${VALUE}`), make: (m) => likes(m[1]!) },
  { re: r(String.raw`([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,15})が(?:大)?好き(?:です|なんです|だ)`), make: (m) => (/^(?:これ|それ|あれ|何|なに)$/u.test(m[1]!) ? null : likes(m[1]!)) },
];

/** What the user says has stopped: "je n'habite plus à Lyon", "ich bin kein Vegetarier mehr", "ya no soy vegano". */
const RETRACTIONS: { re: RegExp; slot: string; value?: (m: string[]) => string; disproven?: true }[] = [
  { re: r(String.raw`\b(?:je n'habite plus|je ne vis plus|nous n'habitons plus) (?:à|a|en|au|aux|dans) ${PLACE}`), slot: 'user/location' },
  { re: r(String.raw`\b(?:ich wohne|ich lebe|wir wohnen) nicht mehr in ${PLACE}`), slot: 'user/location' },
  { re: r(String.raw`\b(?:ya no vivo|ya no vivimos) en ${PLACE}`), slot: 'user/location' },
  { re: r(String.raw`\b(?:non|nun) (?:abb?ito|vivo) più (?:a|ad|in) ${PLACE}`), slot: 'user/location' },
  { re: r(String.raw`\b(?:já não moro|não moro mais|já não vivo|não vivo mais) (?:em|no|na) ${PLACE}`), slot: 'user/location' },
  { re: r(String.raw`\b(?:ik woon|wij wonen|we wonen) niet meer in ${PLACE}`), slot: 'user/location' },
  { re: r(String.raw`\b(?:je ne travaille plus (?:chez|pour)|ich arbeite nicht mehr (?:bei|für)|ya no trabajo (?:para|en)|non lavoro più (?:per|presso)|não trabalho mais (?:para|na)|já não trabalho (?:para|na)|ik werk niet meer (?:bij|voor)) ${VALUE}`), slot: 'user/employer' },
  { re: r(String.raw`\b(?:je ne suis plus|ich bin kein(?:e)?|ya no soy|non sono più|não sou mais|já não sou|ik ben geen) ${DIET_WORDS}`), slot: 'user/diet', value: (m) => diet(m[1]!)?.value ?? m[1]! },
  // "jaja no, yo no soy vegano, mi hermana es la vegana": not that diet, and never was (the assistant's "since you're
  // vegan" was wrong). Not "no soy muy vegano" or "no soy vegano todavía": the diet word right after the negation.
  { re: r(String.raw`(?<!\b(?:ya|mais|plus|più)\s)\b(?:no soy|no sóc|no soc|je ne suis pas|ich bin nicht|non sono|não sou|ik ben niet)(?! mais\b) ${DIET_WORDS}(?![\p{L}])(?!\s+(?:todavía|aún|encore|noch|ancora|ainda|nog|mais|plus|più)\b)`), slot: 'user/diet', value: (m) => diet(m[1]!)?.value ?? m[1]!, disproven: true },
];

/**
 * A conditional, a wish or a negation right before the match: what follows is not a statement about the user. Not the
 * German month: "Seit Mai bin ich …" ("mai" is never only in Italian).
 */
const NOT_SAID =
  /(?:\b(?:si|s'|wenn|falls|ob|würde|würdest|se|als|stel dat|imagine|imaginons|imagina|immagina|supposons|supongamos|supponiamo|suponha|pretend|stell dir vor|no|non|não|nicht|kein|keine|niet|geen|ne|n'|jamais|nie|nunca|(?<!\b(?:seit|siet|im|ab|bis|anfang|ende|mitte|letzten|nächsten|\d{1,2}\.?)\s)mai|nooit|ya no|plus)\s*$|もし[^。]*$|仮に[^。]*$)/iu;

/**
 * "ik eet al jaren geen vlees (en geen vis)", "ich esse kein Fleisch", "je ne mange pas de viande": no meat, said with
 * the negation the statement rules step over. A few words may stand between the verb and its negation ("al jaren").
 */
const NO_MEAT = r(
  String.raw`\b(?:ik eet(?: \S+){0,4}? (?:geen|nooit) vlees|ich esse(?: \S+){0,4}? (?:kein(?:en)?|nie) Fleisch|je ne mange(?: \S+){0,2}? (?:pas|plus|jamais) de viande|(?:yo )?no como(?: \S+){0,2}? carne|non mangio(?: \S+){0,2}? (?:la )?carne|(?:eu )?não como(?: \S+){0,2}? carne)\b`,
);
const NOR_FISH = r(String.raw`^(?:,|\s)*(?:en|und|et|ni|né|nem|y|e|o|of|oder|ou|noch)\s+(?:ook\s+|auch\s+)?(?:geen|kein(?:en)?|pas de|de|sin|ni|né|nem|nooit)?\s*(?:vis|Fisch|poisson|pescado|pesce|peixe)\b`);
/**
 * The allergens first, the allergy after: "geen pinda's of noten trouwens, daar ben ik allergisch voor", "keine
 * Nüsse bitte, dagegen bin ich allergisch", "pas de noix, j'y suis allergique".
 */
const ALLERGIC_AFTER = r(
  String.raw`(?:^|\s)(?:(?:geen|kein(?:e|en)?|pas de|sans|sin|nada de|niente|senza|sem|no|zonder|ohne)\s+)?((?:[\p{L}'’-]+)(?:(?:\s*,\s*|\s+(?:of|en|und|oder|ou|et|y|o|e|ni|né|nem)\s+)(?:(?:de|d'|des|du|het|die|der|den|las|los|la|le|les|il|gli|os|as)\s*)?[\p{L}'’-]+){0,3})[^.!?;]{0,30}?\b(?:daar ben ik allergisch voor|waar ik allergisch voor ben|ik ben (?:er|daar) allergisch voor|da(?:gegen|rauf) bin ich allergisch|ich bin (?:da(?:gegen|rauf)|allergisch dagegen)|j'y suis allergique|je suis allergique|soy al[ée]rgic[oa]|les tengo alergia|le tengo alergia|ci sono allergic[oa]|sono allergic[oa]|sou alérgic[oa])`,
);

/** Diet and allergies said with a negation or the allergens first: what the rule table cannot read. */
function dietAndAllergies(s: string): ForeignFact[] {
  const out: ForeignFact[] = [];
  const meat = NO_MEAT.exec(s);
  if (meat && !/\b(?:si|wenn|als|se|if|stel dat)\b[^,;.]*$/i.test(s.slice(0, meat.index))) {
    const fish = NOR_FISH.test(s.slice(meat.index + meat[0].length));
    out.push({ kind: 'fact', slot: 'user/diet:no-meat', text: `User doesn't eat meat${fish ? ' or fish' : ''}.`, value: fish ? 'meat or fish' : 'meat', importance: 0.8 });
  }
  const allergic = ALLERGIC_AFTER.exec(s);
  if (allergic)
    for (const item of allergic[1]!.split(/\s*,\s*|\s+(?:of|en|und|oder|ou|et|y|o|e|ni|né|nem)\s+/iu)) {
      // Only allergens known by name: the list before "I'm allergic to it" is read loosely ("geen stress, daar ben ik
      // allergisch voor" is a joke about stress).
      const known = item.replace(/^(?:de|d'|des|du|het|die|der|den|las|los|la|le|les|il|gli|os|as)\s*/iu, '');
      if (!ALLERGENS.some(([re]) => re.test(known))) continue;
      const made = allergy(known);
      if (made && !out.some((f) => f.slot === made.slot)) out.push(made);
    }
  return out;
}

/** The facts and retractions one sentence says in one of the languages above. */
/**
 * Low German (Plattdüütsch) says the German facts with its own small words: "ik bün Lehrer", "ik wahn in Husum", "ik
 * arbeit as Maurer", "siet Mai". Where a sentence has two or more of them it is read in German spellings; the place and
 * the job keep their words.
 */
const LOW_GERMAN_MARKS = /(?<![\p{L}])(?:ik|bün|büst|mien|mienen|miene|heff|hebb|nich|wahn|wohn|arbeit|siet|vun|sünd|dat|wat|un)(?![\p{L}])/giu;
const LOW_GERMAN_WORDS: Record<string, string> = { ik: 'ich', bün: 'bin', büst: 'bist', mien: 'mein', mienen: 'meinen', miene: 'meine', heff: 'habe', hebb: 'habe', nich: 'nicht', wahn: 'wohne', wohn: 'wohne', arbeit: 'arbeite', fahr: 'fahre', siet: 'seit', as: 'als', sünd: 'sind', un: 'und', nu: 'jetzt' };
function inGermanSpellings(s: string): string {
  const marks = new Set((s.match(LOW_GERMAN_MARKS) ?? []).map((w) => w.toLowerCase()));
  if (marks.size < 2 || !(marks.has('ik') || marks.has('bün') || marks.has('mien'))) return s;
  return s.replace(/(?<![\p{L}])(?:ik|bün|büst|mienen|miene|mien|heff|hebb|nich|wahn|wohn|arbeit|fahr|siet|as|sünd|un|nu)(?![\p{L}])/giu, (w) => {
    const de = LOW_GERMAN_WORDS[w.toLowerCase()]!;
    return w.charAt(0) === w.charAt(0).toUpperCase() ? de.charAt(0).toUpperCase() + de.slice(1) : de;
  });
}
/**
 * Upper Saxon, Hessian and Palatine German say "ich" as "isch" ("isch fahr Straßenbahn", "ab Mai bin isch
 * Fahrlehrerin"), where Swiss German and Swabian "isch" is "is" ("das isch guet"). It is read as "ich" only beside a
 * verb in the first person ("isch bin", "bin isch", "isch wohn"), which the Swiss "isch" never stands beside.
 */
const FIRST_PERSON_VERB = String.raw`(?:bin|hab|habe|hab'|wohn|wohne|arbeit|arbeite|fahr|fahre|leb|lebe)`;
const DIALECT_ICH = new RegExp(String.raw`(?<![\p{L}])isch(?=\s+${FIRST_PERSON_VERB}(?![\p{L}]))|(?<=(?<![\p{L}])${FIRST_PERSON_VERB}\s+)isch(?![\p{L}])`, 'giu');
function ichSaidAsIsch(s: string): string {
  return s.replace(DIALECT_ICH, (w) => (w.charAt(0) === 'I' ? 'Ich' : 'ich'));
}
/**
 * German puts the verb second: after "Seit Mai", "Jetzt", "In Köln" comes "bin ich", "wohne ich", "arbeite ich". The
 * rules read the subject first, so a statement's inverted verb and "ich" are read the other way round.
 */
function subjectFirst(s: string): string {
  if (/\?\s*$/.test(s)) return s;
  return s.replace(/(?<=\p{L}[^.!?;]*\s)(bin|wohne|lebe|arbeite|fahre) ich(?![\p{L}])/giu, (_, verb: string) => `ich ${verb.toLowerCase()}`);
}

export function otherLanguageStatements(sentence: string, message = sentence): { facts: ForeignFact[]; retractions: ForeignRetraction[] } {
  const s = ichSaidAsIsch(inGermanSpellings(sentence.replace(/[’‘]/g, "'")));
  // Read as typed first ("dagegen bin ich allergisch" is a rule's own order), then with the subject first.
  const inverted = subjectFirst(s);
  const facts: ForeignFact[] = [];
  const retractions: ForeignRetraction[] = [];
  for (const rule of RETRACTIONS) {
    const m = s.match(rule.re);
    if (m?.[1]) retractions.push({ value: rule.value ? rule.value([...m]) : m[1].trim(), slot: rule.slot, ...(rule.disproven ? { disproven: true } : {}) });
  }
  for (const rule of RULES) {
    const said = [s, ...(inverted === s ? [] : [inverted])].map((t) => ({ t, m: t.match(rule.re) })).find((x) => x.m);
    const m = said?.m;
    if (!m || NOT_SAID.test(said.t.slice(0, m.index)) || (rule.inMessage && !rule.inMessage.test(message))) continue;
    const made = rule.make([...m].map((g) => g ?? ''));
    if (made && !retractions.some((x) => x.value.toLowerCase() === made.value.toLowerCase())) facts.push(made);
  }
  for (const made of dietAndAllergies(s)) if (!facts.some((f) => f.slot === made.slot)) facts.push(made);
  return { facts, retractions };
}
