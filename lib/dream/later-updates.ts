import { ENDS_EVERY_TIME } from './ends-every-time';
import { withoutCaseEnding } from './bengali-script-words';
import type { MemoryRow } from '../db/schema';
import { terms } from '../engine/text';
import { moreLanguageChangeMarkers } from './change-markers-more-languages';
import { passagesCounted, type Count } from './later-counts';
import { wornOutAndCallingOffMarkers } from './worn-out-and-calling-off';
import { keysHandedBackMarkers } from './keys-handed-back';
import { milestonesThatWontComeMarkers } from './milestones-that-wont-come';
import { I_SAID, I_SAID_ELSEWHERE, THAT_ELSEWHERE, WAS_WRONG, WAS_WRONG_ELSEWHERE } from './said-was-wrong';
import { statedPart } from './supposed';
import { FUNCTION_WORDS_OTHER_LANGUAGES } from './function-words-other-languages';

/**
 * What the user said later that changes what an older chat said, when no rule made a fact of it. "the Tallinn tour is
 * off, the funding fell through", "sold the dobson to a guy from the club", "so I'm back down to two hives", "Dev's
 * stepping down from the podcast", "we're moving game night from fridays to sundays": the older chats ("planning a
 * tour to Tallinn", "I have a 200P dobson", "that's three hives now", "me and Dev…", "we play fridays") read as current
 * unless something says otherwise, and most such things are never learned as facts (nobody says "I own a Dobsonian").
 *
 * Not a fact and not a retraction: the dream cannot tell which of an old passage's words stopped being true, so it
 * claims nothing. It finds the earlier passages that talk about the same thing (a word of the later sentence that few
 * passages use) and the block shows the user's later words beside them ("[update DATE: "…"]"), for the reader to
 * weigh. A sentence that a rule already read as a change (a retraction, corrections.ts) is left to that rule's note.
 */

/** A word boundary for every script: `\b` knows only ASCII letters, and "subió", "annulé" end in others. */
const EDGE = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;
const marker = (source: string) => new RegExp(source.replaceAll(String.raw`\b`, EDGE), 'iu');

/**
 * What precedes "back to" when it returns to nothing the user had: giving, remembering, replying, a greeting ("welcome
 * back to the channel"), the chat's topic, and words or money passed back to someone ("read it back to him", "read the
 * code back to him", "say it back to me", "pay it back to my sister", "wrote back to the landlord").
 */
const NOT_A_RETURN = [
  String.raw`(?<!\b(?:give|gives|giving|gave|given|take|takes|took|taking|transported|thinking|thought|think|dates|dated|dating|welcome|read|reads|reading|say|says|saying|said|repeat|repeats|repeating|repeated|spell|spells|spelling|spelled|spelt|text|texts|texting|texted|pay|pays|paying|paid|write|writes|writing|wrote|written|report|reports|reported|reporting)(?: (?:me|us|you|him|her|them|it|this|that|these|those|(?:the|my|your|his|her|their|our) [\p{L}-]+))? )`,
  String.raw`(?<!(?:\b(?:anyway|anyhow|but|ok|okay|so)[,.…:!\s-]*|\bnow[,.…:!-]+\s*)(?:(?:let'?s|let’s|let us) )?(?:(?:get|getting|go|going|come|coming) )?)`,
  String.raw`(?<!\b(?:let'?s|let’s|let us) (?:(?:get|go|come) )?)`,
  String.raw`(?!(?<=\b(?:get|gets|getting|got|gotten) )back to (?:you|u|ya|him|her|them|me|us)\b)`,
].join('');
/** Being or getting used to something, or a thing being used for something: no habit given up. */
const NOT_ACCUSTOMED = String.raw`(?<!\b(?:get|gets|getting|got|gotten|be|been|being|am|is|are|was|were|im|'m|’m|'re|’re|'s|’s)(?: (?:still|so|really|just|also|quite|pretty|very|all|already|now|slowly|finally|not))? )`;

/**
 * "instead" tells a change only as a choice the user made: "I've been taking the bus instead of driving", "we went to
 * the matinee instead". Not advice or a request ("use 'I' instead of 'we'", "try seltzer instead"), what others do
 * ("leaders spread hate instead of love"), a plan, a wish or a liking ("I think I'll add ginger instead", "I'd rather
 * …", "I like the sound of pork belly instead"; choiceOfTheUser).
 */
const INSTEAD = marker(String.raw`\binstead\b`);
/** A change said as one value against another: "the class is on Fridays, not Thursdays", "from Rotterdam not Singapore". */
const NEW_AGAINST_OLD_SOURCE = String.raw`\b(?:in|at|from|to|on|for) \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2},? not (?:in |at |from |to |on |for )?\p{Lu}[\p{L}'-]+`;
const NEW_AGAINST_OLD = marker(NEW_AGAINST_OLD_SOURCE);
/**
 * The same, its names capitalised: under the i flag `\p{Lu}` is any letter, so "to know I'm not alone" and "for those who
 * do not have" read as a value against another. A sentence typed with capitals (one past its first letter: a name, "I")
 * names its values with them; one typed all in lower case ("moved it to fridays not thursdays") is read as typed.
 */
const NEW_AGAINST_OLD_CASED = new RegExp(NEW_AGAINST_OLD_SOURCE.replace(/\b(in|at|from|to|on|for)\b/gu, (w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).replaceAll(String.raw`\b`, EDGE), 'u');

/**
 * Quitting, said of the user or someone: "I quit", "she quit the band", "quitting the choir". Not a machine that
 * stopped ("it ran 3 min and quit", "it just quit on me", "the mower quit on us"): what the older chats said of the
 * user's things and work still holds.
 */
const QUIT = String.raw`(?<!\bit (?:just |then |finally |suddenly |always |keeps )?)(?<!\bit (?:[\p{L}\p{N}]+ ){1,6}and (?:then )?)(?:quit|quitting)(?! on (?:me|us|him|her|them)\b)`;

/**
 * Words that say something stopped, was given up or called off, or moved from one value to another, in the languages
 * the rules read. Each is a change said of something already there; "now" alone is not (it starts new things as often).
 */
const CHANGE_MARKERS: RegExp[] = [
  // English
  marker(String.raw`\b(?:no longer|not any ?more|any ?more|no more(?! than\b))\b`),
  // Not a time to come or any time ("after it's over we'll stick around", "once it's over, the feeling is amazing").
  // Nor what ends every time it happens ("my shift is over, finally home": ends-every-time.ts).
  marker(String.raw`(?<!\b(?:once|after|when|whenever|until|till|before)\b[^.!?,;\n]{0,30})(?<!\b(?:the|my|our) ${ENDS_EVERY_TIME}\s*)\b(?:is|are|was|were|'s|’s) (?:now |officially |definitely |totally |sadly )?(?:off|over|dead)(?=\s*(?:[,.;:!—–-]|$|\p{Extended_Pictographic})|\s+(?:now|then|too|sadly|unfortunately|after all|anyway|anyhow|for good|for now|(?:for )?this year|completely|though|tho|altogether|entirely|as well|obviously|of course|clearly|apparently|officially|I guess|I suppose)\b)`),
  marker(String.raw`\b(?:called off|call(?:ed|ing) (?:it|the \p{L}+) off|cancell?ed|cancell?ing|fell through|falling through|postponed|scrapped|shelved|put on hold)\b`),
  marker(String.raw`\b(?:sold(?! out\b)|gave away|given away|got rid of|getting rid of|traded in|trading in)\b`),
  // A thing of the user's at its end: "the Jøtul's done for", "the boiler gave up the ghost", "hauled it to the
  // scrapyard", "la Twingo a rendu l'âme", "partie à la casse". Not a person ("I'm done for" is a mood).
  marker(String.raw`(?<!\bI)(?:'s|’s| is| was| are| were) (?:now |finally |totally |completely |well and truly )?(?:done for|kaput)\b|\b(?:gave|given|giving) up the ghost\b|\b(?:hauled|took|taken|towed|sent|went|gone) (?:it |them |her |him )?(?:off )?to the (?:scrapyard|scrap yard|scrapheap|scrap heap|junkyard|breaker'?s(?: yard)?)\b|\ba rendu l'âme\b|\bpartie? à la casse\b`),
  // The same in Spanish: "grúa y al desguace", "la llevé al desguace", "acabó en el desguace", "desguazada" (not "voy al
  // desguace a por una pieza", a visit).
  marker(String.raw`\b(?:grúa y|(?:se )?fue|acab(?:ó|o)(?: en el)?|termin(?:ó|o)(?: en el)?|directa|directo|(?:la |lo )?(?:llev(?:é|e|amos)|mand(?:é|e|amos)|(?:he|hemos) (?:llevado|mandado)))(?: derech[oa])? (?:al|el) desguace\b|\bdesguazad[oa]s?\b`),
  // The same in Italian: a thing given away or scrapped ("l'ho data via per la rottamazione", "l'abbiamo rottamata")
  // or dead, as a car, a boiler or a phone is said to die ("la Panda è morta"), as the English "died" a few markers
  // down.
  marker(String.raw`\b(?:l'ho|l’ho|l'abbiamo|l’abbiamo|li ho|le ho|ho|abbiamo) (?:dat[oaie] via|rottamat[oaie])\b|(?<![\p{L}])(?:è|e'|é) mort[oaie](?![\p{L}])`),
  marker(String.raw`\b(?:stepp(?:ed|ing) down|${QUIT}|resigned|left (?:the|my|our|his|her|their)|leaving (?:the|my|our|his|her|their)|hand(?:ed|ing) (?:in )?my notice|(?:I'll|I will|I'm|I am|we'll|we will|we're|we are) (?:going to )?leav(?:e|ing) (?:the|my|our) (?:[\p{L}-]+ ){0,3}?(?:job|school|company|firm|team|band|orchestra|choir|club|university|uni|college|course|programme|program|position|post|role|practice|clinic|hospital|office|shop|restaurant|studio|army|navy|police|force|church|board|committee)\b|gave (?:in )?my notice|put in my notice|pull(?:ed|ing) out of|withdr(?:ew|awn) from|dropped out of)\b`),
  // A promotion or a move up or down a level: what was said of the old level is history ("gepromoveerd", "befördert").
  marker(String.raw`\b(?:got |been |was |I'm |I am |just )?(?:promoted|demoted|relegated|gepromoveerd|gedegradeerd|befördert|promu|promue|ascendid[oa]|promovid[oa]|promoss[oa]|promovid[oa])\b`),
  marker(String.raw`\b(?:mov|switch|chang|swap|shift|push|go|goes|went|gone|drop|bump|cut)(?:e|ed|es|ing|ping|ped|s)?\b[^.!?\n]{0,40}?\bfrom\b[^.!?\n]{1,40}?\bto\b`),
  // Out of one thing into another: "he swapped out of engineering into geology", "switched from law into teaching".
  marker(String.raw`\b(?:mov|switch|chang|swap|shift|transferr?)(?:e|ed|es|ing|ping|ped|s)?\b[^.!?\n]{0,20}?\b(?:out of|from)\b[^.!?\n]{1,40}?\binto\b`),
  // A number that changed: "upped the duloxetine to 60mg", "raised them to $1,200", "subió la amlodipina a 10mg".
  marker(String.raw`\b(?:upped|ups|raised|increased|bumped|doubled|halved|lowered|reduced|decreased|cut|dropped|went (?:up|down)|gone (?:up|down)|goes (?:up|down))\b[^.!?\n]{0,40}?\b(?:to|at)\s+\p{Sc}?\d`),
  // A new reading of something measured before: "another retest: 18.3!!!", "latest weigh-in: 82.1kg", "new PB: 21:30".
  marker(String.raw`\b(?:another|latest|updated|newest|most recent|new (?=(?:PB|PR|personal best|record|best|high|low|score|total|level|result|reading|weight|time)\b))\s*(?:\p{L}[\p{L}\p{N}-]*\s+){0,2}?\p{L}[\p{L}\p{N}-]*\s*(?::|=|—|–|\bis\b|\bwas\b|\bcame (?:in|back) at\b)\s*\p{Sc}?\d`),
  // The old number said with the new: "yo-yo 17.1 now. up from 16.2", "down from £1,400".
  marker(String.raw`\b(?:up|down|improved|rose|risen|fell|fallen|dropped|climbed|jumped) from\s+\p{Sc}?\d`),
  marker(String.raw`\b(?:sub(?:i|í)(?:ó|o)?|baj(?:ó|o|é|ei)|aument(?:ó|o|é|ei)|redu(?:jo|je|zi)|erh(?:ö|oe)ht|gesenkt|reduziert|augment(?:é|e)|baiss(?:é|e)|r(?:é|e)duit|verhoogd|verlaagd|aumentat[oa]|ridott[oa]|abbassat[oa]|aumentou|baixou|reduziu)\b[^.!?\n]{0,40}?\b(?:a|auf|à|naar|para)\s+\p{Sc}?\d`),
  marker(String.raw`\b(?:replaced|replacing)\b`),
  INSTEAD,
  // What the user said before, taken back: "earlier I said the course ends in October, that was wrong: it ends on
  // 20 November", "antes te dije que…, eso estaba mal". The old chat's words are history, whatever they were about.
  // Only the words that take it back are the marker (a lookbehind holds what was said), so the note is found by them.
  marker(String.raw`(?<=${I_SAID}\b[^.!?\n]{3,80}?)\b${WAS_WRONG}`),
  marker(String.raw`(?<=\b(?:${I_SAID_ELSEWHERE})\b[^.!?\n]{3,80}?)\b(?:${THAT_ELSEWHERE})\s*(?:${WAS_WRONG_ELSEWHERE})`),
  // Put somewhere else by an employer: "they reassigned me, I'm on Route 22 now", "got transferred to the Brandon
  // depot", "ich wurde versetzt", "on m'a mutée à Lyon": the route, depot or post the old chats name is the old one.
  marker(String.raw`\b(?:reassign(?:ed|ing)|redeploy(?:ed|ing))\b|\b(?:got|been|being|was|were|am|is|are|'m|’m|'re|just) (?:transferred|relocated|seconded)\b|\b(?:transferred|relocated|moved|seconded) (?:me|us)(?: over)? (?:to|onto)\b|\b(?:versetzt|overgeplaatst|mut(?:é|e)e?s?|trasladad[oa]s?|me trasladaron|trasferit[oa]|transferid[oa])\b`),
  // "I've changed the title", "renamed the shop": what the old chats called it is the old name.
  // Changed by the user, who is said or goes unsaid ("I just changed my name to …", "changed my diet"): a thing that
  // changed something ("technology has changed the way we read", "that block changed the game") changed nothing of theirs.
  marker(String.raw`(?<=^\s*(?:(?:just|finally|recently|also|so|and|then|actually)\s+)?|\b(?:I|we)(?:['’]?(?:ve|d))?(?:\s+\p{L}+){0,2}\s+)changed\s+(?:the|my|our|his|her|their)\b|\b(?:renamed|retitled|rebranded)\s+(?:the|my|our|his|her|their)\b`),
  // "switched my entry to the half", "changed our booking to May", "I'm pushing the bar to February 2028": a value of
  // the user's moved to another.
  marker(String.raw`\b(?:switch|chang|mov|push|postpon|delay|reschedul)(?:ed|ing)\s+(?:my|our|the|his|her|their)\b[^.!?\n]{0,40}?\bto\b`),
  // Back to an old value: "so I'm back down to two hives", "back to vegetarian, full stop", "went back to his mum".
  // Not the phrases that only share the words: giving back to the community, a place that takes me back to my
  // childhood, getting back to you tomorrow, "anyway, back to the party planning" and "let's get back to the topic" (the
  // chat's own subject resumed), back to back shifts, back to life, back to reality.
  marker(String.raw`${NOT_A_RETURN}\bback (?:down |up )?to\b(?! (?:back|life|reality|real life|the (?:topic|point|question|conversation|subject|story|main story))\b)|\bdown to (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a single|just)\b`),
  // "used to" as what once was ("I used to swim competitively"), not as being or getting accustomed ("I'm still getting
  // used to the commute", "I'm used to long drives") or as a tool's use ("it can be used to store metadata").
  // Not a stop on the way ("stopped by the deli", "we stopped at a motel"), nor the assistant's answer cut short ("you
  // stopped at #75") or time standing still. ("there" and "had" stay out: a marker's words make "Theresa" and "Hadley"
  // words that say a change; MARKER_STEMS.)
  marker(String.raw`\b(?:(?<!\b(?:you|time)\s+(?:(?:have|'ve|’ve|just)\s+)?)stopped(?!\s+(?:by|at|in|off|over|for)\b)|gave up|giving up|given up|${NOT_ACCUSTOMED}used to|passed away|died|broke up|split up|shut down|closed down|came off|come off|coming off|weaned off|tapered off)\b`),
  marker(String.raw`\bnot\b[^.!?\n]{1,40}\bafter all\b`),
  // A diagnosis or a treatment taken back: "turns out I was misdiagnosed", "the MRI ruled out a tear", "they discontinued
  // the statin" (clinical shorthand "d/c'd the metformin"; not "d/c'd the patient", a discharge), "the scan says it's
  // not a sprain, it's a hairline fracture" (after a finding or a doctor, or "turns out": "it's not easy, but …" and
  // "it's not a problem, it's a pleasure" are no diagnosis): what the older chats said of the condition or the medicine
  // is history.
  marker(String.raw`\b(?:misdiagnos(?:ed|is)|ruled out|discontinu(?:ed|ing)(?= (?:my|the|her|his|their|our|it|them|all|both)\b)|d/c'?d(?! (?:the |a |my |our |that |this )?(?:patient|pt|pts|him|her|them|home|from)\b))(?![\p{L}\p{N}])|(?:\b(?:turns out|turned out)\s+|(?<=\b(?:doctors?|dr|GP|specialist|consultant|scan|MRI|x-?rays?|CT|biopsy|tests?|results?|bloods|vet|diagnos\p{L}*|\p{L}+ologist|pulm\p{L}*|derm\p{L}*|neuro\p{L}*)\b[^.!?\n]{0,60}?))\b(?:it'?s|it is|it was|its) not (?:an? |the )?[\p{L}-]+(?: [\p{L}-]+)?\s*(?:[,;:—–]|\s-)\s*(?:it'?s|it is|it was|its)\b`),
  // Moved to a new value, said without the old one: "the Thursday class moves to Friday", "we switched to the 6am slot".
  marker(String.raw`\b(?:moves|moved|moving|switch(?:es|ed|ing)?|shift(?:s|ed|ing)?) to\b`),
  // A year or a grade reached, said with "now": "officially 3rd yr now!!", "I'm in second year now", "now in grade 5".
  marker(String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final) (?:year|yr|grade|form)\b(?: \p{L}+)? now\b|\bnow (?:in |a )?(?:(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final) (?:year|yr)|(?:grade|year|form) \d{1,2})\b`),
  // Moved into the new place: "moved in! first session in Ouakam was yesterday" (a short cry, quoting what follows).
  // A home given up: "the Howard Street apartment is handed back, keys and all", "handed the keys back", "I'm out of
  // the Rutland flat for good". Only handed back with its keys (not an essay or a form), and out of a place for good
  // (not "I'm out for the night"). The home's own words are left unspelled here: a marker's words are no words to find
  // the older chats by (MARKER_STEMS), and "apartment" or "house" must stay one.
  marker(String.raw`\bhand(?:ed|ing)? (?:back|in)\b(?=[^.!?\n]{0,20}\bkeys\b)|\bkeys\b[^.!?\n]{0,20}\bhand(?:ed|ing)? (?:back|in)\b|\b(?:I'?m|I’m|I am|we'?re|we’re|we are) (?:finally |officially )?out(?: of (?:the|my|our|that) [^.!?\n]{1,40}?)? for good\b`),
  // Or with the day it happened: "moved in Saturday", "moved in on the 3rd", "moved in over the weekend".
  marker(String.raw`\bmoved in\b(?=\s*(?:[,.;:!—–-]|$|\p{Extended_Pictographic})|\s+(?:to|together|with|at last|finally|yesterday|today|last|(?:on |this |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|on the \d+(?:st|nd|rd|th)?|over the weekend|this (?:week|weekend|month))\b)`),
  // A new value said against the old one: "sign off is November, from Rotterdam not Singapore", "on Fridays, not Thursdays".
  NEW_AGAINST_OLD,
  // Who or what is still there changed: "Finn's gone off to college", "just Toast and Noodle left", "it's just me and
  // Dougie now", "two of the kittens got adopted". Not "it's gone well", "only two days left till the exam".
  marker(String.raw`\b(?:has|have|'s|’s) (?:gone|left)\b(?! (?:(?:really|so|pretty|very|quite|super|rather|all) )?(?:well|badly|fine|great|ok(?:ay)?|smoothly|quiet|up|down|through|over|out|on|in|into|for|by|behind|alone|unsaid)\b)|\b(?:gone|went|moved) off to\b|\bmoved out\b|\b(?:got|were|was|have been|has been|been) (?:adopted|rehomed)\b|\brehomed\b|\bwent to (?:a |her |his |their )?new homes?\b`),
  marker(String.raw`\b(?:just|only) (?![^.!?\n]{0,40}\b(?:seconds?|minutes?|mins?|hours?|days?|nights?|weeks?|months?|years?|time|sleeps?)\b)[^.!?\n]{1,40}? left\b(?! (?:the|my|our|his|her|their|a|an|for|to|in|on|at|with|before|behind|over|out|it|them|him)\b)|\b(?:it's|its|it’s|it is) (?:just|only) (?:me|us)\b[^.!?\n]{0,30}\bnow\b`),
  // A plan or a test that has happened: what was said of it before ("theory test on thursday") is history now.
  marker(String.raw`(?:^|[—–:-]\s*|\b(?:I|we|she|he|they|finally|just)\s+)passed\b(?!\s+(?:away|on|out|by)\b)(?![^.!?\n]{0,30}\bto\b)|\b(?:aced|graduated|(?:we|I) did it|got (?:the|a|a new) job|found (?:a|a new) job|landed (?:a|the) job|got in)\b`),
  // A piece of work done: "Finished the Bechstein! Delivered it last week", "we wrapped up the kitchen": what the older
  // chats said of it ("currently restoring the Bechstein") is history. Not a meal, a drink or a day's work.
  marker(String.raw`(?:^|[—–:;-]\s*|\b(?:I|we|finally|just|officially)\s+)(?:(?:just|finally|officially|have|'ve)\s+)*(?:finished|completed|wrapped up)\b(?=\s+(?:the|my|our|his|her|their|that|\p{Lu}))(?!\s+(?:the |my |our |that )?(?:work|shift|day|meal|dinner|lunch|breakfast|coffee|tea|drink|food|plate|bottle|glass|homework|call|meeting|email|episode|chat)\b)`),
  // A plan decided against: "I've decided against the DNA test", "we're not moving to Leeds after all", "changed my mind".
  // An offer or a plan said no to: "the Leeds transfer — park that, I turned it down", "turned down the promotion".
  marker(String.raw`\bturn(?:ed|ing) (?:(?:it|that|them|this|the (?:[\p{L}-]+ ){0,2}?(?:offer|job|role|post|position|secondment|transfer|promotion|place|invitation|invite|contract|move)) down|down (?:the|their|that|this|an?|his|her|my|our) )`),
  // Said as many say it ("I ain't selling", "I ent sellin the boat now"), and of an event the user was to run or enter
  // ("I'm not running the half marathon this year"; not "I'm not running late").
  marker(String.raw`\b(?:decided (?:against|not to)|chang(?:ed|ing) (?:my|our) minds?|(?:(?:we|I)(?:'re| are|'m| am) not|(?:we|I) (?:ain'?t|ain’t|ent)) (?:(?:mov|go|do|buy|sell|tak)(?:ing|in['’]?)\b(?! anywhere\b)|(?:running|entering|racing|doing) (?:the|my|our|in the) (?:[\p{L}-]+ ){0,2}?(?:marathon|half|race|run|triathlon|ultra|10k|5k|sportive|event|tournament|competition|show|exhibition|course|class)\b))`),
  // Less of something than before: "cutting down again, from November I'm only in Tuesdays and Fridays", "cut back my
  // hours", "scaled back the Saturday market".
  marker(String.raw`\b(?:cut(?:ting)? (?:down|back)|scal(?:ed|ing) (?:back|down))\b`),
  // A date moved: "the premiere is pushed to 28 November", "got bumped back to spring", "brought forward to the 3rd".
  marker(String.raw`\b(?:pushed|bumped|put off|postponed|delayed|rescheduled|brought forward|moved (?:up|back|forward))(?: back| forward)? (?:to|until|till)\b`),
  // Left a named workplace, said with no "the" or "my": "I left Kama Gravura last week", "…, left hallam & price on
  // the 3rd". Not leaving a room, a time or a thing behind ("left early", "left it at home", "left a message").
  marker(String.raw`(?:^|[,;—–]\s*|\b(?:I|we|I've|I have|we've|we have|just|finally|officially)\s+)left\s+(?!(?:it|them|him|her|me|us|you|this|that|early|late|home|work|school|town|a|an|for|at|on|in|with|after|before|behind|off|out|over|alone|without|and|but|so|to|from|by|via|yesterday|today|tonight|last|this|after|when|because|everything|nothing|something)\b)[\p{L}][\p{L}&'’-]+`),
  // A couple broken up, as German, French, Spanish, Italian, Portuguese, Dutch and Indonesian say it ("wir haben uns
  // getrennt", "on s'est séparés", "rompimos", "ci siamo lasciati", "het is uit", "udah putus sama").
  marker(String.raw`\b(?:(?:uns|wir) (?:haben uns )?getrennt|Schluss gemacht|(?:on s'est|nous nous sommes) séparée?s|(?:j'ai|il a|elle a|on a) rompu|rompimos(?! (?:el|la|los|las|un|una)\b)|nos separamos|ci siamo lasciati|mi ha lasciat[oa]|het is uit|het uitgemaakt|uit elkaar gegaan|(?:udah|sudah|baru) putus|putus (?:sama|dengan|dari))\b`),
  // German, French, Spanish, Italian, Portuguese, Dutch
  // A booking cancelled ("die Hütten haben wir storniert") and a job or a lease given notice on ("ich habe gekündigt").
  marker(String.raw`\b(?:nicht mehr|keine?n? mehr|abge?sagt|f(?:ä|ae)llt aus|ausgefallen|verkauft|aufgeh(?:ö|oe)rt|stattdessen|umgezogen|verschoben|storniert|gek(?:ü|ue)ndigt)\b`),
  // A plan called off in everyday German and its dialects: "Mit Lissabon is nix", "Der Umzug ist nix, war nur Gerede",
  // "aus dem Umzug wird nichts", "da wird nix draus" (a thing said to be "nix" at the end of its clause, not "nix für mich").
  marker(String.raw`\b(?:is|ist) nix(?=\s*(?:[,.;:!—–]|$))|\b(?:daraus|draus) wird (?:nix|nichts)\b|\baus (?:dem|der|de|meinem|meiner|unserem|unserer) [^.!?\n]{1,40}? wird (?:nix|nichts)\b|\bwird (?:nix|nichts) (?:draus|daraus)\b|\bwar (?:bloß|bloss|nur) (?:Gebabbel|Gerede|Gequatsche|Geschwätz|Gelaber)\b`),
  // "Moved" and "no more" as German is typed in its dialects: Kölsch and the Rhineland ("mer sin ömjetrocke", "dat es
  // nix mih", "dat weed nix"), Bavarian and Austrian ("mir san umzogn", "des gibt's nimma"), Swabian ("mir sen
  // omzoga"), Swiss ("mir sind züglet", "das gits nümme", "nöd meh"; a plan called off as "abgseit" in Bern and
  // "abgsait" in Zurich, a job given notice on as "i ha kündet", "gchündet") and the north ("nich mehr"). "That won't
  // come to anything" only at the end of its clause: "das wird nichts ändern" changes nothing.
  marker(String.raw`(?<![\p{L}])(?:ömjetrock(?:e|en|t)|ömjetrok(?:ke|e)|ömjezoge|umzogn|umzong|omzoga|umzoga|umgezoche|züglet|zügled|zügelt|nit mi(?:h|eh)|nix mi(?:h|eh)|nimma|nimmer|nimmi|nümme|nüme|nümm|nöd meh|nid meh|nich mehr|abgs(?:ei|ai)t|gk(?:ü|ue)ndet|k(?:ü|ue)ndet(?!\s+(?:von|vom)\b)|gch(?:ü|ue)ndet|gch(?:ü|ue)ndiget)(?![\p{L}])|\b(?:das|dat|des|et|dos) (?:wird|weed|wed|wiad|wead) (?:nix|nichts|nüüt|nit)(?=\s*(?:[,.;:!—–]|$))`),
  // Acadian (Chiac) and Québécois French call a plan off in English words: "le trip en Floride c'est off", "on l'a
  // cancellé" (done, not "faut canceller", a plan to).
  marker(String.raw`\bc'est (?:rendu |ben |full |toute )?off(?=\s*(?:[,.;:!—–]|$|\p{Extended_Pictographic})|\s+(?:pis|asteure|finalement|anyway|anyways|pour de bon)\b)|\b(?:on l'a|je l'ai|j'l'ai|ils l'ont|a l'a|il l'a|c'est|ça a été|ç'a été) cancell?(?:é|e)e?s?\b|\bcancell?(?:é|e)e?s?(?=\s*(?:[,.;:!—–]|$))`),
  marker(String.raw`\bn(?:e |')\s?[\p{L}]+ (?:plus|jamais)\b|\b(?:pass(?:é|e)e?s? (?:à|aux?)|fini (?:le|la|les)|annul(?:é|e)e?s?|vendue?s?|au lieu de|arr(?:ê|e)t(?:é|e)|d(?:é|e)m(?:é|e)nag(?:é|e)s?|report(?:é|e)e?s?)\b`),
  marker(String.raw`\b(?:ya no|cancelad[oa]s?|vend(?:í|i)|vendid[oa]s?|en lugar de|en vez de|dej(?:é|e) de|me mud(?:é|e)|nos mudamos|pospuest[oa]s?|aplazad[oa]s?)\b`),
  // A plan fallen through, as Spanish says it: "lo de Varadero se cayó, no vamos", "lo del viaje se nos cayó", and in
  // Spain's perfect "lo de los Picos se ha caído". Only "lo de …" (the matter of …) falls so: "mi hijo se cayó de la
  // bici", "se cayó el sistema" are falls.
  marker(String.raw`\blo de(?:l)? [^,.;:!?\n]{1,40}? se (?:nos |me |les )?(?:cayó|cayo|ha caído|ha caido)\b`),
  // Roman (Romanesco) says "nd" as "nn" and "non" as "nun": "la Vespa l'ho vennuta", "nun vado più".
  marker(String.raw`\b(?:(?:non|nun) [\p{L}]+ pi(?:ù|u)|annullat[oaie]|ven[dn]ut[oaie]|invece|ho smesso|rimandat[oaie])\b`),
  // Tuscan says "non" as "un" ("un son più restauratore", "un lavoro più lì"): only before a verb of being, doing or
  // living, since "un" is also the article ("un po' più", "un caffè più forte"). A plan that falls through
  // "salta" at the end of its clause ("i' Giglio salta", "la cena è saltata"; not "salta fuori"), a booking cancelled
  // ("l'ha disdetto"), and a workplace or a home left or handed on ("ho lasciato la bottega", "l'ho ceduta a i' mi'
  // socio"; not "ho lasciato le chiavi in macchina").
  marker(String.raw`\bun (?:son|sono|è|fo|fa|lavoro|abito|vivo) pi(?:ù|u)\b|\bsalt(?:a|ano|ato|ata|ati|ate)(?=\s*(?:[,.;:!—–]|$))|\b(?:ha|ho|abbiamo|hanno|han|hai|avete) disdett[oaie]\b|\b(?:ho|abbiamo) lasciato (?:(?:il|la|lo|l'|i'|mi'|la mia|il mio|la nostra|il nostro)\s?)?(?:lavoro|bottega|negozio|ufficio|azienda|ditta|impiego|laboratorio|ristorante|officina|appartamento)\b|\b(?:l'ho|l'abbiamo|ho|abbiamo) ced(?:uto|uta|uti|ute)\b`),
  // A plan let go in Italian: its tickets given back ("i biglietti l'ho ridati indietro", "li abbiamo restituiti") or
  // refunded ("ci hanno rimborsato"), or the plan itself left be ("Capraia la si lascia lì", "lasciamo perdere").
  marker(String.raw`\b(?:l'ho|l'abbiamo|li ho|li abbiamo|le ho|le abbiamo) (?:ridat[oaie]|restituit[oaie])\b|\b(?:mi|ci) (?:hanno|ha) rimborsat[oaie]\b|\b(?:la|lo|le|li) si lascia (?:lì|li|stare|perdere)\b|\blasciamo (?:perdere|stare)\b`),
  marker(String.raw`\b(?:n(?:ã|a)o [\p{L}]+ mais|cancelad[oa]s?|vendi|em vez de|parei de|nos mudamos|me mudei|adiad[oa]s?)\b`),
  marker(String.raw`\b(?:niet meer|geen [\p{L}]+ meer|afgelast|geannuleerd|verkocht|in plaats van|gestopt|verhuisd|uitgesteld|opgezegd)\b`),
  // A plan that does not go ahead, in Dutch and in Gronings, which says "niet" as "nait" and drops the participle's
  // "ge-": "het weekend op Texel gaat niet door", "Schiermonnikoog gaait nait deur", "t hotel annuleerd", "t huurhoes
  // opzegd", "wie binnen verhoesd", "doar woon ik nait meer". Not "gaat niet door met" (keeps on with something).
  marker(String.raw`\b(?:gaat|ging|gaan|gingen|gaait|gait|gong|gongen) (?:(?:toch|dus|helaas|mooi|ook|alsnog) )?(?:niet|nait) (?:door|deur)\b(?! (?:met|mit|op|tot)\b)|\b(?:nait meer|annuleerd|opzegd|afzegd|ofzegd|verhoesd)\b`),
  // Indonesian and Malay: "naikin harga jadi Rp 525.000", "udah nggak jualan lagi", "acaranya batal", "pindah ke Bandung".
  marker(String.raw`\b(?:naik|naikin|naikkan|dinaikkan|menaikkan|turun|turunin|turunkan|diturunkan|menurunkan|ganti|diganti|ubah|diubah|tukar)\b[^.!?\n]{0,40}?\b(?:jadi|menjadi|ke|kepada)\s+(?:Rp\.?\s?|RM\s?)?\d`),
  marker(String.raw`\b(?:tidak|tak|nggak|ngga|enggak|gak|ga|udah gak|sudah tidak|dah tak) (?:\p{L}+ ){0,3}lagi\b|\b(?:bukan lagi|batal|dibatalkan|dibatalin|ditunda|dijual|kujual|sudah dijual|pindah ke|berhenti|sudah berhenti|stop jualan)\b`),
  // Jakarta's Indonesian–English mix (Jaksel) leaves a job with the English verb bare: "gue resign dari kantor", "aku
  // udah resign", "gw quit dari agency"; and no longer works there with "udah ga kerja di". Not "keluar dari kantor",
  // which is as often leaving the office for the day.
  marker(String.raw`\b(?:(?:gue|gua|gw|aku|saya|ak)\s+(?:(?:udah|sudah|dah|baru|akhirnya|resmi|barusan)\s+)?(?:resign|quit)|resign)\s+dari\b|\b(?:udah|sudah|dah|akhirnya|resmi|barusan)\s+resign\b|\b(?:udah|sudah|dah)\s+(?:ga|gak|nggak|ngga|enggak|tidak)\s+kerja\s+di\b`),
  // Swedish, Danish and Norwegian, Polish, Turkish
  marker(String.raw`\b(?:inte längre|inte (?:\p{L}+ )?mer|slutat|sålt|sålde|inställd|inställt|avbokad|avbokat|istället|flyttar inte|flyttat|flyttade|klarade|ikke længere|ikke lenger|solgt|aflyst|avlyst|i stedet|flytter ikke|flyttet|bestått)\b`),
  marker(String.raw`\b(?:już nie|sprzedał(?:em|am|iśmy)?|odwołan[aey]|zamiast|przeprowadzi(?:łem|łam|liśmy|łyśmy)|zrezygnowa(?:łem|łam|liśmy)|zdał(?:em|am))\b`),
  marker(String.raw`\b(?:artık\b[^.!?\n]{0,30}\bdeğil|iptal (?:oldu|ettim|ettik|edildi)|sattım|sattık|taşındı[km]|vazgeçti[mk]|yerine)\b`),  // Hungarian, Slavic, Baltic, Greek, Finnish, Asian, African and Middle Eastern languages.
  // A home or a post left, said by the place left: "I have relocated from Dundee", "we moved away from the coast". Not
  // a move that only dates something else ("friends I've known since I moved from my home country").
  marker(String.raw`(?<!\b(?:since|when|after|before|until|till|ever since) (?:I|we|he|she|they|you)(?:'d| had| first| just)? )\b(?:moved|relocated|moving|relocating) (?:away |house |up |down |over |back )?from\b`),
  ...moreLanguageChangeMarkers(marker),
  ...wornOutAndCallingOffMarkers(marker),
  ...keysHandedBackMarkers(marker),
  ...milestonesThatWontComeMarkers(marker),
];

/** Words a marker spells that say what changed, not that it changed: the year or grade reached ("3rd yr now"). */
const WHAT_CHANGED = new Set(['year', 'yr', 'grade', 'form']);
/** The words the markers spell (stems and whole words, lower case): "push", "moving", "after", "the", "to". */
const MARKER_STEMS: ReadonlySet<string> = new Set(
  CHANGE_MARKERS.flatMap((re) => re.source.replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]/g, ' ').toLowerCase().match(/\p{L}{2,}/gu) ?? []).filter((w) => !WHAT_CHANGED.has(w)),
);

/** A word of a marker that the marker's own pattern spells (a stem of it, or the word whole if short), not one its gaps took. */
function isMarkerWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (w.length < 2) return true;
  if (MARKER_STEMS.has(w)) return true;
  for (let n = 3; n < w.length; n++) if (MARKER_STEMS.has(w.slice(0, n))) return true;
  return false;
}

/** The words a change's own marker names beyond saying it changed: "Kama" in "I left Kama", none in "pushed to". */
export function namedInMarker(marker: string | undefined): string[] {
  return (marker?.match(/[\p{L}\p{N}][\p{L}\p{N}&'’-]*/gu) ?? []).filter((w) => !isMarkerWord(w) && !/^(?:I|we|I've|we've)$/i.test(w)).map((w) => w.toLowerCase());
}

/** A question: nothing changed yet. */
const ASKED = /\?\s*$|^(?:if|should|would|could|can|do|does|did|is|are|was|were|will|what|how|why|where|when|who|which)\b/iu;
/** A wish or a plan: nothing changed yet. A plan said not to be ("we're not going to Hilo anymore") is a change. */
const NOT_YET = /\b(?:whether|in case|(?:I|we)(?:'ll|’ll| will) (?:(?:just|probably|first|also|definitely) )?try|might|maybe|perhaps|thinking (?:of|about)|considering|wonder(?:ing)?|want(?:s|ed)? to|wanna|(?<!(?:\bnot|\bno longer|n't|n’t|\bnever)\s+)(?:going to|gonna|plan(?:ning)? to)|hope|hoping|should I)\b/iu;
/**
 * An attempt, an intention or a modal right before the change's words, with no stop between: "I've been trying to cut
 * down on carbs", "I've been meaning to get back to it", "I should get back to planning", "I think I'll go back to
 * the market", "I'd like to go back to the first question". Nothing changed yet. A plan said with "will" is a change
 * decided ("we'll be moving the class to Fridays", "instead we will open on Sundays from April"). "I've been trying to eat less sugar,
 * so I've been having fruit instead" tells a change made after its stop, "trying to sleep more since moving to Leeds"
 * one made in its own clause.
 */
const GOVERNED = /(?:\b(?:trying|try|tries|tried|attempting|meaning|wanting|need|needs)\s+to\s+(?:(?!(?:since|because|after|when|while|as|but|though|although|until|before)\s)[\p{L}'’-]+\s+){0,8}|(?:\b(?:should|shall|would|could|can|might|must|let['’]?s|think (?:I|we)(?:['’]ll| will))|['’]d)\s+(?:[\p{L}'’-]+\s+){0,3})$/iu;

/**
 * "I" or "we" said outside quotes, or left out before a verb in the past as people type a diary ("booked the June fair
 * instead", "been cycling instead"; an order starts with the verb's plain form: "use oat milk instead"), and no wish,
 * plan or liking up to the end of the clause after the one that holds "instead" ("I'd rather stick to organic
 * produce instead"; "Instead, I've started buying at the discount store, where I can find …" is a choice made): a choice
 * the user made.
 */
const SUBJECT_LEFT_OUT = /^\s*(?:(?:so|and|then|just|finally|ok|okay|anyway|well)[\s,]+)*(?:\p{L}{3,}ed|been|went|got|took|made|bought|did|had|ran|drove|chose|found|kept|brought|came|flew|spent|paid|met|sold|gave|left|put|sent|ate)\b/iu;
function choiceOfTheUser(s: string, at: number, length: number): boolean {
  const own = s.replace(/["“][^"”]*["”]/g, (q) => ' '.repeat(q.length));
  const end = clauseEnd(own, at, length);
  const around = own.slice(0, end < own.length ? clauseEnd(own, end + 1, 0) : end);
  return (/\b(?:I|we)\b/iu.test(own) || SUBJECT_LEFT_OUT.test(own)) && !/\b(?:would|should|could|can|might|must|wish|let['’]?s|rather)\b|['’]d\b|\bthink (?:I|we)(?:['’]ll| will)\b|\b(?:I|we) (?:\p{L}+ )?(?:like|love)\b/iu.test(around);
}

const NOT_A_VALUE_WORD = /(?<![\p{L}'’])(?:and|or|but|it|it's|it’s|is|was|that|this|mine|yours|ours|theirs|hers|me|you|him|her|them|us)(?![\p{L}'’])/iu;
/** Whether a marker's match means what it says in this sentence (INSTEAD, NEW_AGAINST_OLD). */
function saidAsMeant(re: RegExp, s: string, m: RegExpExecArray): boolean {
  if (re === INSTEAD) return choiceOfTheUser(s, m.index, m[0].length);
  // Typed without capitals, the values are told by their words alone: a joining word or a pronoun is no place or name
  // ("said to me in confidence and it's not mine to keep").
  if (re === NEW_AGAINST_OLD) return (!/\p{Lu}/u.test(s.slice(1)) && !NOT_A_VALUE_WORD.test(m[0].replace(/^\S+\s/u, ''))) || NEW_AGAINST_OLD_CASED.test(s);
  return true;
}

/** A condition: nothing changed yet in its clause or before it. */
const CONDITIONAL = /\bif\b/iu;
/** "haven't sold it", "didn't cancel", "never quit": a change denied. */
const DENIED = /\b(?:not|never|n't|haven't|hasn't|didn't|won't|wouldn't)\s+(?:\p{L}+\s+)?$/iu;

/** Markers that are a negation themselves ("not … anymore", "ya no"): a "not" before them is part of the change. */
const SAID_AS_NEGATION = /^(?:no longer|no more|not any ?more|any ?more|nicht mehr|keine?n? mehr|n(?:e |')|ya no|non |n(?:ã|a)o |niet meer|geen )/iu;

/** The words a note may quote, at most: a long sentence is cut to the clauses around its change. */
const QUOTE_WORDS = 30;
/** A change said in this many words or fewer is a cry, and what it is about follows. */
const SHORT_CRY = 5;

/**
 * Whether a sentence of the user's says something changed: the words to quote, and the change's own words. A change
 * that names nothing ("so I'm down to three.", "it's off now") is about what the sentence before it said ("Pickle and
 * Mochi got adopted today."), and a short cry ("PASSED!!") about the one after: that sentence, when given, is quoted
 * with it, so the note can find what it bears on.
 */
export function changeSaid(sentence: string, before?: string, after?: string): { said: string; marker: string } | undefined {
  // What the sentence only supposes changed nothing: "let's say I sold the car", "I moved to Leeds, so if you're ever
  // up north…" (supposed.ts).
  const s = statedPart(sentence.trim());
  if (s.length < 8 || ASKED.test(s)) return undefined;
  const marker = CHANGE_MARKERS.map((re) => ({ re, m: re.exec(s) }))
    .filter((x): x is { re: RegExp; m: RegExpExecArray } => x.m !== null)
    .find(({ re, m }) => (SAID_AS_NEGATION.test(m[0]) || (!DENIED.test(s.slice(0, m.index)) && !GOVERNED.test(s.slice(0, m.index)))) && saidAsMeant(re, s, m))?.m;
  if (!marker) return undefined;
  // A condition holds for the clause it is in and those after it: "Nathan moved out last week, we've split up, and
  // I'd like to save £100 a month if that's even possible" is a change; "I'll quit if they cut my hours" is none.
  if (NOT_YET.test(s) || CONDITIONAL.test(s.slice(0, clauseEnd(s, marker.index, marker[0].length)))) return undefined;
  const said = quoteAround(s, marker.index, marker[0].length);
  const words = changeWords(marker[0]);
  const context = before?.trim();
  // The change's own clause names nothing ("…it's just too expensive, I'm not going."): what it is about was said before.
  const ownClause = clauseAt(s, marker.index, marker[0].length);
  if (context && (!namesSomething(said, words) || !namesSomething(ownClause, words)) && !context.endsWith('?') && context.split(/\s+/).length <= QUOTE_WORDS)
    return { said: `${context} ${said}`, marker: words };
  // A cry ("result came — passed!!", "PASSED NPLQ!!!") says what in the sentence after it ("ECB level 2 umpire now").
  const next = after?.trim();
  if (next && (said.match(/\p{L}+/gu) ?? []).length <= SHORT_CRY && !next.endsWith('?') && next.split(/\s+/).length <= QUOTE_WORDS) return { said: `${said} ${next}`, marker: words };
  return { said, marker: words };
}

/** The clause of a sentence that holds the change: between the stops and joins around it ("…, I'm not going."). */
function clauseAt(s: string, at: number, length: number): string {
  return s.slice(clauseStart(s, at), clauseEnd(s, at, length));
}

/** Where the clause that holds a place of the sentence starts: after the stop or join before it. */
function clauseStart(s: string, at: number): number {
  // A stop is one with a space after it: "$1,200" and "10:30" hold no clause's end.
  return Math.max(...[...s.slice(0, at).matchAll(/[,;:—–](?=\s)|\s(?:and|but|so)\s/g)].map((m) => m.index + m[0].length), 0);
}

/** Where the clause that holds the change ends: at the next stop or join after it, or the sentence's end. */
function clauseEnd(s: string, at: number, length: number): number {
  const after = /[,;:—–.!?](?=\s|$)|\s(?:and|but|so)\s/.exec(s.slice(at + length));
  return after ? at + length + after.index : s.length;
}

/** Whether the words of a change, beside the change's own words, name anything a passage could share. */
function namesSomething(said: string, marker: string): boolean {
  const own = new Set(terms(marker));
  return terms(said).some((t) => !/^\d+$/.test(t) && !own.has(t) && !WEAK.has(t));
}

/** The words of a marker that say only that something changed: in "moving game night from fridays to", the verb. */
function changeWords(marker: string): string {
  return /\bfrom\b/i.test(marker) ? marker.split(/\s+/)[0]! : marker;
}

/** The sentence, or where it is long, its clauses from the one before the change to the one that holds it. */
function quoteAround(s: string, at: number, length: number): string {
  if (s.split(/\s+/).length <= QUOTE_WORDS) return s;
  const clauses = [...s.matchAll(/[^,;:—–]+[,;:—–]?/g)].map((m) => ({ text: m[0], start: m.index }));
  const i = clauses.findIndex((c) => c.start + c.text.length > at + length - 1);
  const from = clauses[Math.max(0, i - 1)]!.start;
  const to = clauses[i]!.start + clauses[i]!.text.length;
  return s.slice(from, to).replace(/[,;:—–\s]+$/, '').trim();
}

/** A change the user said, for the dream to note on the passages it bears on. */
export interface PlannedUpdate {
  said: string;
  /** The words that say it changed ("is off", "sold"): they say nothing of what changed. */
  marker?: string;
  /** The whole sentence as a rule's correction note quotes it, when a rule read it as a change too. */
  readAs?: string;
  occurredAt: number;
  sourceTurnIds: string[];
  /** A count said again with a new number ("38 hours now"): the passages that counted the same thing (later-counts.ts). */
  counts?: Count[];
  /** The whole turn a count was said in: what it counts may be named in another sentence of it. */
  context?: string;
}

/** Passages one note may mark: the ones that share most with it, so a common word does not mark a whole history. */
const MAX_PASSAGES = 6;
/** Share of the update's words (weighted by rarity) a passage must hold to be about the same thing. */
const MIN_OVERLAP = 0.3;
/**
 * Words that name no thing: numbers, counts, fillers and words of time or degree ("one of my players", "two hives", "ok
 * so", "sold the last two as well" — "last" is in "since last autumn" too, about something else); and the joining
 * words of the other languages the markers read, which a few chats in that language share by chance ("perché",
 * "porque", "parce") and their small words (function-words-other-languages.ts): in a small memory such a word is used
 * by two passages only, and would pass for a name.
 */
export const WEAK = new Set(
  terms(
    'one two three four five six seven eight nine ten eleven twelve first second third ok okay yeah yes lol thing things time times day days week weeks year years today now lot bit way back last next own well update also still just really actually anyway ago since ' +
      'perché perche però quando anche molto più piu ancora porque pero cuando también tambien como muy más mas parce pourquoi quand aussi comme très tres weil denn aber wenn auch wie sehr mehr noch porque quando também tambem muito ' +
      FUNCTION_WORDS_OTHER_LANGUAGES,
  ),
);

/**
 * The user's earlier passages an update bears on, most related first: those that hold a good share of its words
 * (weighted by how few passages use each), or a word of it almost no other passage uses (a name, a thing: "dobson",
 * "Tallinn"). `userPassages` are every user passage the table holds, `termsOf` their words.
 */
export function passagesUpdated(update: PlannedUpdate, userPassages: MemoryRow[], termsOf: (m: MemoryRow) => Set<string>): MemoryRow[] {
  const counted = update.counts ? passagesCounted({ ...update, counts: update.counts }, userPassages, termsOf) : [];
  // A change said with a count ("sold 170 sows, so we're at 350 now") reaches what its words and its count both reach.
  if (!update.marker) return counted;
  const both = new Map([...counted, ...passagesSharingWords(update, userPassages, termsOf)].map((p) => [p.id, p]));
  return [...both.values()].slice(0, MAX_PASSAGES);
}

/**
 * The assistant's earlier passages that restate what an update changed ("He holds a weekly Friday residency at Ivory
 * Lounge" before "Ivory Lounge moved my slot from Friday to Saturday"): half or more of the names the update says (its
 * capitalised words: places, days, months, people), two at least. Not its other words: the assistant's long answers
 * hold many of those by chance.
 */
export function assistantPassagesRestating(update: PlannedUpdate, assistantPassages: MemoryRow[], termsOf: (m: MemoryRow) => Set<string>): MemoryRow[] {
  if (!update.marker) return [];
  const names = new Set(terms((update.said.match(/(?<![\p{L}])\p{Lu}[\p{L}'’-]+/gu) ?? []).join(' ')).filter((t) => !WEAK.has(t) && !/^\d+$/.test(t)));
  if (names.size < 2) return [];
  const own = new Set(update.sourceTurnIds);
  return assistantPassages
    .filter((p) => p.occurredAt < update.occurredAt && !p.sourceTurnIds.some((t) => own.has(t)))
    .map((p) => ({ p, shared: [...names].filter((t) => termsOf(p).has(t)).length }))
    .filter((x) => x.shared >= 2 && x.shared * 2 >= names.size)
    .sort((a, b) => b.shared - a.shared || b.p.occurredAt - a.p.occurredAt)
    .slice(0, MAX_PASSAGES)
    .map((x) => x.p);
}

/**
 * Numbers that name a thing, not an amount: after "the", "my" or a name ("sold the 308", "my 767 rating", "Peugeot
 * 308"), three or four digits that are no year. "the 2 kids", "my 2024 taxes", "the 300 quid" name none.
 */
export function namingNumbers(text: string): Set<string> {
  const out = new Set<string>();
  // The name's capital is checked apart: under the i flag `\p{Lu}` is any letter, and "paid for 1200" names nothing.
  for (const m of text.matchAll(/(?:\b(?:the|my|our|his|her|their)\s+|(?<![\p{L}])(\p{L}[\p{L}-]+)\s+)(\d{3,4})\b(?![.,]\d|\s*(?:%|[\p{Sc}]|(?:quid|bucks|euros?|dollars?|pounds?|kg|km|g|m|mm|cm|ml|l|hours?|hrs?|minutes?|mins?|days?|weeks?|people|times)\b))/giu))
    if ((m[1] === undefined || /^\p{Lu}/u.test(m[1])) && !/^(?:19|20)\d\d$/.test(m[2]!)) out.add(m[2]!);
  return out;
}

function passagesSharingWords(update: PlannedUpdate, userPassages: MemoryRow[], termsOf: (m: MemoryRow) => Set<string>): MemoryRow[] {
  const own = new Set(update.sourceTurnIds);
  // The words that say a change, not what changed: what the marker spans besides its own words ("not coming in July
  // after all", "pushing the bar to") is what the earlier passages spoke of, and stays a word to find them by.
  const changeWords = new Set(update.marker ? terms(update.marker.split(/\s+/).filter(isMarkerWord).join(' ')) : []);
  const numbers = namingNumbers(update.said);
  // Not a single letter: Chinese and Japanese reach the terms as each Han character alone besides character pairs
  // (lib/engine/text.ts), and one character is in nearly every passage of that script.
  // Assamese and Bengali words are compared without their case endings (bengali-script-words.ts).
  const said = new Set(terms(update.said).filter((t) => (!/^\d+$/.test(t) || numbers.has(t)) && !changeWords.has(t) && !WEAK.has(t) && t.length >= 2).map(withoutCaseEnding));
  if (said.size === 0) return [];
  const others = userPassages.filter((p) => !p.sourceTurnIds.some((t) => own.has(t)));
  const wordsOf = (p: MemoryRow) => new Set([...termsOf(p)].map(withoutCaseEnding));
  const df = new Map<string, number>();
  for (const p of others) for (const t of wordsOf(p)) if (said.has(t)) df.set(t, (df.get(t) ?? 0) + 1);
  const weight = (t: string) => Math.log(1 + (others.length + 1) / ((df.get(t) ?? 0) + 1));
  const total = [...said].reduce((sum, t) => sum + weight(t), 0);
  const scored: { p: MemoryRow; score: number }[] = [];
  for (const p of others) {
    if (p.occurredAt >= update.occurredAt) continue;
    const shared = [...wordsOf(p)].filter((t) => said.has(t));
    const score = shared.reduce((sum, t) => sum + weight(t), 0) / total;
    // One word almost no other passage uses is enough ("Cornwall", "dobson", "fridays", "sows" stemmed to "sow"). It
    // may be incidental ("with dinner" in a sentence about a new dose): the note is then one more thing said later, and
    // never hides a rule's.
    const named = shared.some((t) => t.length >= 3 && (df.get(t) ?? 0) <= 2);
    if (score >= MIN_OVERLAP || named) scored.push({ p, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || b.p.occurredAt - a.p.occurredAt)
    .slice(0, MAX_PASSAGES)
    .map((x) => x.p);
}
