/**
 * A thing the user got, said in French, Spanish, Portuguese, Italian, German or Dutch, for possessions.ts to read its
 * model after: "J'ai racheté un Douze V2 d'occasion", "me compré una Brompton C6", "comprei um Galaxy S23", "ho preso
 * una Vespa GTS 300", "ich habe mir einen Golf 8 gekauft", "ik heb een Gazelle C7 gekocht". As in English, what makes it
 * a thing is the model's token with a digit, so "j'ai pris un café" or "compré un kilo de tomates" is nothing.
 *
 * The Romance languages say the verb first, then the article; German and Dutch say the article and the thing, and the
 * verb at the end of the clause (`VERB_LAST_OTHER_LANGUAGES`, a lookahead after the model).
 */

/** "j'ai (r)acheté un", "je me suis offert une", "me compré un", "comprei uma", "ho comprato un": the verb, then an article. */
export const GOT_BY_USER_OTHER_LANGUAGES = String.raw`(?:\bj['’]ai (?:(?:enfin|finalement|aussi|déjà|donc) )?(?:acheté|racheté|commandé|pris)|\bje me suis (?:(?:enfin|finalement) )?(?:acheté|racheté|offert|payé)|\b(?:me )?(?:compré|recompré|pillé)|\b(?:me )?he (?:comprado|recomprado)|\b(?:comprei|recomprei|peguei)|\b(?:ho|mi sono) (?:(?:finalmente|appena|poi) )?(?:comprato|ricomprato|preso|ordinato|comprat[oa]|pres[oa]))\s+(?:un|une|una|uno|un['’]|um|uma|el|la|le|lo|il|o|a|mon|ma|mi|meu|minha|mio|mia)\s+`;

/** German and Dutch: "ich habe mir einen", "wir haben ein", "ik heb een" before the thing; the verb after it. */
export const GOT_BY_USER_VERB_LAST = String.raw`(?:\b(?:ich|wir) (?:habe|hab|haben) (?:(?:mir|uns) )?(?:(?:endlich|jetzt|gestern|doch) )?(?:ein|eine|einen)|\b(?:ik|wij|we) (?:heb|hebben) (?:(?:eindelijk|gisteren|toch) )?(?:een))\s+`;
/** The verb that ends the German or Dutch clause: got, bought, ordered. */
export const VERB_LAST_OTHER_LANGUAGES = String.raw`(?=[^.!?;\n]{0,40}?\b(?:gekauft|geholt|bestellt|gekocht|besteld)\b)`;

/**
 * The thing as these languages' rules read it: a small word after the model is no part of its name ("un Douze V2
 * d'occasion", "una Brompton C6 de segunda mano"), and one inside it makes it no model ("un café à 8h", "un billet pour
 * le 14", "un RTT le 12": a time, a date). Undefined when it is no thing.
 */
export function thingNamedInOtherLanguage(thing: string): string | undefined {
  const name = thing.replace(/\s+(?:d|de|da|di|do|du|del|des|l|von|van)$/iu, '').trim();
  if (/(?:^|\s)(?:à|a|au|aux|pour|le|la|les|de|du|des|el|en|para|por|per|di|da|do|am|um|im|zum|zur|voor|op|om|pra|pro|ce|hasta|jusqu|vers|il|lo|al|alle|ao)(?:\s|$)/iu.test(name)) return undefined;
  return name || undefined;
}
