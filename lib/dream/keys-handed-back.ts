/**
 * A home or a workplace left, told by its keys handed back: "handed the keys back to the landlord", "turned in my
 * keys", "Delmar got the Stephens St keys back", in Dutch "sleutels van de bovenwoning ingeleverd", in German "die
 * Schlüssel abgegeben", in French "rendu les clés", in Spanish "devolví las llaves", in Italian "riconsegnato le
 * chiavi". Keys go back when the tenancy or the job ends, so the older chats about that flat or that shop are history.
 * Not keys found again ("got my keys back from lost and found") nor keys lent ("gave my sister the keys"): only keys
 * given back, or got back by someone else; and not a car's, a locker's or a spare set ("Mom got the car keys back from
 * the valet"), nor keys got back from someone of theirs ("my sister got the keys back from her ex": between other
 * people, not the user's home).
 */

/** A word before "keys" that makes them no home's or workplace's: a vehicle's, a locker's, a spare set. */
const NOT_A_HOMES = String.raw`(?!(?:car|cars|truck|van|bike|motorbike|scooter|boat|locker|mailbox|spare)\b)[\p{L}'’-]+`;

export function keysHandedBackMarkers(marker: (source: string) => RegExp): RegExp[] {
  return [
    // English: handed, gave, turned or dropped the keys back or in; returned the keys; someone else got the keys back.
    marker(
      String.raw`\b(?:handed|gave|given|turned|dropped|handing|giving|turning)(?: (?:back|in))? (?:the|my|our|his|her|their|all the)? ?(?:${NOT_A_HOMES} ){0,3}?keys?(?: (?:back|in)\b| to the (?:landlord|landlady|agent|letting agent|owner|management|office)\b)|\b(?:handed|turned) (?:back|in) (?:the |my |our )?(?:${NOT_A_HOMES} ){0,3}?keys?\b|\breturned (?:the|my|our) (?:${NOT_A_HOMES} ){0,3}?keys?\b|\b(?!(?:I|we)\b)\p{L}+ got (?:the|our) (?:${NOT_A_HOMES} ){0,3}?keys? back\b(?!\s+from\s+(?:her|his|their)\b)`,
    ),
    // Dutch, German, French, Spanish, Italian.
    marker(
      String.raw`\bsleutels? (?:van (?:[\p{L}'’-]+ ){1,4})?(?:ingeleverd|teruggegeven|afgegeven|overgedragen)\b|\b(?:de |mijn |onze )?sleutels? (?:[\p{L}'’-]+ ){0,5}?(?:ingeleverd|teruggegeven)\b|\bSchlüssel (?:[\p{L}'’-]+ ){0,4}?(?:abgegeben|zurückgegeben|übergeben)\b|\b(?:rendu|remis|rendre) (?:les|mes|nos) cl(?:é|e)fs?\b|\b(?:rendu|remis) (?:les|mes|nos) cl(?:é|e)s\b|\b(?:devolv(?:í|i|imos)|he devuelto|hemos devuelto|entregu(?:é|e)|entregamos|he entregado|hemos entregado) (?:las|mis|nuestras) llaves\b|\b(?:riconsegnato|restituito|ridato|consegnato) (?:le|mie|nostre) chiavi\b`,
    ),
  ];
}
