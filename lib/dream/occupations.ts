/**
 * Words that name a job ("I'm a nurse", "I'm a structural engineer", "I'm Marta, physiotherapist"); "I'm a big fan",
 * "I'm a mess" name none. A closed class, so a list: the common jobs of everyday life, trades and care work as well
 * as office ones, singular or plural. A regex source for the extractor's rules (extract.ts).
 */
/**
 * A technician by the short word, only with what of: "a vet tech", "nail tech", "an AV tech at the civic centre", "a
 * wind turbine tech", "HVAC tech"; "a tech enthusiast" is none. The trades that say "tech" for technician: the clinic's and the salon's (nail, lash, brow),
 * the stage's and the screen's (sound, lighting, AV), the building's (HVAC, elevator), the road's and the air's (auto,
 * tire, diesel, avionics, aircraft), the wires' (cable, telecom, network, computer) and the power's (wind turbine, solar).
 */
const TECH = String.raw`(?:vet|veterinary|lab|pharmacy|surgical|sound|lighting|nail|lash|brow|dental|radiology|x-ray|IT|field|maintenance|service|bench|repair|ultrasound|animal health|engineering|med|EEG|ECG|EKG|MRI|CT|AV|A/V|audio[- ]?visual|audio|video|broadcast|stage|HVAC|elevator|auto|automotive|tire|tyre|diesel|avionics|aircraft|cable|telecom|network|computer|patient care|EMS|crime scene|wind(?: turbine)?|turbine|solar) tech`;

const JOBS = [
  // Assistants in a clinic by its specialty ("an orthodontic assistant at a practice in Laramie", "a vet assistant";
  // first, as the technicians: "a vet assistant" is not "a vet"), and the dentists by theirs. "Assistant" alone stays
  // out (see below).
  '(?:orthodontic|veterinary|vet|pharmacy|physician|physician\'s|ophthalmic|optometric|optometry|chiropractic|surgical|anesthesia|anaesthetic|physical therapy|physical therapist|occupational therapy|occupational therapist|speech therapy|podiatric|podiatry|dermatology|radiology|lab|laboratory|clinical|dietetic|pediatric|paediatric) assistant',
  'orthodontist', 'periodontist', 'endodontist', 'prosthodontist', 'dental nurse', 'dental therapist',
  // A technician by the short word (first: "a vet tech" is not "a vet"), only with what of ("a vet tech", "nail tech"): "a tech enthusiast" is none.
  TECH,
  // Health and care; a practitioner by what of first ("a nurse practitioner" is not "a nurse").
  '(?:nurse|general|medical|family|advanced nurse|advanced) practitioner', 'nurse', 'doctor', 'physician', 'surgeon', 'dentist', 'pharmacist', 'paramedic', 'veterinarian', 'vet', 'midwife',
  'physiotherapist', 'physio', 'physical therapist', 'occupational therapist', 'speech therapist', 'therapist',
  'psychologist', 'psychiatrist', 'counsel(?:l)?or', 'social worker', 'optometrist', 'optician', 'radiographer',
  'radiologist', 'sonographer', 'anaesthetist', 'anesthesiologist', 'dietitian', 'nutritionist', 'chiropractor',
  'osteopath', 'dental hygienist',
  'care worker', 'carer', 'caregiver', 'healthcare assistant', 'nanny', 'childminder',
  // Teaching and research
  'teacher', 'teaching assistant', 'headteacher', 'principal', 'tutor', 'lecturer', 'professor', 'researcher',
  'scientist', 'data scientist', 'postdoc', 'student', 'PhD student', 'librarian', 'economist', 'statistician',
  'mathematician', 'physicist', 'chemist', 'biologist', 'geologist', 'archaeologist', 'historian',
  'meteorologist', 'forecaster', 'seismologist', 'hydrologist', 'geophysicist', 'volcanologist', 'glaciologist', 'oceanographer',
  'botanist', 'zoologist', 'ecologist', 'entomologist', 'ornithologist', 'astronomer', 'astrophysicist',
  // Office, business and law
  'engineer', 'developer', 'dev', 'programmer', 'designer', 'architect', 'analyst', 'consultant', 'manager',
  'product manager', 'project manager', 'administrator', 'sysadmin', 'technician', 'accountant', 'bookkeeper',
  'auditor', 'actuary', 'underwriter', 'banker', 'trader', 'broker', 'financial advisor', 'lawyer', 'attorney',
  'solicitor', 'barrister', 'paralegal', 'judge', 'magistrate', 'coroner', 'mayor', 'councillor', 'councilor', 'civil servant', 'diplomat', 'marketer', 'recruiter',
  'salesperson', 'sales rep', 'receptionist', 'secretary', 'personal assistant', 'office manager', 'entrepreneur',
  'founder', 'co-founder', 'tester', 'software tester', 'QA engineer', 'QA', 'test engineer', 'lead', 'business owner', 'shop owner', 'shopkeeper', 'freelancer', 'contractor', 'realtor',
  'estate agent', 'real estate agent', 'insurance agent', 'translator', 'interpreter', 'copywriter',
  // Arts and media
  'writer', 'author', 'journalist', 'editor', 'artist', 'painter', 'illustrator', 'animator', 'musician', 'singer',
  'songwriter', 'composer', 'dancer', 'actor', 'actress', 'photographer', 'filmmaker', 'video editor', 'producer',
  'podcaster', 'streamer', 'DJ', 'tattoo artist',
  // Trades, services and transport
  'chef', 'cook', 'baker', 'pizzaiol[oa]', 'pizza maker', 'p[aâ]tissi[eè]re?', 'boulanger', 'fromager', 'butcher', 'barista', 'bartender', 'waiter', 'waitress', 'server', 'cashier', 'teller',
  'hairdresser', 'barber', 'beautician', 'florist', 'gardener', 'landscaper', 'farmer', 'builder', 'bricklayer',
  'roofer', 'carpenter', 'joiner', 'plumber', 'electrician', 'mechanic', 'welder', 'machinist', 'locksmith',
  'decorator', 'cleaner', 'housekeeper', 'surveyor', 'driver', 'bus driver', 'truck driver', 'lorry driver',
  'taxi driver', 'delivery driver', 'courier', 'warehouse worker', 'factory worker', 'pilot', 'flight attendant',
  // The floor of a plant that builds aircraft, trucks or boats: "a riveter on the fuselage line", "a metal fabricator",
  // "an assembly line worker".
  'riveter', 'fabricator', 'sheet metal worker', '(?:assembly|production)(?: line)? worker',
  'air traffic controller', 'train driver', 'sailor', 'firefighter', 'police officer', 'detective', 'security guard',
  'soldier', 'veteran', 'coach', 'referee', 'umpire', 'linesman', 'personal trainer', 'pastor', 'priest', 'intern', 'apprentice', 'retiree',
  'chaplain', 'rabbi', 'imam', 'vicar', 'deacon', 'cantor', 'monk', 'nun', 'missionary',
  'pensioner', 'homemaker', 'stay-at-home (?:mom|mum|dad|parent)',
  'postman', 'postwoman', 'postal worker', 'mail carrier', 'fisherman', 'fisherwoman', 'handyman', 'tradesman',
  'tradesperson', 'craftsman', 'salesman', 'saleswoman', 'foreman', 'landlord', 'landlady', 'miner', 'fitter', 'porter',
  'shepherd', 'beekeeper', 'zookeeper', 'groundskeeper', 'caretaker', 'janitor', 'custodian', 'plasterer', 'tiler', 'glazier',
  'upholsterer', 'tailor', 'seamstress', 'jeweller', 'jeweler', 'dispatcher', 'lifeguard', 'park ranger', 'forester',
  'tour guide', 'mountain guide', 'glacier guide', 'guide', 'travel agent', 'lodge owner', 'innkeeper', 'publican', 'sommelier', 'brewer', 'winemaker',
  // Crafts, and trades by their everyday names ("sparky" an electrician, "chippy" a carpenter, "brickie" a bricklayer)
  'engraver', 'glassblower', 'potter', 'ceramicist', 'sculptor', 'weaver', 'blacksmith', 'goldsmith', 'silversmith',
  'woodturner', 'woodworker', 'cabinetmaker', 'luthier', 'bookbinder', 'stonemason', 'thatcher', 'farrier', 'saddler',
  'cobbler', 'shoemaker', 'signwriter', 'picture framer', 'sparky', 'chippy', 'brickie',
  // Public service, heritage and advice
  'adviser', 'advisor', 'inspector', 'investigator', 'planner', 'coordinator', 'officer', 'clerk', 'registrar', 'archivist', 'curator',
  'conservator', 'preparator', 'docent', 'restorer', 'lighthouse keeper', 'gamekeeper', 'warden', 'ranger',
  // Keepers of a lock, a toll, a bridge or a gate, spelled apart, joined or hyphenated ("a retired lock-keeper").
  '(?:lock|toll|bridge|gate|lighthouse|station|park)[- ]?keeper',
  // Machines run: "a tower crane operator", "forklift operator", "machine operator"; and tended, as a mill or a plant
  // names the job ("a machine tender at the paper mill", "a boiler tender", "a bridge tender").
  'crane operator', 'crane driver', 'forklift operator', 'forklift driver', 'machine operator', 'plant operator', 'operator',
  '(?:machine|boiler|kiln|furnace|press|winder|digester|bridge|lock) tender',
  // Who leads a shift or a team on the floor: "team leader at the depot", "shift supervisor".
  'team leader', 'team lead', 'shift leader', 'shift lead', 'supervisor',
  // More trades and services by the word that heads their titles ("a piano tuner", "a dog groomer", "a loss adjuster").
  // Left out, for their other senses: host, guard, model, buyer, groom, maid, orderly, volunteer, collector, walker,
  // players of instruments (as often a hobby), and "worker" or "assistant" alone ("a hard worker").
  'tuner', 'installer', 'repairer', 'rigger', 'packer', 'loader', 'baggage handler', 'call handler', 'dog handler',
  'attendant', 'steward', 'stewardess', 'caterer', 'stylist', 'groomer', 'trainer', 'instructor', 'au pair',
  'babysitter', 'childminder', 'doula', 'EMT', 'telephonist', 'typist', 'transcriber', 'stenographer', 'proofreader',
  'cartographer', 'draughtsman', 'draftsman', 'estimator', 'valuer', 'appraiser', 'assessor', 'loss adjuster',
  'claims adjuster', 'auctioneer', 'merchandiser', 'shelf stacker', 'examiner', 'miller', 'distiller', 'roaster',
  'confectioner', 'chocolatier', 'greengrocer', 'grocer', 'milliner', 'boilermaker', 'pipefitter',
  'millwright', 'toolmaker', 'lumberjack', 'sawyer', 'arborist', 'tree surgeon', 'horticulturist', 'greenkeeper',
  // Who cuts trees back from roads and power lines, by the American trade name ("a tree trimmer", "a line-clearance
  // tree trimmer"); a "hedge trimmer" is a tool.
  'tree trimmer',
  // Hands of a winery, a farm or a ranch by the trade's own word ("a cellar hand at a winery", "a farm hand").
  '(?:cellar|farm|ranch|vineyard|dairy) ?hand',
  'groundsman', 'stablehand', 'stable hand',
  // A groom of horses by the title that says so ("the stud groom at a stud outside Newmarket", "head groom"); "groom"
  // alone is as often a wedding's.
  '(?:stud|head|travelling|traveling|yard|livery|racing|senior|second|stable) groom', 'jockey', 'rancher', 'shearer', 'deckhand', 'stevedore', 'docker',
  // Sellers of one kind of goods, by the old "-monger" ("a cheesemonger", "fishmonger", "ironmonger"); not the
  // figurative ones (scaremonger, warmonger, gossipmonger). And makers by "-wright" ("a wheelwright", "a playwright").
  '(?:cheese|fish|iron|coster|fruit|flesh|wine)monger', '(?:wheel|ship|cart|play|wain)wright',
  // Jobs named with "lady" or "man" in everyday British English: the school crossing patrol ("a lollipop lady"), the
  // school cook ("a dinner lady"), the refuse collector ("a bin man"); and the crossing patrol by its title.
  '(?:lollipop|dinner|lunch|tea|bin|dust|milk) ?(?:lady|man|woman)', '(?:school )?crossing (?:patrol(?: officer)?|guard|warden)',
  // Who comes out to broken-down cars for a motoring club, by the club's own title: "a roadside patrol", "an AA patrolman".
  '(?:roadside|breakdown|road) patrol(?:man|woman| officer)?', 'patrol(?:man|woman)',
  // Who commands a small boat or a ferry: "the relief skipper on the harbour ferry", "a coxswain".
  'skipper', 'coxswain', 'boatmaster', 'harbourmaster', 'harbour master', 'harbormaster', 'harbor master',
  'chauffeur', 'conductor', 'signaller', 'cabin crew', 'concierge', 'doorman', 'bouncer', 'butler', 'kitchen porter',
  'usher', 'projectionist', 'stagehand', 'lineman', 'labourer', 'laborer', 'scaffolder', 'concreter', 'exterminator',
  'pest controller', 'window cleaner', 'chimney sweep', 'dog walker', 'pet sitter', 'support worker', 'youth worker',
  'aid worker', 'case worker', 'caseworker', 'key worker', 'care assistant', 'shop assistant', 'sales assistant',
  'research assistant', 'dental assistant', 'medical assistant', 'nursing assistant', 'legal assistant',
  'administrative assistant', 'executive assistant', 'call centre agent', 'call center agent', 'telemarketer',
  'debt collector', 'bailiff', 'notary', 'conveyancer', 'politician', 'senator', 'lobbyist', 'fundraiser',
  'ambassador', 'consul', 'choreographer', 'puppeteer', 'magician', 'comedian', 'stuntman', 'stuntwoman',
  'influencer', 'blogger', 'vlogger', 'youtuber', 'presenter', 'newsreader', 'broadcaster', 'reporter',
  'correspondent', 'columnist', 'publisher', 'typesetter', 'bookseller', 'genealogist', 'embalmer', 'undertaker',
  'funeral director', 'mortician', 'gravedigger', 'sexton', 'verger', 'rector', 'bishop', 'minister', 'preacher',  // Who keeps the money, the stores or the records of a college, a school, a ship or a regiment ("I am the bursar of a
  // Cambridge college", "a purser on the ferries"); by their old titles, which name nothing else. ("Dean" is a name.)
  'bursar', 'comptroller', 'provost', 'headmaster', 'headmistress', 'head teacher', 'purser', 'quartermaster',
  'paymaster', 'almoner', 'ombudsman', 'sacristan', 'churchwarden',
  // Who marries people for a living ("a wedding officiant", "a humanist celebrant"), and who reads the meters.
  'officiant', 'celebrant', 'meter reader',
  // Makers named by the thing made, one word or two, where the older name is a learned one: "a mapmaker" (a
  // cartographer), "a dressmaker", "a cabinetmaker", "a saddlemaker", "a toolmaker", "a patternmaker".
  '(?:map|dress|cabinet|saddle|tool|pattern|clock|watch|sail|violin|furniture) ?maker',
  // The toolroom trades that make the dies and moulds a press or a moulding machine runs: "a tool and die maker", "a
  // die maker", "a mold maker".
  '(?:tool(?: and | & |-and-)die|die|mou?ld) ?maker',
];

/**
 * Jobs named by a learned word (the allied health trades, the medical specialties, the sciences and a few crafts):
 * "I'm a podiatrist.", "I'm an orthotist.", "a certified prosthetist at an O&P clinic". Each is work and nothing else;
 * a word merely shaped like a job ("a realist", "a perfectionist", "a minimalist", "a specialist" alone) stays out, as
 * do the players of instruments (as often a hobby). Kept apart because the rule for a job of this shape said with
 * where it is done ("an orthoptist at the BRI") keeps that place in the job's line, which the list's rules do not.
 */
const LEARNED = [
  // Allied health and the clinic
  'podiatrist', 'chiropodist', 'orthotist', 'prosthetist', 'orthoptist', 'audiologist', 'phlebotomist', 'perfusionist',
  'hygienist', 'denturist', 'dosimetrist', 'radiotherapist', 'physiotherapist', 'psychotherapist', 'hypnotherapist',
  'psychoanalyst', 'acupuncturist', 'reflexologist', 'kinesiologist', '(?:exercise )?physiologist', 'dietician',
  'naturopath', 'homeopath', 'masseur', 'masseuse', 'clinician', '(?:medical |lab |laboratory |cyto|histo)?technologist',
  'speech(?:-language)? pathologist', 'pathologist', 'optometrist', 'embryologist', 'geneticist', 'epidemiologist',
  // Doctors by their specialty
  'cardiologist', 'dermatologist', 'neurologist', 'oncologist', 'ophthalmologist', 'gyn(?:a)?ecologist',
  'obstetrician', 'p(?:a)?ediatrician', 'h(?:a)?ematologist', 'urologist', 'endocrinologist', 'gastroenterologist',
  'rheumatologist', 'nephrologist', 'neonatologist', 'internist', 'hospitalist', 'intensivist', 'an(?:a)?esthetist',
  // Sciences and learning
  'microbiologist', 'biochemist', 'pharmacologist', 'toxicologist', 'immunologist', 'virologist', 'agronomist',
  'anthropologist', 'sociologist', 'criminologist', 'linguist', 'lexicographer', 'p(?:a)?l(?:a)?eontologist',
  'mycologist', 'biostatistician', 'logistician', 'cryptographer',
  // Beauty, crafts and words
  'hairstylist', 'manicurist', 'cosmetologist', '(?:a|e)sthetician', 'taxidermist', 'cartoonist', 'novelist',
  'lyricist', 'publicist', 'screenwriter', 'scriptwriter', 'copyeditor',
];

/** The learned jobs alone, for the rule that keeps where a job of their shape is done. */
export const LEARNED_OCCUPATION = String.raw`(?:${LEARNED.join('|')})s?`;
/** A job held while learning it is said with it: "an engineer-in-training", "a pilot-in-training". */
export const OCCUPATION = String.raw`(?:${[...JOBS, ...LEARNED].join('|')})(?:s|-in-training)?`;
