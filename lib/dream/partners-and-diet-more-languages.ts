/**
 * A partner and a diet as users say them in German, French, Spanish, Italian, Portuguese and Dutch, in the slots the
 * English rules use (partners.ts, endings.ts, extract.ts's MEAT_AGAIN): a partner named ("meine Freundin Svenja", "mi
 * novia Lucía"), someone the user is now with ("ich bin seit April mit Noor zusammen", "je sors avec Karim"), a partner
 * the user broke up with ("Svenja und ich haben uns getrennt", "terminé con Diego"), and meat or fish eaten again ("ich
 * esse seit kurzem wieder Fisch"), which ends a vegetarian or vegan diet as "back to eating meat" does in English.
 */

import { anyScript } from './any-script';

export interface PartnerOrDietFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}
export interface PartnerOrDietRetraction {
  value: string;
  slot: string;
}

/** A name as typed: capitalised, in any script that has case. */
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+)`;
const r = (src: string) => anyScript(src, 'u');
const ri = (src: string) => anyScript(src, 'iu');

/** "meine Freundin Svenja": the relation word and the name after it, by the relation's English word. */
const NAMED: [RegExp, string][] = [
  [r(String.raw`\b[Mm]eine (?:Freundin|Partnerin|Verlobte) ${NAME}`), 'girlfriend'],
  [r(String.raw`\b[Mm]ein (?:Freund|Partner|Verlobter) ${NAME}`), 'boyfriend'],
  [r(String.raw`\b[Mm]eine Frau ${NAME}`), 'wife'],
  [r(String.raw`\b[Mm]ein Mann ${NAME}`), 'husband'],
  [r(String.raw`\b[Mm]a (?:copine|petite amie|compagne|fiancée|chérie) ${NAME}`), 'girlfriend'],
  [r(String.raw`\b[Mm]on (?:copain|petit ami|compagnon|fiancé|chéri) ${NAME}`), 'boyfriend'],
  [r(String.raw`\b[Mm]a femme ${NAME}`), 'wife'],
  [r(String.raw`\b[Mm]on mari ${NAME}`), 'husband'],
  [r(String.raw`\b[Mm]i (?:novia|prometida) ${NAME}`), 'girlfriend'],
  [r(String.raw`\b[Mm]i (?:novio|prometido) ${NAME}`), 'boyfriend'],
  [r(String.raw`\b[Mm]i pareja ${NAME}`), 'partner'],
  [r(String.raw`\b[Mm]i (?:esposa|mujer) ${NAME}`), 'wife'],
  [r(String.raw`\b[Mm]i (?:esposo|marido) ${NAME}`), 'husband'],
  [r(String.raw`\b(?:[Ll]a )?mia (?:ragazza|fidanzata|compagna) ${NAME}`), 'girlfriend'],
  [r(String.raw`\b(?:[Ii]l )?mio (?:ragazzo|fidanzato|compagno) ${NAME}`), 'boyfriend'],
  [r(String.raw`\b[Mm]ia moglie ${NAME}`), 'wife'],
  [r(String.raw`\b[Mm]io marito ${NAME}`), 'husband'],
  [r(String.raw`\b[Mm]inha (?:namorada|noiva|companheira) ${NAME}`), 'girlfriend'],
  [r(String.raw`\b[Mm]eu (?:namorado|noivo|companheiro) ${NAME}`), 'boyfriend'],
  [r(String.raw`\b[Mm]inha (?:esposa|mulher) ${NAME}`), 'wife'],
  [r(String.raw`\b[Mm]eu (?:esposo|marido) ${NAME}`), 'husband'],
  [r(String.raw`\b[Mm]ijn (?:vriendin|verloofde) ${NAME}`), 'girlfriend'],
  [r(String.raw`\b[Mm]ijn vriend ${NAME}`), 'boyfriend'],
  [r(String.raw`\b[Mm]ijn partner ${NAME}`), 'partner'],
  [r(String.raw`\b[Mm]ijn vrouw ${NAME}`), 'wife'],
  [r(String.raw`\b[Mm]ijn man ${NAME}`), 'husband'],
];

/** "ich bin seit April mit Noor zusammen", "je sors avec Karim", "estoy saliendo con Ana": the user is with someone now. */
const TOGETHER = [
  r(String.raw`\b[Ii]ch bin (?:jetzt |nun |seit [\p{L}\p{N}.]+ |seit kurzem |wieder |fest )*mit ${NAME} zusammen\b`),
  r(String.raw`\b[Jj]e (?:sors|suis en couple|suis ensemble) (?:maintenant |depuis [\p{L}\p{N}]+ )?avec ${NAME}`),
  r(String.raw`\b(?:[Ee]stoy saliendo con|[Ss]algo con|[Tt]engo novi[oa],?) ${NAME}`),
  r(String.raw`\b(?:[Ss]to insieme a|[Ss]ono fidanzat[oa] con) ${NAME}`),
  r(String.raw`\b(?:[Ee]stou namorando|[Tt]ô namorando|[Nn]amoro com) (?:o |a )?${NAME}`),
  r(String.raw`\b[Ii]k (?:heb (?:nu |sinds [\p{L}\p{N}]+ )?(?:iets|verkering) met|ben (?:nu )?samen met) ${NAME}`),
];

/**
 * After "terminamos"/"cortamos": no thing finished or cut follows ("la tarea", "o trabalho", "el pasto", "de comer"). An
 * article before a day or a stretch of time says when, not what ("terminamos el sábado", "la semana pasada").
 */
const WHEN_AFTER_ARTICLE = String.raw`(?!\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|fin de semana|finde|mes pasado|año pasado|semana pasada|otro d[íi]a|verano|invierno|fim de semana|m[êe]s passado|ano passado|semana passada)(?![\p{L}]))`;
const NOTHING_FINISHED = String.raw`(?!\s+(?:la|el|los|las|lo que|un|una|unos|unas|o|a|os|as|um|uma|de|del|con|com|todo|toda|nuestr[oa]s?|noss[oa]s?|mis?|sus?|est[ea]s?|ese|esa)(?![\p{L}])${WHEN_AFTER_ARTICLE})`;
/** "Svenja und ich haben uns getrennt", "j'ai rompu avec Karim", "terminé con Diego": a partner the user left. */
const BROKE_UP = [
  r(String.raw`\b${NAME} und ich haben uns (?:\p{L}+ ){0,2}?getrennt\b`),
  r(String.raw`\b[Ii]ch (?:habe|hab) mich (?:\p{L}+ ){0,2}?von ${NAME} getrennt\b`),
  r(String.raw`\b[Ii]ch (?:habe|hab) (?:\p{L}+ ){0,2}?mit ${NAME} Schluss gemacht\b`),
  r(String.raw`\b${NAME} et moi,? (?:on s'est|nous nous sommes) séparés\b`),
  r(String.raw`\b[Jj]'ai rompu avec ${NAME}`),
  r(String.raw`\b[Jj]e me suis séparée? de ${NAME}`),
  // Mexican Spanish breaks up with "tronar" ("ya tronamos Beto y yo", "troné con Beto") and "cortar" ("cortamos"); the
  // verb first only where the couple closes the clause ("terminamos Ana y yo la tarea" finished homework). "Terminar"
  // and "cortar" take what was finished or cut after them ("Ana y yo terminamos la tarea", "cortamos el pastel"); said of
  // a couple, nothing follows but when.
  r(String.raw`\b${NAME} y yo (?:ya )?(?:lo dejamos|(?:terminamos|cortamos)${NOTHING_FINISHED}|tronamos|nos separamos|rompimos)\b`),
  r(String.raw`\b(?:[Yy]a )?(?:[Ll]o dejamos|[Tt]erminamos|[Tt]ronamos|[Cc]ortamos|[Nn]os separamos|[Rr]ompimos) ${NAME} y yo(?=\s*(?:[,.;:!?…]|$))`),
  r(String.raw`\b(?:[Rr]ompí|[Cc]orté|[Tt]erminé|[Tt]roné) con ${NAME}`),
  r(String.raw`\b[Mm]e separé de ${NAME}`),
  r(String.raw`\b(?:[Ii]o e ${NAME}|${NAME} e io) ci siamo lasciati\b`),
  r(String.raw`\b[Mm]i sono separat[oa] da ${NAME}`),
  r(String.raw`\b(?:[Ee]u e ${NAME}|${NAME} e eu) (?:terminamos${NOTHING_FINISHED}|nos separamos)\b`),
  r(String.raw`\b[Tt]erminei com (?:o |a )?${NAME}`),
  r(String.raw`\b${NAME} en ik zijn uit elkaar\b`),
  r(String.raw`\b[Ii]k heb het uitgemaakt met ${NAME}`),
  // The couple said over, the partner named by "with": "avec Maëlys c'est fini", "c'est fini avec Karim", "con Diego se
  // acabó", "con Marco è finita", "mit Svenja ist es aus", "met Sjef is het uit". Only a couple is over so: a job or a
  // project that is finished is said of itself ("le chantier avec Karim est fini", "avec Julien, c'est fini le chantier").
  r(String.raw`(?<![\p{L}])[Aa]vec ${NAME},? c'est (?:fini|terminé)(?![\p{L}])(?!,? (?:le|la|les|l'|du|des|ce|cette|mon|ma|mes|notre|nos)(?![\p{L}]))`),
  r(String.raw`(?<![\p{L}])[Cc]'est (?:fini|terminé) avec ${NAME}`),
  r(String.raw`(?<![\p{L}])[Ee]ntre ${NAME} et moi,? c'est (?:fini|terminé)(?![\p{L}])`),
  r(String.raw`(?<![\p{L}])[Cc]on ${NAME},? (?:ya )?se (?:acabó|terminó)(?![\p{L}])`),
  r(String.raw`(?<![\p{L}])[Cc]on ${NAME},? è finita(?![\p{L}])`),
  r(String.raw`(?<![\p{L}])[Mm]it ${NAME} ist (?:es )?(?:aus|Schluss|vorbei)(?![\p{L}])`),
  r(String.raw`(?<![\p{L}])[Mm]et ${NAME} is het uit(?![\p{L}])`),
];

/** Meat or fish eaten again, by the English word: "ich esse wieder Fisch", "volví a comer carne". */
const EATS_AGAIN = [
  ri(String.raw`\bich esse (?:\p{L}+ ){0,3}?wieder (Fleisch|Fisch)\b`),
  ri(String.raw`\bje (?:re)?mange (?:\p{L}+ ){0,2}?(?:à nouveau |de nouveau )?(?:de la |du )(viande|poisson)\b(?:[^.!?]{0,20}\b(?:à nouveau|de nouveau))?`),
  ri(String.raw`\b(?:vuelvo|volví|he vuelto) a comer (carne|pescado)\b`),
  ri(String.raw`\b(?:ho ricominciato a mangiare|sono tornat[oa] a mangiare|mangio di nuovo) (?:la |il )?(carne|pesce)\b`),
  ri(String.raw`\b(?:voltei a comer|estou comendo de novo|como de novo) (carne|peixe)\b`),
  ri(String.raw`\bik eet (?:\p{L}+ ){0,2}?weer (vlees|vis)\b`),
];
const FISH = /^(?:fisch|poisson|pescado|pesce|peixe|vis)$/i;
/** "je remange" needs its "again": the plain "je mange de la viande" is a diet said, not a change. */
const AGAIN_SAID = ri(String.raw`\b(?:wieder|à nouveau|de nouveau|remange|vuelvo|volví|vuelto|ricominciato|tornat[oa]|di nuovo|voltei|de novo|weer)\b`);
/** A condition or a wish before it: "wenn ich wieder Fleisch esse", "si je sors avec Karim". */
const SUPPOSED = ri(String.raw`\b(?:wenn|falls|ob|würde|si|se|als|if|stel dat|quizás|magari|talvez)\b[^,;.!?]*$`);
/** Pronouns and words of time a capital may stand on. */
const NOT_A_NAME = /^(?:Ich|Je|Yo|Io|Eu|Ik|Er|Sie|Il|Elle|Él|Ella|Lui|Lei|Ele|Ela|Hij|Zij|April|Mai|Juni|Juli|Januar|Februar|März|August|September|Oktober|November|Dezember|Montag|Freitag|Samstag|Sonntag)$/;

/** The partner and diet facts, and what they end, that one sentence says in one of the languages above. */
export function partnersAndDietInMoreLanguages(s: string): { facts: PartnerOrDietFact[]; retractions: PartnerOrDietRetraction[] } {
  const facts: PartnerOrDietFact[] = [];
  const retractions: PartnerOrDietRetraction[] = [];
  const said = (m: RegExpExecArray | null): m is RegExpExecArray => !!m && !SUPPOSED.test(s.slice(0, m.index));
  const nameIn = (m: RegExpExecArray) => m.slice(1).find((g) => g && !NOT_A_NAME.test(g));
  for (const re of BROKE_UP) {
    const m = re.exec(s);
    const name = said(m) ? nameIn(m) : undefined;
    if (name) {
      retractions.push({ value: name, slot: 'user/family:partner' });
      break;
    }
  }
  const together = TOGETHER.map((re) => re.exec(s)).find(said);
  const withName = together ? nameIn(together) : undefined;
  if (withName && !retractions.some((x) => x.value === withName))
    facts.push({ kind: 'fact', slot: 'user/family:partner', text: `User is in a relationship with ${withName}.`, value: withName, importance: 0.7 });
  else if (retractions.length === 0)
    for (const [re, relation] of NAMED) {
      const m = re.exec(s);
      if (!said(m) || NOT_A_NAME.test(m[1]!)) continue;
      facts.push({ kind: 'fact', slot: 'user/family:partner', text: `User's ${relation} is ${m[1]}.`, value: m[1]!, importance: 0.7 });
      break;
    }
  const again = EATS_AGAIN.map((re) => re.exec(s)).find((m) => said(m) && AGAIN_SAID.test(m[0]));
  if (again) {
    const what = FISH.test(again[1]!) ? 'fish' : 'meat';
    for (const diet of ['vegan', 'vegetarian']) retractions.push({ value: diet, slot: 'user/diet' });
    facts.push({ kind: 'fact', slot: 'user/diet', text: `User eats ${what} again.`, value: `eats ${what}`, importance: 0.8 });
  }
  return { facts, retractions };
}
