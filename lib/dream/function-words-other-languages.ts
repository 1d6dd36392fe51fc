/**
 * The small words of the other languages the rules read (French, Spanish, Catalan, Italian, Portuguese, German, Dutch):
 * articles, pronouns, prepositions, the forms of "to be" and "to have", "all", "not". The search terms drop English ones
 * (lib/engine/text.ts) but not these, so in a small memory a few chats in one language share them by chance, and one
 * used by only two passages reads as a name: "Le GR20 c'est annulé … on a tout annulé et les refuges nous ont
 * remboursés" found the chat about squeaky brakes and the one about an allergy by "tout", "nous", "ont", "les".
 * Left out: those that are also English words for things ("son", "soy", "van", "den", "war", "bin", "hat", "ton", "pro",
 * "era", "sin", "plus"), which an English chat names things by. "die" is in: English "die" is a verb, no thing's name,
 * and Dutch "die" (that, who) and German "die" (the) stand in nearly every sentence ("Sleutels … ingeleverd bij die
 * ouwe vent" found the chat about bees by "die bijen").
 */
export const FUNCTION_WORDS_OTHER_LANGUAGES = [
  // French
  'le la les un une des du de au aux et ou ni en dans sur sous par pour avec sans chez je tu il elle on nous vous ils elles me te se lui leur leurs ma mes ta tes sa ses notre nos votre vos ce cet cette ces qui que quoi dont est sont suis es sommes êtes était étaient été être as avons avez ont avait avaient avoir tout tous toute toutes pas ne y ça cela ceci là',
  // Spanish and Catalan
  'el los las unos unas del y en por para que yo tú él ella nosotros ellos ellas mis tu tus su sus nuestro nuestra es eres somos eran fue ser estar está están estoy he has ha hemos había todos toda todas lo le les se nos no ya muy els les amb per què és som sóc',
  // Italian
  'il lo gli una dei degli delle della dello nel nella nei per che io lui noi voi loro mio mia miei mie tuo tua suo sua è sono sei siamo erano essere ho hai abbiamo hanno aveva tutto tutti tutta tutte non ci si ne',
  // Portuguese
  'o os as um uma uns umas do da dos das no na nos nas ao aos pelo pela com sem por para que ele ela nós eles elas meu minha meus minhas seu sua seus suas é são sou eram foi ser estar está estão estou tenho temos têm tinha tudo todos toda todas não já pra tô',
  // German
  'der das dem des ein eine einen einem einer und oder in im am an auf aus bei mit nach von vor zu zum zur für ich du er sie es wir ihr mein meine meinen sein seine ist sind bist waren sein haben habe hatte hatten alles alle nicht kein keine schon',
  // Dutch ("die", "dat", "dit", "deze": that, this, who, which; German "die" is its article too)
  'de het een en of in aan bij met voor naar uit ik jij je hij zij ze wij we mijn zijn haar ons onze is was waren hebben heb heeft had alles alle niet geen die dat dit deze',
].join(' ');
