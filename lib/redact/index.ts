import { IDS_IN_DOCUMENT_RECORDS_FINDERS } from './ids-in-document-records';
import { PRINTED_NIR_FINDERS } from './printed-nir';
import { CODE_ROWS_AFTER_TWO_FACTOR_WORDS_FINDERS } from './code-rows-after-two-factor-words';
import { IDS_IN_ID_COLUMNS_FINDERS } from './ids-in-id-columns';
import { PASSPHRASES_OF_ENCRYPTED_THINGS_FINDERS } from './passphrases-of-encrypted-things';
import { TOKENS_AFTER_A_PROVIDER_NAME_FINDERS } from './tokens-after-a-provider-name';
import { KEYS_NAMED_BY_A_PLAIN_KEY_WORD_FINDERS } from './keys-named-by-a-plain-key-word';
import { KEYS_AFTER_AN_API_WORD_FINDERS } from './keys-after-an-api-word';
import { PASSWORDS_OF_WORDS_AND_NUMBERS_FINDERS } from './passwords-of-words-and-numbers';
import { isGlossedAsPostcode, isGlossedAsReference, isSampleId } from './values-glossed-as-public';
import { isPartOfAClockTime } from './parts-of-clock-times';
import { isAPublicReading } from './public-readings';
import { SHORT_KEY_FINDERS } from './short-keys-after-key-labels';
import { PASSWORD_CHANGE_FINDERS } from './passwords-changed-from-one-to-another';
import { CODE_KEYED_BEFORE_A_KEY_FINDERS } from './codes-keyed-before-a-key';
import { findWordPasswordsBesideFoundPasswords } from './word-passwords-beside-found-passwords';
import { isTakenBackAsAnotherNumber } from './values-taken-back';
import { isSaidToBeAnotherThing } from './values-said-to-be-other-things';
import { findCodesSaidDigitByDigit } from './codes-said-digit-by-digit';
import { findValuesBehindAnAside } from './values-behind-an-aside';
import { LOGINS_AFTER_AN_ADDRESS_FINDERS } from './logins-after-an-address';
import { DIAL_COMBINATION_FINDERS } from './dial-combinations';
import { PASSPHRASES_QUOTED_AFTER_A_PASSWORD_WORD_FINDERS } from './passphrases-quoted-after-a-password-word';
import { KEYS_IN_A_MESSAGE_ABOUT_KEYS_FINDERS } from './keys-in-a-message-about-keys';
import { ONE_TIME_CODES_SAID_SENT_FINDERS } from './one-time-codes-said-sent';
import { CODES_GIVEN_AS_ONE_TIME_CODES_FINDERS } from './codes-given-as-one-time-codes';
import { CODES_TO_BUZZ_FINDERS } from './codes-to-buzz';
import { SESSION_COOKIES_IN_PROSE_FINDERS } from './session-cookies-in-prose';
import { IDS_IN_THEIR_OWN_FORMAT_FINDERS } from './ids-in-their-own-format';
import { findOtherValuesOfAChange } from './other-values-of-a-change';
import { WALLET_EXTRA_FINDERS } from './wallet-extras';
import { IDS_NEAR_AN_IDENTITY_WORD_FINDERS } from './ids-near-an-identity-word';
import { CODES_AFTER_AN_ARROW_FINDERS } from './codes-after-an-arrow';
import { VALUES_UNDER_SECRET_HEADING_FINDERS } from './values-under-secret-headings';
import { NUMBERED_CODE_SHEET_FINDERS } from './numbered-code-sheets';
import { CODES_LISTED_AFTER_A_CODES_HEADING_FINDERS } from './codes-listed-after-a-codes-heading';
import { VALUES_AFTER_PARTICLES_FINDERS } from './values-after-particles';
import { VALUES_SAID_IN_ASIDES_FINDERS } from './values-said-in-asides';
import { NESTED_CONFIG_KEY_FINDERS } from './nested-config-keys';
import { LABELLED_RANDOM_VALUE_FINDERS } from './labelled-random-values';
import { passwordLoansSpelled } from './password-loanwords';
import { CODES_AFTER_A_BARE_CODE_WORD_FINDERS } from './codes-after-a-bare-code-word';
import { CODES_BY_WHAT_THEY_OPEN_FINDERS } from './codes-by-what-they-open';
import { SUBTITLE_CUE_FINDERS } from './subtitle-cues';
import { LDIF_PASSWORD_FINDERS } from './ldif-passwords';
import { GENERATED_PASSWORD_SHAPE_FINDERS } from './generated-password-shapes';
import { WORDS_JOINED_BY_A_SYMBOL_FINDERS } from './words-joined-by-a-symbol';
import { BACKUP_CODE_RUN_FINDERS } from './backup-code-runs';
import { PHRASES_AFTER_WIFI_AND_PASSWORD_WORDS_FINDERS } from './phrases-after-wifi-and-password-words';
import { NAME_VALUE_OBJECT_FINDERS } from './name-value-objects';
import { NETWORK_DEVICE_SECRET_FINDERS } from './network-device-secrets';
import { NKEY_SEED_FINDERS } from './nkey-seeds';
import { PASSWORD_ELEMENT_FINDERS } from './password-elements';
import { PIPED_SECRET_FINDERS } from './piped-secrets';
import { SECRET_NAMED_OPTION_FINDERS } from './secret-named-options';
import { CREDENTIAL_FILE_TRIPLE_FINDERS } from './credential-file-triples';
import { SECRETS_FILE_ENTRY_FINDERS } from './secrets-file-entries';
import { NAMED_VALUE_ROW_FINDERS } from './named-value-rows';
import { NEXT_SENTENCE_SECRET_FINDERS } from './next-sentence-secrets';
import { CODES_SAID_IN_PROSE_FINDERS } from './codes-said-in-prose';
import { ACCESS_CODE_FINDERS } from './access-codes';
import { ACTIVATION_CODE_FINDERS } from './activation-codes';
import { API_PATH_TOKEN_FINDERS } from './api-path-tokens';
import { ASIDE_LABEL_FINDERS } from './aside-labels';
import { ASKED_CODE_REPLY_FINDERS } from './asked-code-replies';
import { markCiphertexts } from './ciphertexts';
import { BASIC_AUTH_CALL_FINDERS } from './basic-auth-calls';
import { BEARER_HEADER_VALUE_FINDERS } from './bearer-header-values';
import { CARD_CODE_FINDERS } from './card-code-after-expiry';
import { NAMED_CARD_NUMBER_FINDERS } from './named-card-numbers';
import { CARD_IN_ANY_GROUPING_FINDERS } from './cards-in-any-grouping';
import { IBAN_IN_ANY_GROUPING_FINDERS } from './ibans-in-any-grouping';
import { TOKENS_ALONE_IN_CHAT_MESSAGE_FINDERS } from './tokens-alone-in-chat-messages';
import { KEYS_WITH_A_KIND_MARKER_FINDERS } from './keys-with-a-kind-marker';
import { KEYS_WITH_A_SHORT_PREFIX_FINDERS } from './keys-with-a-short-prefix';
import { KEYS_PREFIXED_WITH_THEIR_PROVIDERS_NAME_FINDERS } from './keys-prefixed-with-their-providers-name';
import { CHAT_REPLY_FINDERS } from './chat-replies';
import { USE_THIS_REPLY_FINDERS } from './use-this-replies';
import { NAME_SLASH_KEY_REPLY_FINDERS } from './name-slash-key-replies';
import { VARIABLE_BLOCK_DEFAULT_FINDERS } from './variable-block-defaults';
import { GO_MYSQL_DSN_FINDERS } from './go-mysql-dsns';
import { CLIENT_ARGUMENT_FINDERS } from './client-arguments';
import { CODE_WORD_FINDERS } from './code-words';
import { ONE_TIME_CODES_NAMED_AFTER_FINDERS } from './one-time-codes-named-after';
import { CRACKED_PASSWORD_FINDERS } from './cracked-passwords';
import { SHOWN_ONCE_FINDERS } from './shown-once';
import { PRINTED_AND_SCRIPTED_SECRET_FINDERS } from './printed-and-scripted-secrets';
import { ACCOUNT_CREATE_COMMAND_FINDERS } from './account-create-commands';
import { CURRENT_CODE_FINDERS } from './current-codes';
import { CODES_IN_MORE_SCRIPTS_FINDERS } from './codes-in-more-scripts';
import { CODES_WITH_OWNER_WORDS_FINDERS } from './codes-with-owner-words';
import { COMMAND_ARGUMENT_KEY_FINDERS } from './command-argument-keys';
import { GIFT_CARD_FINDERS } from './gift-card-codes';
import { GHOST_KEY_FINDERS } from './ghost-keys';
import { KEY_SECRET_PAIR_FINDERS } from './key-secret-pairs';
import { LOGIN_PASSWORD_FINDERS } from './login-passwords';
import { PASSWORD_WORD_NEAR_VALUE_FINDERS } from './password-word-near-value';
import { PASSPHRASE_VALUE_FINDERS } from './passphrase-values';
import { SHAPED_CODE_AND_ID_FINDERS } from './shaped-codes-and-ids';
import { DOOR_CODE_ANY_LANGUAGE_FINDERS } from './door-codes-any-language';
import { KEYPAD_SHAPED_CODE_FINDERS } from './keypad-shaped-codes';
import { SAFE_COMBINATION_FINDERS } from './safe-combinations';
import { NOTE_LINE_CODE_FINDERS } from './codes-on-note-lines';
import { LABELS_WITH_QUALIFIER_FINDERS } from './labels-with-qualifiers';
import { CASUAL_PASSWORD_FINDERS } from './casual-password-mentions';
import { VALUES_WITH_REMARK_FINDERS } from './values-with-remarks';
import { SET_TO_VALUE_FINDERS } from './set-to-values';
import { PIN_NUMBER_FINDERS } from './pin-numbers';
import { DEFINE_MACRO_FINDERS } from './define-macros';
import { KEYSTROKE_LOGIN_FINDERS } from './keystroke-logins';
import { DIRECTIVE_PASSWORD_FINDERS } from './directive-passwords';
import { VALUE_AFTER_WIFI_WORD_FINDERS } from './values-after-wifi-words';
import { NUMBERED_BACKUP_CODE_FINDERS } from './numbered-backup-codes';
import { DICTATED_DIGIT_FINDERS } from './dictated-digits';
import { TYPED_INTO_LOGIN_FINDERS } from './typed-into-logins';
import { PASSWORD_SHAPED_WORD_FINDERS } from './password-shaped-words';
import { PASSWORDS_BESIDE_A_LOGIN_FINDERS } from './passwords-beside-a-login';
import { ALARM_PANEL_CODE_FINDERS } from './alarm-panel-codes';
import { LICENCE_BLOB_FINDERS } from './licence-blobs';
import { PASSWORD_AFTER_VALUE_FINDERS } from './password-after-value';
import { HOUSEHOLD_CODE_FINDERS } from './household-codes';
import { LISTED_CODE_FINDERS } from './listed-codes';
import { IDS_IN_FURTHER_LANGUAGES_FINDERS } from './ids-in-further-languages';
import { IDS_IN_MORE_LANGUAGES_FINDERS } from './ids-in-more-languages';
import { IDS_NAMED_MORE_WAYS_FINDERS } from './ids-named-more-ways';
import { IDS_BY_NAME_AND_CHECK_FINDERS } from './ids-by-name-and-check';
import { IDS_OF_MORE_COUNTRIES_FINDERS } from './ids-of-more-countries';
import { IDS_OF_FURTHER_COUNTRIES_FINDERS } from './ids-of-further-countries';
import { IDS_OF_SIX_MORE_COUNTRIES_FINDERS } from './ids-of-six-more-countries';
import { IDS_OF_TEN_MORE_COUNTRIES_FINDERS } from './ids-of-ten-more-countries';
import { CODES_AFTER_A_NAMED_DOOR_FINDERS } from './codes-after-a-named-door';
import { CODES_SAID_TO_HAVE_CHANGED_FINDERS } from './codes-said-to-have-changed';
import { LOCK_CODES_SAID_IN_ANY_LANGUAGE_FINDERS } from './lock-codes-said-in-any-language';
import { CODES_ON_LEADER_LINES_FINDERS } from './codes-on-leader-lines';
import { CODES_OF_NAMED_PLACES_FINDERS } from './codes-of-named-places';
import { IDS_OF_NINE_MORE_COUNTRIES_FINDERS } from './ids-of-nine-more-countries';
import { IDS_OF_ANOTHER_TEN_COUNTRIES_FINDERS } from './ids-of-another-ten-countries';
import { IDS_OF_TEN_ISLAND_AND_DESERT_COUNTRIES_FINDERS } from './ids-of-ten-island-and-desert-countries';
import { IDS_OF_A_FURTHER_TEN_COUNTRIES_FINDERS } from './ids-of-a-further-ten-countries';
import { findCodesAndLoginsInFoundBulletLists } from './codes-and-logins-in-found-bullet-lists';
import { findPlaceCodesBesideFoundPasswords } from './place-codes-beside-found-passwords';
import { findNumbersBesideFoundPasswords } from './numbers-beside-found-passwords';
import { findIdsBesideFoundIds } from './ids-beside-found-ids';
import { WIFI_KEYS_AFTER_A_NETWORK_NAME_FINDERS } from './wifi-keys-after-a-network-name';
import { NEW_PASSWORD_AFTER_A_CHANGE_NOTICE_FINDERS } from './new-password-after-a-change-notice';
import { AUTHENTICATOR_EXPORT_URI_FINDERS } from './authenticator-export-uris';
import { DECLARED_SECRET_VARIABLE_FINDERS } from './declared-secret-variables';
import { CODES_TYPED_WHEN_ASKED_FINDERS } from './codes-typed-when-asked';
import { IDS_OF_FIVE_WEST_AFRICAN_AND_FIVE_MORE_COUNTRIES_FINDERS } from './ids-of-five-west-african-and-five-more-countries';
import { AZURE_FUNCTION_KEY_FINDERS } from './azure-function-keys';
import { WLAN_PROFILE_KEY_FINDERS } from './wlan-profile-keys';
import { ASSIGNMENTS_WITH_AN_ASIDE_FINDERS } from './assignments-with-an-aside';
import { CREDENTIALS_NAMED_IN_PROSE_FINDERS } from './credentials-named-in-prose';
import { TEXT_EXPANDER_SNIPPET_FINDERS } from './text-expander-snippets';
import { CODES_USED_ON_LOCKS_FINDERS } from './codes-used-on-locks';
import { CODES_BY_WHAT_IS_DONE_WITH_THEM_FINDERS } from './codes-by-what-is-done-with-them';
import { CODES_ANSWERING_A_LOCK_QUESTION_FINDERS } from './codes-answering-a-lock-question';
import { STELLAR_SECRET_SEED_FINDERS } from './stellar-secret-seeds';
import { XRP_FAMILY_SEED_FINDERS } from './xrp-family-seeds';
import { JWK_PRIVATE_KEY_FINDERS } from './jwk-private-keys';
import { USE_LOGIN_SLASH_PASSWORD_FINDERS } from './use-login-slash-password';
import { KEY_NAMED_REQUEST_HEADER_FINDERS } from './key-named-request-headers';
import { SECRET_NAME_WITH_ARROW_FINDERS } from './secret-names-with-arrows';
import { REDIS_ACL_PASSWORD_FINDERS } from './redis-acl-passwords';
import { KEYS_UNDER_A_KEY_LIST_FINDERS } from './keys-under-a-key-list';
import { IDS_AFTER_AN_ID_WORD_FINDERS } from './ids-after-an-id-word';
import { IDS_BY_ANY_NAME_FINDERS } from './ids-by-any-name';
import { RECORD_LAYOUT_FINDERS } from './record-layouts';
import { LOGIN_PAIR_FINDERS } from './login-pairs';
import { CREDS_FOR_PAIR_FINDERS } from './creds-for-pairs';
import { PASSWORD_CSV_FINDERS } from './password-csv';
import { SECRET_TSV_COLUMN_FINDERS } from './secret-tsv-columns';
import { HEADING_LIST_FINDERS } from './heading-lists';
import { CODE_KEY_FINDERS } from './code-keys';
import { SECURITY_ANSWER_FINDERS } from './security-answers';
import { STREAM_KEY_FINDERS } from './stream-keys';
import { WORD_CODE_FINDERS } from './word-codes';
import { CLIENT_CONSTRUCTOR_FINDERS } from './client-constructors';
import { CONNECT_CALL_FINDERS } from './connect-calls';
import { HOST_NAMED_KEY_FINDERS } from './host-named-keys';
import { ASKED_CODES_IN_CHAT_EXPORT_FINDERS } from './asked-codes-in-chat-exports';
import { READ_BACK_CODE_FINDERS } from './read-back-codes';
import { WIFI_KEY_PHRASE_FINDERS } from './wifi-key-phrases';
import { KEYS_UNDER_NETWORK_NAMES_FINDERS } from './keys-under-network-names';
import { OBJECT_STORE_ALIAS_FINDERS } from './object-store-aliases';
import { CREDENTIAL_FILE_FINDERS } from './credential-files';
import { VALUES_AFTER_SECRET_WORD_FINDERS } from './values-after-secret-words';
import { CODES_KEYED_IN_FINDERS } from './codes-keyed-in';
import { PLAINTEXT_SCHEME_FINDERS } from './plaintext-schemes';
import { TYPED_DECLARATION_FINDERS } from './typed-declarations';
import { QUOTED_PAIR_FILE_FINDERS } from './quoted-pair-files';
import { WORD_PHRASES_AFTER_SECRET_WORD_FINDERS } from './word-phrases-after-secret-words';
import { CRYPTO_FINDERS } from './crypto';
import { LINK_FRAGMENT_KEY_FINDERS } from './link-fragment-keys';
import { BOOTSTRAP_TOKEN_FINDERS } from './bootstrap-tokens';
import { DOCUMENT_NUMBER_FINDERS } from './document-numbers';
import { EVERYDAY_CODE_FINDERS } from './everyday-codes';
import { KEY_FILE_FINDERS } from './key-files';
import { KEY_VALUE_PAIR_FINDERS } from './key-value-pairs';
import { LABELLED_FINDERS } from './labelled';
import { PUBLIC_TOKEN_FINDERS, publicByPlace, publicTokenWithSecretTwin } from './public-by-design';
import { labelledPublic } from './public-labels';
import { declaredAbove, declaredForList, declaredPublic, markPublishedSecrets } from './published';
import { NATIONAL_ID_FINDERS } from './national-ids';
import { SORT_CODE_BESIDE_ACCOUNT_FINDERS } from './sort-codes-beside-accounts';
import { CREDENTIAL_FILE_LINE_FINDERS } from './credential-file-lines';
import { WRAPPED_VALUE_FINDERS } from './wrapped-values';
import { IDS_IN_ANY_SENTENCE_FINDERS } from './ids-in-any-sentence';
import { CODES_A_PLACE_OPENS_WITH_FINDERS } from './codes-a-place-opens-with';
import { CODES_AFTER_LOCK_FINDERS } from './codes-after-locks';
import { CODES_ON_SIGNS_FINDERS } from './codes-on-signs';
import { LITERALS_STORED_UNDER_SECRET_NAMES_FINDERS } from './literals-stored-under-secret-names';
import { HAR_COOKIE_FINDERS } from './har-cookies';
import { IDS_SAID_IN_ANY_LANGUAGE_FINDERS } from './ids-said-in-any-language';
import { KEYS_GIVEN_WHEN_ASKED_FINDERS } from './keys-given-when-asked';
import { RANDOM_VALUES_AFTER_SECRET_NAMES_FINDERS } from './random-values-after-secret-names';
import { QUOTED_KEYS_BESIDE_AUTH_HEADERS_FINDERS } from './quoted-keys-beside-auth-headers';
import { COMBINATION_DIAL_FINDERS } from './combination-dials';
import { CODES_IN_HTML_TABLE_COLUMN_FINDERS } from './codes-in-html-table-columns';
import { KEYS_TO_PASTE_UNDER_A_NAME_FINDERS } from './keys-to-paste-under-a-name';
import { PASSWORDS_ECHOED_FOR_AN_OPTION_FINDERS } from './passwords-echoed-for-an-option';
import { COOKIES_IN_TABLES_FINDERS } from './cookies-in-tables';
import { SECRETS_ASSIGNED_IN_ANY_SYNTAX_FINDERS } from './secrets-assigned-in-any-syntax';
import { RETIRED_PASSWORDS_AND_SECOND_LOGINS_FINDERS } from './retired-passwords-and-second-logins';
import { WIFI_KEYS_ON_LABELS_FINDERS } from './wifi-keys-on-labels';
import { SHORT_SECRETS_UNDER_SECRET_NAMES_FINDERS } from './short-secrets-under-secret-names';
import { WIFI_NAME_AND_KEY_FINDERS } from './wifi-name-and-key';
import { MISTYPED_LABEL_FINDERS, passwordSlipsSpelled } from './mistyped-labels';
import { CODE_SHEET_FINDERS } from './code-sheets';
import { MEMBER_NUMBER_FINDERS } from './member-numbers';
import { NEW_PASSWORD_FINDERS } from './new-password';
import { OBJECT_CODE_FINDERS } from './object-codes';
import { KEYED_CODE_FINDERS } from './keyed-codes';
import { RECOVERY_KEY_FINDERS } from './recovery-keys';
import { PERMANENT_TOKEN_FINDERS } from './permanent-tokens';
import { notACredential } from './not-credentials';
import { fakeSpelled } from './values';
import { COMMAND_LINE_FINDERS } from './command-lines';
import { OPTION_KEY_FINDERS } from './option-keys';
import { COMMAND_OUTPUT_FINDERS } from './command-output';
import { PASSWORD_COLON_FINDERS } from './password-colon';
import { PASSWORD_NEXT_LINE_FINDERS } from './password-next-line';
import { PASSWORD_LINES_BELOW_FINDERS } from './password-lines-below';
import { SPELLED_VALUE_FINDERS } from './spelled-values';
import { UCI_OPTION_FINDERS } from './uci-options';
import { LINK_TOKEN_FINDERS } from './link-tokens';
import { BOT_TOKEN_FINDERS } from './bot-tokens';
import { SESSION_COOKIE_FINDERS } from './session-cookies';
import { LABEL_LINE_VALUE_FINDERS } from './label-line-values';
import { SIP2_LOGIN_FINDERS } from './sip2-logins';
import { SQL_INSERT_FINDERS } from './sql-inserts';
import { TABLE_CODE_COLUMN_FINDERS } from './table-code-columns';
import { OCR_LABEL_FINDERS } from './ocr-labels';
import { FRAMEWORK_KEY_FINDERS } from './framework-keys';
import { APP_PASSWORD_FINDERS, PROSE_PASSWORD_FINDERS } from './passwords';
import {
  ASSIGNMENT_FINDERS,
  CONTEXT_FINDERS,
  EMAIL_FINDER,
  PHONE_FINDER,
  PUBLISHED_JWT_PAYLOADS,
  STRUCTURAL_FINDERS,
  TOKEN_FINDERS,
  isProviderKey,
  type Finder,
  type RedactionLabel,
  type SecretSpan,
} from './rules';
import { PROSE_KEY_FINDERS } from './prose-keys';
import { PROSE_NAME_FINDERS } from './prose-names';
import { ONE_TIME_CODE_FINDERS } from './one-time-codes';
import { findEncodedRepeats } from './encoded-repeats';
import { mayHold } from './fast-anchors';
import { findCodesBesideFoundCodes } from './codes-beside-found-codes';
import { findPasswordsBesideFoundPasswords } from './passwords-beside-found-passwords';
import { findKeysInFoundLists } from './keys-in-found-lists';
import { findAlsoLinesBesideFoundPasswords, PASSWORDS_IN_CASUAL_FRAMES_FINDERS } from './passwords-in-casual-frames';
import { PASSWORDS_AFTER_WHAT_THEY_OPEN_FINDERS } from './passwords-after-what-they-open';
import { KEYBOARD_WALK_PASSWORD_FINDERS } from './keyboard-walk-passwords';
import { MEMORABLE_PASSWORDS_ALONE_FINDERS } from './memorable-passwords-alone';
import { findCodesInFoundSentenceLists, findPasswordsInFoundLists } from './passwords-in-found-lists';
import { findPasswordsInFoundColumns } from './passwords-in-found-columns';
import { findRepeats, repeatableValues, type FoundValue } from './repeated-values';
import { SASL_AUTH_FINDERS } from './sasl-auth';
import { SHELL_SECRET_INPUT_FINDERS } from './shell-secret-inputs';
import { SECRET_AFTER_WORDS_FINDERS } from './secret-after-words';
import { SECRET_WORD_VALUE_FINDERS } from './secret-word-value';
import { SECRET_LIST_FINDERS } from './secret-lists';
import { findNumberedSeedPhrases, findSeedPhrases, findSeedPhrasesInOtherLists } from './seed';
import { SEED_PHRASE_OF_ANY_WORDS_FINDERS } from './seed-phrases-of-any-words';
import { RANDOM_VALUE_FINDERS, STRUCTURED_FINDERS } from './structured';
import { USER_PASSWORD_OPTION_FINDERS } from './user-password-options';
import { USAGE_SLOT_FINDERS } from './usage-slots';
import { USER_PASSWORD_MAP_FINDERS } from './user-password-maps';
import { FTP_SCRIPT_FINDERS } from './ftp-scripts';
import { KEY_MATERIAL_FINDERS } from './key-material';
import { PASSPHRASE_FINDERS } from './passphrases';
import { HEADER_VALUE_FINDERS } from './header-values';
import { ALARM_VERBAL_PASSWORD_FINDERS } from './alarm-verbal-passwords';
import { MEETING_HOST_PIN_FINDERS } from './meeting-host-pins';
import { PIN_OF_STATED_LENGTH_FINDERS } from './pin-of-stated-length';
import { NAMED_EXTRA_AND_ENV_FINDERS } from './named-extras-and-env';
import { SIGNING_CALL_KEY_FINDERS } from './signing-call-keys';
import { SQL_USER_PASSWORD_FINDERS } from './sql-user-passwords';
import { TOKEN_AFTER_CLAUSE_FINDERS } from './token-after-clause';
import { VPN_KEY_FINDERS } from './vpn-keys';
import { WEBHOOK_URL_FINDERS } from './webhooks';
import { SECRET_CONFIG_BLOCK_FINDERS } from './secret-config-blocks';

export interface RedactOptions {
  /** Also replace e-mail addresses (off by default: they are often what the user is talking about). */
  email?: boolean;
  /** Also replace phone numbers (off by default). */
  phone?: boolean;
  /**
   * Secret values found in earlier texts of the same conversation (`RedactResult.values`): masked wherever they stand
   * here too, so an assistant that repeats the user's key back ("you just pasted your key (mnx_live_…)") does not
   * keep it readable. Held in memory by the caller, never stored.
   */
  known?: readonly FoundValue[];
}

export interface RedactResult {
  text: string;
  /** The kinds of secret replaced, each once, in the order first met in the text: e.g. ['api key', 'jwt']. */
  found: RedactionLabel[];
  /** The secret values replaced that are secrets wherever they stand again, for `known` in the conversation's next texts. */
  values: FoundValue[];
}

function redactionMarker(label: RedactionLabel): string {
  return `[redacted ${label}]`;
}

/**
 * Every finder, most telling first: where two findings overlap, the earlier finder's is kept. Private keys lead
 * (their base64 body would otherwise feed the key-shaped rules piece by piece); provider tokens come before the
 * assignments and prose that may hold them, so they keep their own label.
 */
const SECRET_FINDERS: readonly Finder[] = [
  ...STRUCTURAL_FINDERS,
  // BL's round: a card copied in any grouping with its expiry right after, and the code after that expiry, before
  // the rules that would read a group of it as a code or a PIN.
  ...CARD_IN_ANY_GROUPING_FINDERS,
  // BL's round: an IBAN in groups of any size, read by its registered length and mod 97.
  ...IBAN_IN_ANY_GROUPING_FINDERS,
  ...VPN_KEY_FINDERS,
  // AJ's round: a whole phrase first, where some of its words are off the list (a list word's run would cut it).
  ...SEED_PHRASE_OF_ANY_WORDS_FINDERS,
  // AO's round: a phrase as a numbered list, 1 to 12 or 24, one word to a number.
  { name: 'numbered-seed-phrase', find: findNumberedSeedPhrases },
  { name: 'seed-phrase', find: findSeedPhrases },
  { name: 'seed-phrase-other-lists', find: findSeedPhrasesInOtherLists },
  ...CRYPTO_FINDERS,
  ...TOKEN_FINDERS,
  // BO's round: a provider's short name, a word for a secret key's kind and a random body (`acme_sk_…`): after the
  // documented formats, so theirs keep their names.
  ...KEYS_WITH_A_KIND_MARKER_FINDERS,
  // BR's round: a key that opens with its provider's name cut short, the provider named on its line.
  ...KEYS_PREFIXED_WITH_THEIR_PROVIDERS_NAME_FINDERS,
  // CF's round: a short prefix, an underscore and a long random body, no kind word between (`acme_Zq4…`).
  ...KEYS_WITH_A_SHORT_PREFIX_FINDERS,
  ...FRAMEWORK_KEY_FINDERS,
  ...PERMANENT_TOKEN_FINDERS,
  ...PUBLIC_TOKEN_FINDERS,
  ...WEBHOOK_URL_FINDERS,
  ...API_PATH_TOKEN_FINDERS,
  ...LINK_TOKEN_FINDERS,
  // AO's round: a share link whose fragment is the key (Bitwarden Send, 1Password, PrivateBin), a kubeadm bootstrap token.
  ...LINK_FRAGMENT_KEY_FINDERS,
  ...BOOTSTRAP_TOKEN_FINDERS,
  ...BOT_TOKEN_FINDERS,
  ...SESSION_COOKIE_FINDERS,
  ...STREAM_KEY_FINDERS,
  ...GHOST_KEY_FINDERS,
  ...ACTIVATION_CODE_FINDERS,
  ...LICENCE_BLOB_FINDERS,
  ...PASSPHRASE_VALUE_FINDERS,
  ...SHAPED_CODE_AND_ID_FINDERS,
  ...APP_PASSWORD_FINDERS,
  ...COMMAND_LINE_FINDERS,
  ...OPTION_KEY_FINDERS,
  ...USER_PASSWORD_OPTION_FINDERS,
  ...SHELL_SECRET_INPUT_FINDERS,
  ...KEY_FILE_FINDERS,
  ...COMMAND_OUTPUT_FINDERS,
  ...CRACKED_PASSWORD_FINDERS,
  ...SHOWN_ONCE_FINDERS,
  // AU's round: what a command prints that is the secret, an Expect script's reply to a password prompt, type 0.
  ...PRINTED_AND_SCRIPTED_SECRET_FINDERS,
  // AV's round: a password after the login in a command that creates an account; one a program's log line made for you.
  ...ACCOUNT_CREATE_COMMAND_FINDERS,
  ...BASIC_AUTH_CALL_FINDERS,
  // AK's round: a secret macro's literal (`#define SECRET_PASS "…"`), a password typed between Tab and Enter.
  ...DEFINE_MACRO_FINDERS,
  ...KEYSTROKE_LOGIN_FINDERS,
  // AK's round: a console command's or an auth directive's password (`Password1 …;`, `stats auth admin:…`).
  ...DIRECTIVE_PASSWORD_FINDERS,
  // AJ's round: a Bearer header's credential of any shape.
  ...BEARER_HEADER_VALUE_FINDERS,
  ...SASL_AUTH_FINDERS,
  ...CONNECT_CALL_FINDERS,
  // AM's round: a gem server's login under its host's name, an object store's keys in `mc alias set`.
  ...HOST_NAMED_KEY_FINDERS,
  ...OBJECT_STORE_ALIAS_FINDERS,
  // AM's round: a code asked for in an exported chat (WeChat, LINE, KakaoTalk) and given as the next message.
  ...ASKED_CODES_IN_CHAT_EXPORT_FINDERS,
  // AM's round: a code read back twice over a radio ("381203, repeat 381203").
  ...READ_BACK_CODE_FINDERS,
  // AM's round: a Wi-Fi key of digits or plain words right after a Wi-Fi word, ended by its clause or a sign-off.
  ...WIFI_KEY_PHRASE_FINDERS,
  // AV's round: a Wi-Fi key under its network's name alone ("TP-Link_4A1F → …", "Kiln-Guest: …").
  ...KEYS_UNDER_NETWORK_NAMES_FINDERS,
  // AN's round: a passphrase of four to seven plain words after a password's or a Wi-Fi's word in any language, or in a
  // config line's value (before the rules that would take its first word alone).
  ...WORD_PHRASES_AFTER_SECRET_WORD_FINDERS,
  // AN's round: a value stored in the clear by its scheme ({PLAIN}, OBF:), a constant declared with its type between
  // its name and its literal, an auth file of quoted user/password pairs.
  ...PLAINTEXT_SCHEME_FINDERS,
  ...TYPED_DECLARATION_FINDERS,
  ...QUOTED_PAIR_FILE_FINDERS,
  ...CREDENTIAL_FILE_FINDERS,
  ...NETWORK_DEVICE_SECRET_FINDERS,
  ...NKEY_SEED_FINDERS,
  ...PASSWORD_ELEMENT_FINDERS,
  ...PIPED_SECRET_FINDERS,
  ...SECRET_NAMED_OPTION_FINDERS,
  ...CREDENTIAL_FILE_TRIPLE_FINDERS,
  // AT's round: values a config's layout makes secrets (a `secrets:` block's children, CouchDB's `[admins]`, 3proxy's
  // `users name:CL:…`, chrony's and ntp's key files, a Wi-Fi card's `Key:` under its `Network:`).
  ...SECRET_CONFIG_BLOCK_FINDERS,
  ...SECRETS_FILE_ENTRY_FINDERS,
  ...UCI_OPTION_FINDERS,
  ...NAMED_VALUE_ROW_FINDERS,
  ...FTP_SCRIPT_FINDERS,
  ...SIP2_LOGIN_FINDERS,
  ...PASSWORD_CSV_FINDERS,
  ...SQL_INSERT_FINDERS,
  ...SECRET_TSV_COLUMN_FINDERS,
  ...TABLE_CODE_COLUMN_FINDERS,
  ...HEADING_LIST_FINDERS,
  ...CODE_KEY_FINDERS,
  ...PASSPHRASE_FINDERS,
  ...ASSIGNMENT_FINDERS,
  ...SECRET_LIST_FINDERS,
  ...USER_PASSWORD_MAP_FINDERS,
  ...KEY_MATERIAL_FINDERS,
  ...KEY_VALUE_PAIR_FINDERS,
  // AQ's round: a bare `key:`/`token:` inside a block whose name says what it is for (`api:\n  key: …`).
  ...NESTED_CONFIG_KEY_FINDERS,
  ...STRUCTURED_FINDERS,
  ...PROSE_PASSWORD_FINDERS,
  ...NEW_PASSWORD_FINDERS,
  ...CHAT_REPLY_FINDERS,
  // AU's round: "use X", "try X", "here: X" answering a question that asks for a key, a token or a login.
  ...USE_THIS_REPLY_FINDERS,
  ...NAME_SLASH_KEY_REPLY_FINDERS,
  ...VARIABLE_BLOCK_DEFAULT_FINDERS,
  ...GO_MYSQL_DSN_FINDERS,
  ...ASKED_CODE_REPLY_FINDERS,
  ...RECORD_LAYOUT_FINDERS,
  ...NATIONAL_ID_FINDERS,
  ...SORT_CODE_BESIDE_ACCOUNT_FINDERS,
  ...IDS_IN_ANY_SENTENCE_FINDERS,
  ...CODES_AFTER_LOCK_FINDERS,
  ...CODES_A_PLACE_OPENS_WITH_FINDERS,
  ...KEYS_GIVEN_WHEN_ASKED_FINDERS,
  // BJ's round: card codes and PINs in an HTML table's columns headed so.
  ...CODES_IN_HTML_TABLE_COLUMN_FINDERS,
  // BG's round: a key to paste under a variable's name, alone on the next line.
  ...KEYS_TO_PASTE_UNDER_A_NAME_FINDERS,
  // BH's round: a token handed to a secret's name by `←`, `<-`, `:-`, `<<`, `[] =` or a rightward `=>`; session
  // cookies in a browser's cookie table or a script's cookie jar; the literal a password command echoes.
  ...SECRETS_ASSIGNED_IN_ANY_SYNTAX_FINDERS,
  ...COOKIES_IN_TABLES_FINDERS,
  ...PASSWORDS_ECHOED_FOR_AN_OPTION_FINDERS,
  ...IDS_SAID_IN_ANY_LANGUAGE_FINDERS,
  ...HAR_COOKIE_FINDERS,
  ...LITERALS_STORED_UNDER_SECRET_NAMES_FINDERS,
  ...CODES_ON_SIGNS_FINDERS,
  ...WIFI_NAME_AND_KEY_FINDERS,
  ...MISTYPED_LABEL_FINDERS,
  ...CODE_SHEET_FINDERS,
  ...CREDENTIAL_FILE_LINE_FINDERS,
  ...WRAPPED_VALUE_FINDERS,
  ...IDS_IN_MORE_LANGUAGES_FINDERS,
  ...IDS_IN_FURTHER_LANGUAGES_FINDERS,
  ...IDS_NAMED_MORE_WAYS_FINDERS,
  ...IDS_BY_NAME_AND_CHECK_FINDERS,
  // AU's round: Venezuela, El Salvador, Paraguay, Nicaragua by their checks; Egypt, Sri Lanka, Costa Rica, Indonesia.
  ...IDS_OF_MORE_COUNTRIES_FINDERS,
  // AV's round: Mozambique, Ghana, Azerbaijan, Namibia and Mauritius by their checks; Cuba's carné by its structure.
  ...IDS_OF_FURTHER_COUNTRIES_FINDERS,
  ...IDS_OF_SIX_MORE_COUNTRIES_FINDERS,
  ...IDS_OF_TEN_MORE_COUNTRIES_FINDERS,
  ...CODES_AFTER_A_NAMED_DOOR_FINDERS,
  ...CODES_SAID_TO_HAVE_CHANGED_FINDERS,
  // BT's round: a lock's or a padlock's number said with the language's "is" or nothing, in any language.
  ...LOCK_CODES_SAID_IN_ANY_LANGUAGE_FINDERS,
  ...CODES_ON_LEADER_LINES_FINDERS,
  // BD's round: "Codes: paint booth 1980, resin room 5321", a run of places' numbers after the plural word and a colon.
  ...CODES_LISTED_AFTER_A_CODES_HEADING_FINDERS,
  ...CODES_OF_NAMED_PLACES_FINDERS,
  ...PASSWORDS_IN_CASUAL_FRAMES_FINDERS,
  // BG's round: "(the previous one, …, no longer works)", "with user … and …".
  ...RETIRED_PASSWORDS_AND_SECOND_LOGINS_FINDERS,
  // BG's round: a router sticker's "Clé de sécurité: …", a WEP key under "Key:".
  ...WIFI_KEYS_ON_LABELS_FINDERS,
  // BG's round: `HUBTEL_CLIENT_SECRET=edcgsq2s`, shorter than the generic rules read.
  ...SHORT_SECRETS_UNDER_SECRET_NAMES_FINDERS,
  ...IDS_OF_NINE_MORE_COUNTRIES_FINDERS,
  ...IDS_OF_ANOTHER_TEN_COUNTRIES_FINDERS,
  ...IDS_OF_TEN_ISLAND_AND_DESERT_COUNTRIES_FINDERS,
  // BB's round: Greenland (by its check), Armenia, Afghanistan, Iraq, Haiti, Trinidad and Tobago, Malawi, Cameroon,
  // Cambodia and Mauritania, by structure and a name near.
  ...IDS_OF_A_FURTHER_TEN_COUNTRIES_FINDERS,
  // BC's round: Côte d'Ivoire, Burkina Faso, Benin, Togo, Suriname, Guyana, Syria, Tajikistan, Fiji and Seychelles, by
  // structure and a name near.
  ...IDS_OF_FIVE_WEST_AFRICAN_AND_FIVE_MORE_COUNTRIES_FINDERS,
  // BD's round: an ID in a form's record whose own field names the identity document (a CSV's document column, an
  // XML or JSON record's type field, "ID (cartão de identidade): …"), whatever the country.
  ...IDS_IN_DOCUMENT_RECORDS_FINDERS,
  // BK's round: a French social security number in its printed parts, read by its layout and key alone.
  ...PRINTED_NIR_FINDERS,
  // BK's round: a wallet's "25th word" and the PIN that unlocks its device.
  ...WALLET_EXTRA_FINDERS,
  // BI's round: an identity number by the stem of its document's word, in any language.
  ...IDS_NEAR_AN_IDENTITY_WORD_FINDERS,
  // BE's round: a sectioned note's bullets under a heading that says logins or door codes.
  ...VALUES_UNDER_SECRET_HEADING_FINDERS,
  // BC's round: a network's name, a comma and its key; a password's change told, then "new one is …".
  ...WIFI_KEYS_AFTER_A_NETWORK_NAME_FINDERS,
  ...NEW_PASSWORD_AFTER_A_CHANGE_NOTICE_FINDERS,
  // BC's round: Google Authenticator's export URI; secrets in variables declared in Lisp, BASIC and OpenEdge ABL.
  ...AUTHENTICATOR_EXPORT_URI_FINDERS,
  ...DECLARED_SECRET_VARIABLE_FINDERS,
  // BC's round: a PIN a device asked for, told as what was typed ("asked for a PIN, I typed 5132").
  ...CODES_TYPED_WHEN_ASKED_FINDERS,
  ...AZURE_FUNCTION_KEY_FINDERS,
  ...WLAN_PROFILE_KEY_FINDERS,
  ...ASSIGNMENTS_WITH_AN_ASIDE_FINDERS,
  ...CREDENTIALS_NAMED_IN_PROSE_FINDERS,
  ...TEXT_EXPANDER_SNIPPET_FINDERS,
  ...CODES_USED_ON_LOCKS_FINDERS,
  ...CODES_ANSWERING_A_LOCK_QUESTION_FINDERS,
  // BB's round: a code said to have changed from one number to another, a number that opens a place, one keyed
  // before a keypad's button.
  ...CODES_BY_WHAT_IS_DONE_WITH_THEM_FINDERS,
  ...STELLAR_SECRET_SEED_FINDERS,
  ...XRP_FAMILY_SEED_FINDERS,
  ...JWK_PRIVATE_KEY_FINDERS,
  ...USE_LOGIN_SLASH_PASSWORD_FINDERS,
  ...KEY_NAMED_REQUEST_HEADER_FINDERS,
  ...SECRET_NAME_WITH_ARROW_FINDERS,
  ...REDIS_ACL_PASSWORD_FINDERS,
  ...KEYS_UNDER_A_KEY_LIST_FINDERS,
  ...IDS_AFTER_AN_ID_WORD_FINDERS,
  ...IDS_BY_ANY_NAME_FINDERS,
  ...DOCUMENT_NUMBER_FINDERS,
  ...EVERYDAY_CODE_FINDERS,
  ...ACCESS_CODE_FINDERS,
  ...OBJECT_CODE_FINDERS,
  ...KEYED_CODE_FINDERS,
  ...RECOVERY_KEY_FINDERS,
  ...CODE_WORD_FINDERS,
  // BV's round: a one-time code given first and named after ("texted me 480317 as a verification code").
  ...ONE_TIME_CODES_NAMED_AFTER_FINDERS,
  ...CODES_IN_MORE_SCRIPTS_FINDERS,
  ...CODES_WITH_OWNER_WORDS_FINDERS,
  ...HOUSEHOLD_CODE_FINDERS,
  ...LISTED_CODE_FINDERS,
  ...SAFE_COMBINATION_FINDERS,
  ...NOTE_LINE_CODE_FINDERS,
  // AJ's round: a secret's word, what it is for in brackets, then the value, in any language and layout.
  // AJ's round: backup codes one by one, each after its word and number.
  ...NUMBERED_BACKUP_CODE_FINDERS,
  ...LABELS_WITH_QUALIFIER_FINDERS,
  // AJ's round: passwords and codes in a chat's loose words ("the pw is …", "log into X for me its …").
  ...CASUAL_PASSWORD_FINDERS,
  // AV's round: a value that a remark after it says is typed so ("— capital first letter"), or that an arrow points at.
  ...VALUES_WITH_REMARK_FINDERS,
  // AK's round: a value the writer says they set a login to ("X is what I set it to", "I set it to X").
  ...SET_TO_VALUE_FINDERS,
  // AQ's round: "it's X btw" in a list of logins or a text about one.
  ...VALUES_SAID_IN_ASIDES_FINDERS,
  // AK's round: a key-shaped value a few words after "wifi", whatever the language of the words between.
  ...VALUE_AFTER_WIFI_WORD_FINDERS,
  // AK's round: a PIN's or a PUK's digits right after the word, or after "it's" in its sentence.
  ...PIN_NUMBER_FINDERS,
  ...DICTATED_DIGIT_FINDERS,
  ...TYPED_INTO_LOGIN_FINDERS,
  ...DOOR_CODE_ANY_LANGUAGE_FINDERS,
  // AU's round: a keypad's star or hash, a lock's lettered code, digits before a keypad's next step or a rotation.
  ...KEYPAD_SHAPED_CODE_FINDERS,
  // AQ's round: a code's digits right after the bare code word in any script, its article written on ("акод 8051"); a
  // number named by what it opens ("금고 번호 08618", "門ぬ番号や …").
  ...CODES_AFTER_A_BARE_CODE_WORD_FINDERS,
  // AL's round: a code named by what it opens with no code word ("lockbox B2516", "alarm is 6269", "C9404 for the back
  // door"); a value a subtitle's cue break parts from its label; an LDIF entry's base64 password; a run of backup codes
  // of one shape; a plain-word passphrase after a Wi-Fi's or a password's word; a HAR's name/value pair.
  ...CODES_BY_WHAT_THEY_OPEN_FINDERS,
  ...SUBTITLE_CUE_FINDERS,
  ...LDIF_PASSWORD_FINDERS,
  ...BACKUP_CODE_RUN_FINDERS,
  // BD's round: six or more backup codes of one generated shape, numbered from 1, one to a line.
  ...NUMBERED_CODE_SHEET_FINDERS,
  ...PHRASES_AFTER_WIFI_AND_PASSWORD_WORDS_FINDERS,
  ...NAME_VALUE_OBJECT_FINDERS,
  // AL's round: a value after a password's word and one or two short particles of any language ("ti password ko ket …").
  ...VALUES_AFTER_PARTICLES_FINDERS,
  ...ALARM_PANEL_CODE_FINDERS,
  ...CURRENT_CODE_FINDERS,
  ...WORD_CODE_FINDERS,
  ...GIFT_CARD_FINDERS,
  ...SECURITY_ANSWER_FINDERS,
  ...LOGIN_PAIR_FINDERS,
  // AV's round: "creds for <what it opens> <user> <password>", the pair last in its clause.
  ...CREDS_FOR_PAIR_FINDERS,
  ...MEMBER_NUMBER_FINDERS,
  ...CONTEXT_FINDERS,
  ...CARD_CODE_FINDERS,
  ...NAMED_CARD_NUMBER_FINDERS,
  // BL's round: a random token pasted as a chat message of its own, nothing naming it.
  ...TOKENS_ALONE_IN_CHAT_MESSAGE_FINDERS,
  ...CLIENT_CONSTRUCTOR_FINDERS,
  ...CLIENT_ARGUMENT_FINDERS,
  // AG's round: values named by the call, the statement, the command or the sentence that holds them.
  ...SIGNING_CALL_KEY_FINDERS,
  ...MEETING_HOST_PIN_FINDERS,
  ...SQL_USER_PASSWORD_FINDERS,
  ...NAMED_EXTRA_AND_ENV_FINDERS,
  ...ALARM_VERBAL_PASSWORD_FINDERS,
  ...PIN_OF_STATED_LENGTH_FINDERS,
  ...USAGE_SLOT_FINDERS,
  ...COMMAND_ARGUMENT_KEY_FINDERS,
  ...LABELLED_FINDERS,
  ...ASIDE_LABEL_FINDERS,
  ...PROSE_KEY_FINDERS,
  ...PROSE_NAME_FINDERS,
  ...TOKEN_AFTER_CLAUSE_FINDERS,
  ...HEADER_VALUE_FINDERS,
  ...SECRET_AFTER_WORDS_FINDERS,
  ...KEY_SECRET_PAIR_FINDERS,
  ...SECRET_WORD_VALUE_FINDERS,
  ...ONE_TIME_CODE_FINDERS,
  ...PASSWORD_COLON_FINDERS,
  ...PASSWORD_NEXT_LINE_FINDERS,
  ...PASSWORD_LINES_BELOW_FINDERS,
  ...SPELLED_VALUE_FINDERS,
  ...LABEL_LINE_VALUE_FINDERS,
  ...OCR_LABEL_FINDERS,
  ...LOGIN_PASSWORD_FINDERS,
  ...PASSWORD_WORD_NEAR_VALUE_FINDERS,
  ...PASSWORD_AFTER_VALUE_FINDERS,
  // AN's round: a secret's or a code's word, a few letter words of any language, then a value whose shape says secret.
  ...VALUES_AFTER_SECRET_WORD_FINDERS,
  // AN's round: digits after a verb of keying in, or alone after a short note's words and a colon.
  ...CODES_KEYED_IN_FINDERS,
  // BI's round: a place's code after an arrow from the place ("paddle store -> 9658").
  ...CODES_AFTER_AN_ARROW_FINDERS,
  // BK's round: a combination lock's numbers after the lock's word ("padlock on the bin store = 26/35/31").
  ...COMBINATION_DIAL_FINDERS,
  ...NEXT_SENTENCE_SECRET_FINDERS,
  // Last but the random values: every rule that names a code's kind (a one-time code, a card's) keeps its label.
  ...CODES_SAID_IN_PROSE_FINDERS,
  // BJ's round: a random value after a secret's name, whatever layout or words join them.
  ...RANDOM_VALUES_AFTER_SECRET_NAMES_FINDERS,
  // CC's round: a short key right after a key's own label, a UUID as a URL's or a command's key
  // (`short-keys-after-key-labels.ts`); a password told as a change, old and new (`passwords-changed-from-one-to-another.ts`);
  // a keypad's code and the key pressed after it (`codes-keyed-before-a-key.ts`).
  ...SHORT_KEY_FINDERS,
  ...PASSWORD_CHANGE_FINDERS,
  ...CODE_KEYED_BEFORE_A_KEY_FINDERS,
  // BK's round: a quoted key in a snippet that builds an authorisation header, whatever the language names it.
  ...QUOTED_KEYS_BESIDE_AUTH_HEADERS_FINDERS,
  ...RANDOM_VALUE_FINDERS,
  // Last of all, a word shaped like a password whatever names it: every rule that knows what a value is goes first.
  ...PASSWORD_SHAPED_WORD_FINDERS,
  // AQ's round: a value of every kind of character after any short label and its colon (a note's `router admin: …`).
  ...LABELLED_RANDOM_VALUE_FINDERS,
  // AL's round: a password made of capitalised words and a number, by its shape alone (`Trombone-Age-Coyote-27`).
  ...GENERATED_PASSWORD_SHAPE_FINDERS,
  // BV's round: words and a number joined by `=`, `^`, `$` or `%`, and two more shapes (`words-joined-by-a-symbol.ts`).
  ...WORDS_JOINED_BY_A_SYMBOL_FINDERS,
  // BI's round: a random-looking value on the line of a login's word and name ("…, user pitboss4").
  ...PASSWORDS_BESIDE_A_LOGIN_FINDERS,
  // BS's round: "the till is Basket_Otter_214", "club email …", "…, Kq7dWzr2PmXa to get in"; last, so that a rule that
  // knows the value's kind (a recovery key's, a token's) names it first.
  ...PASSWORDS_AFTER_WHAT_THEY_OPEN_FINDERS,
  // CE's round: a keyboard walk in a login's place ("laptop — 1qaz2wsx3edc"), which no password's shape reads.
  ...KEYBOARD_WALK_PASSWORD_FINDERS,
  // BU's round: a memorable password with no word naming it, its two words in two cases ("it's LOAFER.72.cortland").
  ...MEMORABLE_PASSWORDS_ALONE_FINDERS,
  // BW's round: a machine-made key in a message that talks about keys, no key word right before it.
  ...KEYS_IN_A_MESSAGE_ABOUT_KEYS_FINDERS,
  // BW's round: "texted me … as the code", "… is the code they sent", "Steam Guard says …".
  ...ONE_TIME_CODES_SAID_SENT_FINDERS,
  // BX's round: a number given "as the verification number", "as a login code", later in its clause.
  ...CODES_GIVEN_AS_ONE_TIME_CODES_FINDERS,
  // BX's round: "buzz 48213 if I don't answer": an entry code, four digits or more.
  ...CODES_TO_BUZZ_FINDERS,
  // BX's round: a session cookie quoted in a sentence about cookies, "… cookie shop_sess=…", "shop_session cookie (…)".
  ...SESSION_COOKIES_IN_PROSE_FINDERS,
  // BX's round: a HETU, a Belgian national number or a Chilean RUT in its own punctuation and passing its check, unnamed.
  ...IDS_IN_THEIR_OWN_FORMAT_FINDERS,
  // BY's round: a machine-made token right after a service's name, no key word ("Zenpark — …", "Homematic = …").
  ...TOKENS_AFTER_A_PROVIDER_NAME_FINDERS,
  // BY's round: four to seven plain words given for an encrypted volume, a key, a vault or a memorable phrase.
  ...PASSPHRASES_OF_ENCRYPTED_THINGS_FINDERS,
  // BY's round: a number in a table's "ID" column that passes a national ID's check.
  ...IDS_IN_ID_COLUMNS_FINDERS,
  // BY's round: a row of five codes of one shape after a two-step word, with no "backup codes" heading.
  ...CODE_ROWS_AFTER_TWO_FACTOR_WORDS_FINDERS,
  // BZ's round: a machine-made key or a UUID given to the plain word "key", "token" or "secret" ("Key on file: …").
  ...KEYS_NAMED_BY_A_PLAIN_KEY_WORD_FINDERS,
  // CE's round: a key after "API" alone and a colon, or "API" and a key's word in any language (`keys-after-an-api-word.ts`).
  ...KEYS_AFTER_AN_API_WORD_FINDERS,
  // BZ's round: more shapes of passwords made of words and numbers, read alone ("Turnip:Glacier:28", "orbit-Hammock.177").
  ...PASSWORDS_OF_WORDS_AND_NUMBERS_FINDERS,
  // CB's round: a login as its address, or the address's part up to its "@", then a slash and the password.
  ...LOGINS_AFTER_AN_ADDRESS_FINDERS,
  // CB's round: a passphrase of plain words in quotes right after a password's or a Wi-Fi key's word.
  ...PASSPHRASES_QUOTED_AFTER_A_PASSWORD_WORD_FINDERS,
  // CB's round: a dial's combination, each number with its turn ("14 left, 38 right, 07 left") by a safe's or a lock's word.
  ...DIAL_COMBINATION_FINDERS,
];

/** A marker left by an earlier redaction: text already redacted is never redacted again, nor read as a secret. */
const MARKER = /\[redacted [a-z ]{2,20}\]/g;

/**
 * Documentation writes its sample credentials with the word in them (`AKIAIOSFODNN7EXAMPLE`,
 * `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, `sk_test_example…`), or words that say they are fake
 * (`0000-FAKE-KEY-0000`, `fakeSpelled`): such a token or password is never a live one.
 * Keys, seed phrases and contact details are not judged by this.
 */
const DOCUMENTED_EXAMPLE = /example/i;
const EXAMPLE_MAY_MEAN_FAKE: ReadonlySet<RedactionLabel> = new Set(['api key', 'bearer token', 'jwt', 'password', 'cookie']);

/**
 * A value shown masked, as logs, receipts and settings pages print one: mask characters with at most the last four
 * digits (`XXXX-XXXX-XXXX-1693`, `•••• 4821`, `****`), or a token's prefix and an ellipsis before a few characters of
 * its end (`sk_live_…Ez7n`, `ghp_ab12...9xQz`) or, BA's round, a run of four mask characters or more
 * (`nvapi-****************15yN`, an account page's key). The characters hidden are the secret; what is left opens nothing.
 */
const MASKED_DISPLAY = /^(?:[xX*•●]{3}[xX*•●. -]*\d{0,4}|(?:[A-Za-z0-9]{1,12}[_-]){0,3}[A-Za-z0-9]{0,6}(?:…|\.{3}|[*•●]{4,})[A-Za-z0-9]{0,6})$/;

/**
 * AZ's round: a token's first characters cut off by an ellipsis, as a log or a table prints a session's or a key's
 * start (`session=sess_47936a8b… elapsed=1.2s`): the span found ends with the ellipsis or stops right before it, and
 * what it holds is a prefix of twenty characters at most, which opens nothing. A password's span is not judged so:
 * prose trails off after one.
 */
const CUT_SHORT = /^(?:…|\.{3})(?![A-Za-z0-9])/;
const CUT_OFF_END = /^[A-Za-z0-9_-]{4,20}(?:…|\.{3})$/;
const CUT_SHORT_KINDS: ReadonlySet<RedactionLabel> = new Set(['api key', 'bearer token', 'cookie']);

function isMaskedDisplay(text: string, span: SecretSpan): boolean {
  if (span.end - span.start <= 24 && CUT_SHORT_KINDS.has(span.label)) {
    const value = text.slice(span.start, span.end);
    if (CUT_OFF_END.test(value) || CUT_SHORT.test(text.slice(span.end, span.end + 4))) return true;
  }
  return span.end - span.start <= 40 && MASKED_DISPLAY.test(text.slice(span.start, span.end));
}

/**
 * BN's round: a year after a word of time ("we changed the door code after 2000's break-in", "the gate code since
 * 2019", "until 2031") dates what is told, whichever code rule read the number after the code's word: no one gives a
 * code "after" or "since" it. Years from 1950 to 2049 only, as four digits alone.
 */
const YEAR = /^(?:19[5-9]\d|20[0-4]\d)$/;
const TIME_WORD_BEFORE = /(?<![\p{L}])(?:after|since|before|until|till|during)[ \t]+(?:the[ \t]+)?$/iu;
function isDatedYear(text: string, span: SecretSpan): boolean {
  return span.end - span.start === 4 && span.label === 'password' && YEAR.test(text.slice(span.start, span.end)) && TIME_WORD_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start));
}

function isDocumentedExample(text: string, span: SecretSpan): boolean {
  if (span.label === 'national id') return ONE_DIGIT_THROUGHOUT.test(text.slice(span.start, span.end));
  if (!EXAMPLE_MAY_MEAN_FAKE.has(span.label) || span.end - span.start > 400) return false;
  const value = text.slice(span.start, span.end);
  return DOCUMENTED_EXAMPLE.test(value) || PLACEHOLDER_BODY.test(value) || ONE_CHARACTER_GROUPS.test(value) || fakeSpelled(value);
}

/**
 * Documentation also writes a token's place as its prefix and one character repeated (`ghp_xxxxxxxx…`,
 * `sk-XXXXXXXX…`, `Bearer ********`): no issuer draws a body of one character, so it is never a live value.
 */
const PLACEHOLDER_BODY = /^(?:[A-Za-z]{1,12}[_-]){0,3}([xX*#0.])\1{7,}$/;
/**
 * BB's round: the same stand-in in a key's grouped layout, three groups or more of one character between dashes or
 * spaces: the nil UUID `00000000-0000-0000-0000-000000000000` an `.env.example` leaves for a key, `XXXX-XXXX-XXXX`.
 */
const ONE_CHARACTER_GROUPS = /^([xX*#0])\1{3,}(?:[- ]\1{4,}){2,}$/;

/**
 * BD's round: a national ID of one digit throughout (`000000000000`, `0000-000000-0`) is a form's help text or a mask
 * showing how many digits go in the field: no country issues one. BM's round: so is one whose digits are all one digit
 * between a leading and a closing letter (`00000000T`, `X0000000T`): a Spanish DNI's or NIE's check letter of zeros
 * is `T`, so the sample passes the check that a real one does, and still names nobody.
 */
const ONE_DIGIT_THROUGHOUT = /^[A-Z]?(\d)(?:[- .]?\1){5,}[A-Z]?$/;

/** Kinds of value that a provider may issue for the browser (a comment beside one may say it is public). */
const MAY_BE_PUBLIC: ReadonlySet<RedactionLabel> = new Set(['api key', 'bearer token', 'jwt']);

/** Google API keys (`AIza…`) are issued for browsers as often as for servers (Firebase web configs, Maps JavaScript). */
const BROWSER_KEY_FORMAT = /^AIza/;

/**
 * A key public by design in its public place (`public-by-design.ts`: a `pk.` token, a DSN's key, a Firebase web
 * config's apiKey, an anon JWT) is kept; so is one that a comment after it, above it or its block, or the label
 * before it calls public — unless it is in a documented secret format (`sk-…`, `ghp_…`), which is secret whatever the
 * words say, save formats that providers issue for browsers too.
 */
function isPublicByDesign(text: string, span: SecretSpan): boolean {
  if (!MAY_BE_PUBLIC.has(span.label)) return false;
  if (publicByPlace(text, span)) return true;
  // A public token beside its secret twin would show the twin's opening: masked, whatever the words around it say.
  if (publicTokenWithSecretTwin(text, span)) return false;
  if (!declaredPublic(text, span.end) && !declaredAbove(text, span.start) && !labelledPublic(text, span.start, span.label) && !declaredForList(text, span.start)) return false;
  const value = text.slice(span.start, span.end);
  return BROWSER_KEY_FORMAT.test(value) || !isProviderKey(value);
}

/**
 * Published example values (jwt.io's token, the RFCs' examples) are never secrets, whichever rule would read them:
 * they are taken before any finder runs, as markers are.
 */
function markPublishedExamples(text: string, taken: Uint8Array): void {
  if (!text.includes('eyJ')) return;
  for (const payload of PUBLISHED_JWT_PAYLOADS) {
    for (let at = text.indexOf(payload); at >= 0; at = text.indexOf(payload, at + payload.length)) {
      let start = at;
      let end = at + payload.length;
      while (start > 0 && /[A-Za-z0-9_.-]/.test(text[start - 1]!)) start--;
      while (end < text.length && /[A-Za-z0-9_.-]/.test(text[end]!)) end++;
      taken.fill(1, start, end);
    }
  }
}

/**
 * AI's round: notes, chats and checklists write a label's value after an arrow as often as after a colon ("PIN tarjeta
 * → 677295", "DJANGO_SECRET_KEY → …", "Passwort ⇒ …"). The rules read such an arrow, between spaces, as the colon it
 * stands for: each finder reads a copy of the text with the arrow turned into a colon, of the same length, so that
 * every span stands where it stood. ASCII `->` and `=>` are code's operators, and left as they are.
 */
const ARROW = /(?<=[ \t])[→⇒⟶➜➔➝➞⟹](?=[ \t])/g;
/**
 * The same for an escaped line break in a JSON string (a chat export's `"text": "…\nAWS_SECRET_ACCESS_KEY: …\nSTORAGE_KEY:
 * …"`): before a setting's name (snake case, with an underscore or a dot) the two characters `\n` are read as a space
 * and a line break, so that a value ends where its line did and the next name starts a line. A PEM body's `\n` is
 * followed by base64, which has neither.
 */
const ESCAPED_BREAK = /\\n(?=(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+)[ \t]*[:=])/g;
const LONG_BLANK_RUN = /[ \t]{128,}/g;
/**
 * BM's round: the mark Oberon and its kin put after a declared name to export it (`CONST ApiSecret* = "…"`, or `-`
 * for read-only, `Key- := …`): read as a space, so that the name stands before its `=` as any language's does. Only a
 * mark run on to a name and followed by a space and the assignment (not `x *= 2`, not Markdown's `**Key** = …`).
 */
const EXPORT_MARK = /(?<=[A-Za-z0-9_])(?<!\*)[*-](?=[ \t]+:?=[^=])/g;
function findersView(text: string): string {
  let view = /[→⇒⟶➜➔➝➞⟹]/.test(text) ? text.replace(ARROW, ':') : text;
  if (view.includes('\\n')) view = view.replace(ESCAPED_BREAK, ' \n');
  if (/[*-][ \t]+:?=/.test(view)) view = view.replace(EXPORT_MARK, ' ');
  // A mistyped "password" (`mistyped-labels.ts`), read as the word, the length kept.
  if (/ss|sw/i.test(view)) view = passwordSlipsSpelled(view);
  // AQ's round: the word as other scripts borrow it, or Russian's and Spanish's slipped (`password-loanwords.ts`).
  view = passwordLoansSpelled(view);
  // A run of 128 spaces or tabs or more is read as as many line breaks: no label stands that far from its value, and
  // the rules' "[ \t]*…[ \t]+" around a label would otherwise try every split of the run ("password" and 40,000 spaces
  // took 56 s, quadratic). Line breaks, which the rules do not read as one gap, end that.
  if (/[ \t]{128}/.test(view)) view = view.replace(LONG_BLANK_RUN, (run) => '\n'.repeat(run.length));
  return view;
}

/**
 * Whether `resolve` is reading a window again (a digit-by-digit code joined, an aside left out): it does not read
 * again inside that reading.
 */
let readingAgain = false;

/**
 * Keeps, finder by finder, each span that overlaps neither a span already kept nor an earlier marker; returns them
 * sorted by position.
 */
function resolve(text: string, finders: readonly Finder[], known: readonly FoundValue[] = [], repeats = true): SecretSpan[] {
  const taken = new Uint8Array(text.length);
  if (text.includes('[redacted ')) {
    MARKER.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = MARKER.exec(text)); ) taken.fill(1, m.index, m.index + m[0].length);
  }
  markPublishedExamples(text, taken);
  markPublishedSecrets(text, taken);
  markCiphertexts(text, taken);
  const kept: SecretSpan[] = [];
  const view = findersView(text);
  for (const finder of finders) {
    // A finder with a trigger is skipped in a text that holds none of the words its regexes need.
    if (finder.trigger && !mayHold(finder.trigger, view)) continue;
    for (const span of finder.find(view)) {
      // The learned finder names a value by its shape only: it is judged public, or a documented example, as any key
      // would be, whatever name its marker will carry.
      const judged: SecretSpan = finder.name === LEARNED ? { ...span, label: 'api key' } : span;
      // Overlap first: most spans found again by a later rule stand where an earlier one took the text.
      let free = span.end > span.start;
      for (let i = span.start; free && i < span.end; i++) if (taken[i]) free = false;
      if (!free || isDocumentedExample(text, judged) || isMaskedDisplay(text, span) || isDatedYear(text, span)) continue;
      taken.fill(1, span.start, span.end);
      // BW's round: a number glossed as a postcode, an ID shown as a form's example (`values-glossed-as-public.ts`):
      // kept as it stands, as a key public by design is.
      if (isGlossedAsPostcode(text, span) || isGlossedAsReference(text, span) || isSampleId(text, span)) continue;
      // CA's round: a clock time's minutes and seconds (`parts-of-clock-times.ts`), a value taken back at once as
      // another thing's number (`values-taken-back.ts`).
      if (isPartOfAClockTime(text, span) || isTakenBackAsAnotherNumber(text, span)) continue;
      // CB's round: a value said to be no secret, asked what it means, a factory setting, a range's bound, a run of
      // bits, a security mode's name (`values-said-to-be-other-things.ts`).
      if (isSaidToBeAnotherThing(text, span)) continue;
      // CC's round: a machine's report code, a metronome mark, a dial's resting place, a release's name, a game's
      // answer, a code shown to everyone (`public-readings.ts`).
      if (isAPublicReading(text, span)) continue;
      // A key public by design is kept whole: no later rule may take it, or a part of it, under another name.
      if (isPublicByDesign(text, judged)) continue;
      // A value that opens nothing (a stored hash, a default local password, `user:passwd`) is kept as it stands: no
      // later, less telling rule may take it in part or with more around it.
      if (notACredential(text, span)) continue;
      kept.push(span);
    }
  }
  // CB's round: a code written digit by digit ("padlock is 3-7-1-9"), read by the rules with its digits joined
  // (`codes-said-digit-by-digit.ts`), and a value behind an aside in parentheses, read without the aside
  // (`values-behind-an-aside.ts`); neither again inside that reading.
  if (!readingAgain) {
    readingAgain = true;
    try {
      const readAgain = (window: string) => resolve(window, finders);
      for (const span of [...findCodesSaidDigitByDigit(text, taken, readAgain), ...findValuesBehindAnAside(text, taken, readAgain)]) {
        let free = true;
        for (let i = span.start; free && i < span.end; i++) if (taken[i]) free = false;
        if (!free) continue;
        taken.fill(1, span.start, span.end);
        kept.push(span);
      }
    } finally {
      readingAgain = false;
    }
  }
  if (!repeats) return kept.sort((a, b) => a.start - b.start);
  // Pushed one by one: a spread of hundreds of thousands of spans would overflow the call stack.
  for (const span of findRepeats(text, [...repeatableValues(text, kept), ...known], taken)) kept.push(span);
  for (const span of findEncodedRepeats(text, kept, taken)) kept.push(span);
  // AK's round: the other codes of a list whose first code was found, named only by what they open.
  for (const span of findCodesBesideFoundCodes(text, kept, taken)) kept.push(span);
  // AS's round: the other passwords of a line whose first was found, named only by what they open.
  for (const span of findPasswordsBesideFoundPasswords(text, kept, taken)) kept.push(span);
  // AZ's round: "also the till is …" on the line before or after a found password.
  for (const span of findAlsoLinesBesideFoundPasswords(text, kept, taken)) kept.push(span);
  // BW's round: the other value of a change beside a found password ("… (was …)", "A → B").
  for (const span of findOtherValuesOfAChange(text, kept, taken)) kept.push(span);
  // AU's round: a found password's list: the entries beside it laid out the same way, with a password's shape.
  for (const span of findPasswordsInFoundLists(text, kept, taken)) kept.push(span);
  // BC's round: a keyholder's bulleted list around a found password or code: places' codes and systems' logins.
  for (const span of findCodesAndLoginsInFoundBulletLists(text, kept, taken)) kept.push(span);
  // BC's round: a place's code said in the same breath or chat as a found password ("… opens with 7679", "and studio
  // door?" answered "2642").
  for (const span of findPlaceCodesBesideFoundPasswords(text, kept, taken)) kept.push(span);
  // BB's round: a place's code in a found password's sentence of comma-split clauses ("…, bar cellar hatch takes 0366, …").
  for (const span of findCodesInFoundSentenceLists(text, kept, taken)) kept.push(span);
  // BH's round: a lone number of four to six digits around a found password, in a sentence that names a place or a
  // code before it and no word that makes it another number's.
  for (const span of findNumbersBesideFoundPasswords(text, kept, taken)) kept.push(span);
  // CC's round: a second password of two capitalised words and a number, given as what a thing is, beside a found one.
  for (const span of findWordPasswordsBesideFoundPasswords(text, kept, taken)) kept.push(span);
  // BM's round: a second person's ID of the same kind and layout, said right after a found one ("… and my wife's is …").
  for (const span of findIdsBesideFoundIds(text, kept, taken)) kept.push(span);
  // AW's round: a found password's table column: the cells above and below it of a password's shape.
  for (const span of findPasswordsInFoundColumns(text, kept, taken)) kept.push(span);
  // AZ's round: a found key's list: the entries beside it laid out the same way, with a random token's shape.
  for (const span of findKeysInFoundLists(text, kept, taken)) if (!isPublicByDesign(text, span)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Replaces secrets (API keys and tokens, JWTs, private keys, passwords, cookies, card numbers and their security
 * codes, IBANs, US SSNs, national identity, passport, driving licence and bank account numbers, recovery codes, eSIM
 * activation codes, wallet seed phrases and keys; optionally e-mail addresses and phone numbers) with
 * `[redacted <kind>]` markers. Every rule reads the original text once, in time linear in its length.
 */
export function redactSecrets(text: string, opts: RedactOptions = {}): RedactResult {
  return redactSecretsWith(text, opts, null);
}

/** The name a learned finder goes by (learned.ts): its spans are judged public or not as a key's would be. */
const LEARNED = 'learned';

function findersWith(opts: RedactOptions, learned: Finder | null): Finder[] {
  const finders = [...SECRET_FINDERS];
  if (opts.email) finders.push(EMAIL_FINDER);
  if (opts.phone) finders.push(PHONE_FINDER);
  if (learned) finders.push(learned);
  return finders;
}

/**
 * The spans the rules, then `learned` (a finder from learned.ts, or none), take in a text; without `repeats`, the
 * repeats of found values are not looked for. For bench/redact-model.ts, which sweeps the model's threshold.
 */
export function secretSpansWith(text: string, learned: Finder | null, repeats = true): SecretSpan[] {
  return resolve(text, findersWith({}, learned), [], repeats);
}

/** `redactSecrets` with a given learned finder last, or none: bench/redact-model.ts scores models trained here. */
export function redactSecretsWith(text: string, opts: RedactOptions, learned: Finder | null): RedactResult {
  const spans = resolve(text, findersWith(opts, learned), opts.known);
  if (spans.length === 0) return { text, found: [], values: [] };
  const found = new Set<RedactionLabel>();
  const parts: string[] = [];
  let last = 0;
  for (const span of spans) {
    parts.push(text.slice(last, span.start), redactionMarker(span.label));
    last = span.end;
    found.add(span.label);
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), found: [...found], values: repeatableValues(text, spans) };
}
