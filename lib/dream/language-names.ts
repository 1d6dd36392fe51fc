/**
 * Languages a user may ask to be answered in, by their English names, and by their names in the languages the
 * foreign rules read (other-languages.ts). A reply-language instruction names one of them ("answer in Ladino",
 * "responde en catalán"); the memory says it in English.
 */
export const LANGUAGES_IN_ENGLISH = [
  'English', 'French', 'Spanish', 'German', 'Portuguese', 'Italian', 'Dutch', 'Korean', 'Japanese', 'Chinese', 'Mandarin', 'Cantonese',
  'Russian', 'Polish', 'Turkish', 'Arabic', 'Hebrew', 'Yiddish', 'Ladino', 'Greek', 'Latin', 'Catalan', 'Galician', 'Basque', 'Welsh',
  'Irish', 'Scottish Gaelic', 'Gaelic', 'Breton', 'Cornish', 'Occitan', 'Frisian', 'Luxembourgish', 'Swedish', 'Norwegian', 'Danish',
  'Finnish', 'Icelandic', 'Faroese', 'Estonian', 'Latvian', 'Lithuanian', 'Hungarian', 'Czech', 'Slovak', 'Slovenian', 'Croatian',
  'Serbian', 'Bosnian', 'Macedonian', 'Bulgarian', 'Romanian', 'Albanian', 'Ukrainian', 'Belarusian', 'Georgian', 'Armenian',
  'Azerbaijani', 'Kazakh', 'Uzbek', 'Kyrgyz', 'Tajik', 'Turkmen', 'Mongolian', 'Persian', 'Farsi', 'Dari', 'Pashto', 'Kurdish', 'Urdu',
  'Hindi', 'Bengali', 'Bangla', 'Punjabi', 'Gujarati', 'Marathi', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Nepali',
  'Thai', 'Lao', 'Khmer', 'Burmese', 'Vietnamese', 'Indonesian', 'Malay', 'Tagalog', 'Filipino', 'Javanese', 'Swahili', 'Amharic',
  'Somali', 'Hausa', 'Yoruba', 'Igbo', 'Zulu', 'Xhosa', 'Afrikaans', 'Malagasy', 'Haitian Creole', 'Papiamento', 'Quechua',
  'Guarani', 'Maori', 'Māori', 'Samoan', 'Tongan', 'Hawaiian', 'Esperanto', 'Maltese', 'Tatar', 'Bashkir', 'Chechen', 'Sign Language',
];

/** The same languages' names in Spanish, French, German, Italian, Portuguese and Dutch, lower-cased, to their English names. */
export const LANGUAGE_NAMES_ELSEWHERE: Record<string, string> = {
  // Spanish (and Ladino, which spells them alike).
  árabe: 'Arabic', ruso: 'Russian', chino: 'Chinese', japonés: 'Japanese', coreano: 'Korean', hebreo: 'Hebrew', griego: 'Greek',
  catalán: 'Catalan', gallego: 'Galician', euskera: 'Basque', vasco: 'Basque', polaco: 'Polish', turco: 'Turkish', ladino: 'Ladino',
  judeoespañol: 'Ladino', 'judeo-español': 'Ladino', djudezmo: 'Ladino', judezmo: 'Ladino', quechua: 'Quechua', guaraní: 'Guarani',
  holandés: 'Dutch', sueco: 'Swedish', ucraniano: 'Ukrainian', rumano: 'Romanian', hindi: 'Hindi', latín: 'Latin', yidis: 'Yiddish',
  // French.
  arabe: 'Arabic', russe: 'Russian', chinois: 'Chinese', japonais: 'Japanese', coréen: 'Korean', hébreu: 'Hebrew', grec: 'Greek',
  catalan: 'Catalan', basque: 'Basque', breton: 'Breton', occitan: 'Occitan', polonais: 'Polish', turc: 'Turkish', créole: 'Creole',
  suédois: 'Swedish', ukrainien: 'Ukrainian', roumain: 'Romanian', latin: 'Latin', yiddish: 'Yiddish', wolof: 'Wolof',
  // German.
  arabisch: 'Arabic', russisch: 'Russian', chinesisch: 'Chinese', japanisch: 'Japanese', koreanisch: 'Korean', hebräisch: 'Hebrew',
  griechisch: 'Greek', katalanisch: 'Catalan', polnisch: 'Polish', türkisch: 'Turkish', schwedisch: 'Swedish', ukrainisch: 'Ukrainian',
  rumänisch: 'Romanian', jiddisch: 'Yiddish', plattdeutsch: 'Low German', schweizerdeutsch: 'Swiss German',
  // Italian.
  russo: 'Russian', cinese: 'Chinese', giapponese: 'Japanese', ebraico: 'Hebrew', greco: 'Greek', catalano: 'Catalan', polacco: 'Polish',
  svedese: 'Swedish', rumeno: 'Romanian', latino: 'Latin', siciliano: 'Sicilian', napoletano: 'Neapolitan', friulano: 'Friulian', sardo: 'Sardinian',
  // Portuguese.
  chinês: 'Chinese', japonês: 'Japanese', hebraico: 'Hebrew', polonês: 'Polish', crioulo: 'Creole',
  // Dutch.
  chinees: 'Chinese', japans: 'Japanese', grieks: 'Greek', pools: 'Polish', turks: 'Turkish',
  fries: 'Frisian', papiaments: 'Papiamento', papiamentu: 'Papiamento',
};
