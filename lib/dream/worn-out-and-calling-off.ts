/**
 * Two more ways a change is said, read beside later-updates.ts's markers.
 *
 * A plan being called off, told as it is done: "we're calling off the gazebo", "I'm calling off the trip to Leeds". The
 * past ("called off") and "calling the trip off" were read already; said in the present it is a decision told as well.
 * A wish or a question ("thinking of calling off the wedding", "should I be calling off …") is later-updates.ts's
 * NOT_YET and ASKED, as for every marker.
 *
 * A thing of the user's that gave out for good: "the old Bosch finally gave up the ghost", and in French "le congélo a
 * lâché", "la télé a rendu l'âme", in German "die Waschmaschine hat den Geist aufgegeben", in Spanish "la nevera se
 * dañó", in Brazilian Portuguese "a geladeira pifou". What the older chats said of it ("my Bosch is making a noise") is
 * history, as after "died", which English says of a thing too. French "lâcher" with an object lets go of it or drops
 * it ("il a lâché un mot", "a lâché prise"): only said alone is it a thing giving out. European and African Portuguese
 * say a machine broke down as "avariou", which is as often a fault soon mended: only "for good" ("avariou de vez",
 * "estragou-se de vez", "partiu de vez") or "not worth mending" ("já não vale a pena arranjar") makes it gone, as
 * English "beyond repair", "not worth fixing" and "a write-off" do.
 */
export function wornOutAndCallingOffMarkers(marker: (source: string) => RegExp): RegExp[] {
  return [
    marker(String.raw`\bcalling off\b`),
    marker(
      String.raw`\b(?:gave up the ghost|given up the ghost|(?:a|ont|avait|avaient) (?:(?:fini par|complètement|définitivement|encore) )?lâché(?!\s+(?:prise|l['’]affaire|du lest|un|une|des|le|la|les|l['’]|mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|ce|cette|ces|quelque|tout|rien|\p{N}))|(?:a|ont) rendu l['’]âme|(?:hat|hatte|haben) (?:jetzt |endgültig |nun )?den Geist aufgegeben|(?:ist|sind) kaputtgegangen|se (?:me |nos |le |les )?(?:dañó|dañaron|estropeó|estropearon)|pifou|pifaram)\b`,
    ),
    marker(
      String.raw`\b(?:(?:avari|estrag|quebr|part)(?:ou|aram)(?:-se)? (?:de vez|de uma vez por todas|para sempre)|(?:já não|já nao|ja não|ja nao|não) (?:vale a pena|compensa) (?:arranjar|consertar|reparar)|beyond repair|not worth (?:fixing|repairing|mending)|(?:is|was|'s|’s) a write-off|(?:got|was|been) written off)\b`,
    ),
  ];
}
