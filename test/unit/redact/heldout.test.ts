import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';
import { formatScore, score, type Corpus } from './corpus';

/**
 * Corpora A to AA of issue 15, each written by a helper that had not read the rules (see
 * test/fixtures/redaction/README.md). The rules were fixed after their misses were seen, so they are regression sets
 * now, not held-out measures.
 */
const load = (name: string) => JSON.parse(fs.readFileSync(new URL(`../../fixtures/redaction/${name}`, import.meta.url), 'utf8')) as Corpus;

/**
 * Each corpus's shape, the floor it is held to, and what it still misses, with why no general rule takes it:
 * - kubeconfig_client_key (A): caught, but the score counts any 12 characters of the secret left in the output, and
 *   the (public) client certificate beside it starts with the same base64 of "-----BEGIN ".
 * - braintree_token (A, B): caught, but the token starts with `access_token$…` and the kwarg before it is
 *   `access_token=`, so the score finds 12 of its characters left in the output.
 * (A's `generic_secret`, a random value under a key named `x-shared-k`, is caught since round 2 by the rule for random
 * values under any name.)
 * - A's policy flips (G's round): the rule for keys public by design (test/fixtures/redaction/README.md) keeps what A
 *   labels secret: a `firebaseConfig` block's apiKey (firebase_config), a Mapbox `pk.` token under
 *   `mapboxgl.accessToken` (A's mapbox_secret_token; the `sk.` token in the same text is masked) and the keys of two
 *   Sentry DSNs (sentry_dsn). So A is held to its count (350/356, 98.3%), not to 99%.
 * - payment_api_key (C): the same Braintree token in the same kwarg.
 * - symmetric_key (C): a random value after "password file (.vault_pass):" — the words name a file, and a rule that
 *   took random values after any phrase about a file would take the file hashes and ids written the same way.
 * - password_prose (C, twice): "bank app login is his birthday + dog name: Rex19580412" (no password word, and
 *   "login is …: X" is how user names are written as often), and a sticky note quoted as "iLO admin — HPE-iLO!Rack4 —
 *   do NOT change" (a value between dashes after a user name, with "password" only in the next sentence).
 * - D: none since its round.
 * - E: none since G's round (its four false alarms, Sentry DSN keys and an anon key under an anon name, are kept as
 *   public by the rule for keys public by design).
 * - F: none since H's round (its last false alarm, a Firebase Android key as google-services.json's `current_key`, is
 *   kept as public by its place since then).
 * - G: none since its round (it missed keys printed by a command that prints secrets, PDO passwords, Postman's API-key
 *   auth, escaped JSON, backup verification codes, CSRF secrets, session cookies and keys named in prose, and an SMS
 *   code; and took public keys, a cache entry's key, placeholders, key ids, a Helm `…PasswordKey` and numbers the text
 *   names as other numbers).
 * - H (345/352 since round N; 344/352 after its own round; 90.6% / 3.9% before it): what no general rule takes:
 *   - basic auth url (3): the password in `https://user:…@host` is masked; H counts the scheme, user and host as part
 *     of the secret, and they are left to be read, as everywhere (the user and host open nothing).
 *   - national id (2): a Spanish DNI and a Portuguese NIF whose check letter or digit fails, and a Cartão de Cidadão
 *     number written with spaces; the rules take national numbers by their checksums, and a failing one is a typo
 *     or another number as often as a secret.
 *   - door code (1): "o alarme desliga com 6103" — the alarm code named by what it does, not by a name before it; a
 *     rule that took numbers after "with" would take prices and times.
 *   (its in-house service token, "a header X-Flags-Token. Mine is …", is taken since round N's "Mine is" rule.)
 *   - pushover keys (1): a 30-character key of small letters with three digits after `api_key` and a space; one-case
 *     values count as random only with digits throughout, or hex ids and words joined would be taken.
 * - I: none since its round (89.9% / 0.3% before it: keys given positionally to client constructors, an `apify_api_`
 *   token, a list of keys under one name, a token handed over in a sentence and used under its header below, VPN
 *   pre-shared and static keys, a Make webhook URL whole, labelled passport, codice fiscale and insurance member
 *   numbers, a PIN with what it opens between, passwords after a clause or in the next sentence, a new password in
 *   random case; and a default password in a `.env.example` the comment names).
 * - J (468/469 since its round; 90.6% / 2.7% before it): what no general rule takes:
 *   - german steuer-id (1): "Mein Arbeitgeber fragt nach der Steuer-ID. Laut Brief vom BZSt ist sie 31 …" — the name
 *     is a sentence before the number ("ist sie …"), and the number breaks the Steuer-ID's own structure (two digits
 *     repeated among the first ten, where a real one repeats exactly one), so the checksum rule does not take it
 *     either; a rule that took eleven digits after any pronoun would take phone and order numbers.
 *   J's one over-redaction is by the written rule, not a miss: a Supabase anon key beside the service-role key of the
 *   same project is masked as its public twin (test/fixtures/redaction/README.md).
 * - K (315/332 since round R; 311/332, 10/356 false alarms after its own round; 84.0% / 3.7% before it). Its round fixed codes a sentence names
 *   with words between (lock, locker, keypad, alarm, gym codes and combinations in seven languages), library card
 *   numbers, identity numbers named in Czech, Greek, Italian, Hindi and Indonesian (Aadhaar, NIK, PAN), tokens and
 *   passwords named a few words before their verb, JetBrains `perm:` tokens, `-p=`/`--password=` on login commands,
 *   passwords echoed into a password-file option, secret-named `config set` values; kept Zoom SDK keys, project
 *   tokens and AWS resource ids. What is left, and why no rule of this round takes it:
 *   - passport / id labelled (1): "DNI 87742017Y" — its check letter fails, and a failing DNI is left alone as in H
 *     (a typo or another number as often; `identities.test.ts` holds that rule).
 *   - not reached in the round's time, each with a general rule in view (recorded so the next round can take them):
 *     a file's contents printed after `cat` of a secret file whose name is not a known key file (chef data bag
 *     secret), `-t <uuid>` on an uploader (codecov token), `PGPASSWORD=` with a dotted value (password on
 *     command line), `keyPassword=` beside a caught `storePassword=` (android keystore), `bitcoin-cli importprivkey`
 *     with a WIF key whose checksum fails (crypto private key), a key as the argument of constructors not named as
 *     clients (`WeatherKit(…)`, `ftplib.FTP_TLS(host, user, pw)`, `sdk.init(…)`: positional key). Taken since: `-auth
 *     user:token` (jenkins credentials, round O), `user / password` in a chat reply to a request for a login and
 *     after "ssh'd into the AP with" (chat transcript secret, unifi controller; round R's user-slash rule).
 *   - hard to take without false alarms: a Hue bridge's user name (a random path segment after `/api/`, or a value
 *     called "username"; user names are left to be read everywhere else), ossrhUsername (a Sonatype user token under a
 *     user's name), Tuya's API secret and local keys after "from tuya.com:" / "of the plug is" (one-case hex or
 *     symbols after words that name no secret kind), Agora's app certificate (hex named "certificate", a word
 *     public certificates share).
 *   False alarms left: a Segment write key named in prose (public for a browser source, secret for a server source
 *   under the same name, and B counts the server one; the one in the browser snippet, `AnalyticsBrowser.load({
 *   writeKey })`, is kept since Z's round as the key a browser analytics SDK starts with), a Mixpanel token given to
 *   `initialize(token:)`, an Agora App ID a comment
 *   calls fine to expose, a 19-digit Discord id passing Luhn, a library call number after "κωδικός", i18n messages
 *   under `auth.password.*` keys, Mailgun/SendGrid header ids, `htpasswd -nbB user ''` (the empty password makes the
 *   next word look like one), an APNs device token.
 * - L (312/332, 0/335 false alarms since its round; 84.9% / 0.6% before it). Its round fixed the token as the user
 *   half of basic auth beside a throwaway password (`-u TOKEN:x`), an Authorization header with any scheme word and a
 *   user before the credentials (`whm root:…`), a UUID or random value right after "secret", a client call's literal
 *   after bare arguments (`Zotero(id, 'user', '<key>')`), a positional argument whose place a usage line in the text
 *   names, PINs and security codes joined to their number by any language's verb or a colon with words between
 *   (Tagalog, Vietnamese, Dutch pincode, Thai รหัส…, German compounds such as Deaktivierungscode, immobiliser codes),
 *   unlock patterns, "card no." before a library card's number, ten-character passport numbers, license and
 *   activation keys named with another language's verb, a remark in parentheses before a label's colon; and kept
 *   "your…password" stand-ins and passwords on a line that quotes the docs. What is left, and why:
 *   - OAuth client ids (16 texts: fedex-api, ups-oauth, amadeus, xero, quickbooks, personio, arduino-cloud): L lists
 *     the client id beside a client secret as a secret; the secret is masked in each, and the written policy
 *     (test/fixtures/redaction/README.md) keeps public OAuth client ids, so no rule takes them.
 *   - thingsboard (3): a device token as a path segment (`/api/v1/<20 random>/telemetry`); REST paths put record ids
 *     in the same place in the same shape (`/api/v1/<id>/status`), and nothing in the URL says token.
 *   - in-house-token (1): `itk_<28 random>` as a command's argument with no name before it; a rule for a lowercase
 *     prefix, an underscore and 28 or more random characters (longer than ULIDs, KSUIDs and TypeIDs) took Vercel's
 *     `prj_…` and `team_…` ids in E and K, which are written the same way.
 * - M (480/484, 0/366 false alarms since its round; 89.7% / 1.6% before it). Its round fixed codes and PINs named in
 *   Arabic, Hebrew, Japanese, Korean, Turkish, Finnish, Polish, Hindi and Swedish, codes that are words (pickup codes,
 *   guest Wi-Fi vouchers), security-question answers, gift card and top-up numbers, the Korean resident number, the
 *   Israeli identity number named in Hebrew, ITINs, Turkish passport numbers, RTMP stream keys, keys as a script's
 *   bare argument, keys after Turkish "API anahtarım" / "gizli anahtar"; and kept a docs-listed sandbox login, a `publicAccessToken`, a Maps loader key said to be
 *   restricted to a domain, an IMEI, a webhook signature header and `Read-Host`. What is left, and why:
 *   - crypto private key (2): WIF strings whose base58check checksum fails; the checksum is what tells a WIF key from
 *     any 51-character base58 run, and the words ("Electrum asks for WIF") sit too far from it to stand in for it.
 *   - positional key (2): 32 lowercase hex characters as a script's argument; a commit SHA prefix, an MD5 or a
 *     content hash is written the same way there, and nothing on the line names the place.
 * - O (380/392, 1/360 false alarms since its round; 88.0% / 0.8% before it). Its round fixed codes, PINs and passwords
 *   named in Romanian, Hungarian, Swahili, Tamil, Urdu, Norwegian, Danish, Ukrainian and Canadian French (the
 *   languages' words for password, code, of and is, PIN/PUK with another language's ending, NIP), access codes with
 *   letters named by what they are for (Steam Guard and backup codes, exam and proctoring codes, code words), till
 *   supervisor codes, CNIC, KRA PIN and РНОКПП by name and shape or check digit, PAN named in Tamil, a random key
 *   after `/api/` in a URL, `mcrcon -p`, `jenkins-cli -auth user:token`, a kubectl secret's field printed in base64,
 *   a one-case key after `--key`, Twitch stream keys by shape, a seed phrase named with Swahili and other languages' wallet words, spreadsheet (TSV) columns headed as passwords, PINs or
 *   a lock's code, an SSN glued to its label's colon; and kept a `LIKE '$argon2id$%'` pattern and a docs demo site's
 *   login. What is left, and why:
 *   - hue bridge username (1): a random value under `username:`; user names are read as names everywhere else.
 *   - door or gate code (1): "then code 111875": a bare "code" and a number is an error, order or item code as often.
 *   - sim puk (1): "PUK from the card holder is …": "from" before a PIN's number marks a year or a source
 *     ("PIN from 2019"), which the code-word rule keeps.
 *   - alpaca keys (1): the key id (`AK…` under `APCA_API_KEY_ID`) beside its masked secret: a name ending in `_ID`
 *     reads as an identifier, and the secret half, which opens the account, is masked.
 *   - positional key (1): a 25-character random argument to an unknown command with nothing naming it.
 *   - shipstation key pair (1): 32 lowercase hex as the user half of basic auth beside a masked password; hex of
 *     that length is a digest as often, and the secret half is masked.
 *   - not reached in the round's time, each with a general rule in view: a literal key as `hmac.new`'s first argument
 *     (webhook signing secret), `user / password` after "system user" (workday credentials) and after "admin at
 *     <host>:" (router admin password), words between "PSK" and its colon (vpn psk), the second line of an OpenVPN
 *     `auth.txt` (vpn psk), a UUID after "API token for the … St. store:" with a dot in the words (clover token).
 *   False alarm left: a 16-digit policy number after "Policy number"; H counts policy numbers as secrets (H's round
 *   masks them by name), O labels one a look-alike; H, a regression set, is kept.
 * - P (439/452, 0/364 false alarms since its round; 88.5% / 1.4% before it). Its round made the slowest rules cheaper
 *   first (anchored-finder.ts, fast-anchors.ts), then fixed passwords named in Korean, Thai and Vietnamese (비번, รหัส
 *   Wi-Fi, Thai words run together up to คือ, long Vietnamese qualifiers), codes named by a car radio, a till's void
 *   code, a valet or emergency code, a bare keypad, Swedish, Dutch, Polish, Vietnamese, Thai and Japanese code and
 *   object words, an alarm's code before its OFF key, claim codes in dashed groups, IRC-style chat answers and Swedish
 *   "lösen", Ghost Admin API keys and YouTube stream keys by shape, a CLI's login token below its warnings, T.C.
 *   kimlik and passports named with a longer owner, a key pair's short secret after its key, a strong password given
 *   as a service's login or named after it ("… — that's the new password"), a licence pasted as a base64 block, a seed phrase whose label is a list word ("seed: …"),
 *   and kept public test servers the text says are documented, a project token with an aside, a search-only key "for
 *   the browser", a Ghost Content API key in its public place, and a PIN column beside an address's columns (India's
 *   postal PIN code). What is left, and why:
 *   - hotel safe / door code (1): "master override for … safes … is 2411": "override" without "code" names a
 *     setting's value as often ("the override is 1").
 *   - etsy ebay keys (2): eBay's Cert ID (the secret under a name ending in "ID", read as an identifier everywhere);
 *     a ten-character one-case value under `…_SHARED_SECRET=`, which reads as a word or a setting.
 *   - upwork fiverr (1): `e-mail / Name.1234`: e-mail / password pairs need a password beyond doubt, and a dotted name
 *     with digits is how user names are written too (round N's tightening).
 *   - treasurer bank login (1): a bank login id of eight digits named only "ID".
 *   - security api keys (1): `shodan init <32 random>`: a CLI's argument with nothing naming it (as O's positional key).
 *   - fivetran airbyte (2): the key half of a key / secret pair and the user half of `curl -u key:secret`; the halves
 *     that open the account are masked, and a key id is kept as client ids are.
 *   - master password aloud (1): "LastPass master = …": "master" alone names a branch or a host as often.
 *   - lottery claim code (1): Japanese 当選確認コード; 確認コード is any confirmation code, not reached in the round.
 *   - passport / national id (1): a Vietnamese personal tax code ("Mã số thuế") ending in a letter, a shape no issuer
 *     uses that the round could check.
 *   - btc wif key (1): a WIF string whose base58check checksum fails (as M's two).
 *   - positional key (1): a 32-character random argument after another option's value, nothing naming it.
 * - Q (356/374 since round S; 353/374, 3/380 false alarms after its own round; 88.8% / 2.1% before it). Its round fixed a password beyond doubt a
 *   few words after a password word in any language (Chinese, Arabic, Indonesian, code-switched Spanish; a second one
 *   in the same sentence), Chinese password and door-entry code words, codes named by an accented object word (the
 *   "no code" words had ASCII boundaries that fell inside "portón"), Spanish and Portuguese lock boxes, national
 *   numbers named in more ways (an inflected henkilötunnus, Taiwan's 身分證字號, the Emirates ID, PAN with Hindi words
 *   between, a Russian passport's "серия и номер"), seed phrases named in Russian, Greek and other wallet words, a
 *   passkey's value, and a truncated private key before a full one; kept a US routing number with no account near
 *   it, a Brazilian CNPJ (a company's public number), a value a line says an official source uses, and a
 *   `hashed_secret`. What is left, and why:
 *   - zwave (1): Z-Wave S0/S2 keys under names (`S2_Authenticated: <32 hex>`) that say nothing of a key; 32 hex under
 *     a bare name is a digest or an id as often.
 *   - proctoring: caught since AB's round (the "override" in the sentence before names what the code opens).
 *   - tax-id (1): a Steuer-ID whose check digit fails, named a clause before ("ist sie …").
 *   - hotel-safe (1): "Hotel room safe — I set the code to 1357": "room" before the code marks room numbers, which
 *     the object-code rule keeps.
 *   - alarm-code, door-code (3): a second code in a clause after a masked one ("…, quello della cassaforte 31071990",
 *     "danach die Alarmanlage mit 2207#") with no code word of its own; and an intercom code with a Cyrillic letter in
 *     it ("27К4591").
 *   - private-key (1): the corpus counts a Kubernetes TLS secret's certificate line, which opens with the same
 *     base64 of "-----BEGIN " as the masked key, as a leak of the key; the certificate is public.
 *   - transcript (1): "the rcon pw for the rust server rusty_bolt_8812": a one-case password with an underscore,
 *     which is how server and user names are written too.
 *   - inhouse-token (1): a header's key named "the one for the tablets" a sentence after the header's name.
 *   - positional-key (3): a command's positional arguments with nothing naming them (as O's and P's).
 *   - game-server (1): a 7-digit setup code "printed in console"; "printed" marks output, which a rule keeps.
 *   (iot, `user / password` after "local user for …:", is taken since round R's user-slash rule; pacs, an Orthanc
 *   `"RegisteredUsers"` map, and mqtt, a Zigbee `network_key` as a list of sixteen bytes, since round S's users-map and
 *   byte-array key rules.)
 *   - mpesa (1): "Daraja passkey for Lipa na M-Pesa Online: <64 hex>": a passkey named in prose with words before
 *     its colon (the `passkey:` label alone is taken now).
 *   - wise (1): a UUID after "personal token" with no colon or verb; UUIDs are ids as often.
 *   - national-id (1): a Taiwan ID whose check digit fails.
 *   - cookie (1): an Instagram sessionid cookie percent-encoded, named a clause before the colon.
 *   False alarms left: a Segment writeKey the aside calls public in a question ("the docs say … is public, but can
 *   someone spam …?"; a question is no declaration); an Indian postal PIN code named "PIN code" with the locality
 *   after it (a PIN code before "is <place>" needs an address rule not reached); a Vault token accessor in a log line
 *   (its random value is taken by the random-value rules whatever its name).
 * - R (426/435, 0/340 false alarms since its round; 87.8% / 0.9% before it). Its round fixed a login written as
 *   `user / password` beside login words (SSH, a chat's "who has the login?", 로그인), a password named by the account
 *   it opens ("the router admin is now …") or logged in with ("inloggen met …"), password words in Persian, Hebrew,
 *   Swahili and other languages, a password after a reset given as what it is now, the Arabic comma after a value,
 *   codes named in more ways (a dial's combination a safe opens with, a PIN alone in parentheses, a gloss between a
 *   CJK word and its particle, Swahili "namba ya siri", Polish and Czech gate words, a keypad in the sentence before,
 *   a PIN given in the next sentence as what it is now), a password element with attributes (WS-Security), keys
 *   named in other languages before a colon ("API-sleutel:"), a positional argument whose place the prose names; and
 *   kept the Azure Storage emulator's published key, a length after a CJK password word and a quoted network name.
 *   What is left, and why:
 *   - pesel (polish), tax number romania CNP, tax id (ukrainian) (6): numbers named right before them whose check
 *     digit fails (and whose PESEL and CNP birth months, 18, 59, 58 and 38, do not exist); the rules take national
 *     numbers by their checks, and a failing one is kept as Q's Taiwan ID is (after-corpus-q.test.ts), a typo or
 *     another number as often as a secret.
 *   - national id labelled (korean) (2): resident numbers whose birth months (37, 96) do not exist; the Korean rules
 *     read the date, as the newer numbers carry no check digit.
 *   - loyalty PIN (korean) (1): the PIN is masked, but its four digits (4227) stand inside the member number beside
 *     it (342275410), which the score reads as the PIN left in the output; a member number is no secret.
 * - S (505/510, 0/353 false alarms since its round; 81.8% / 2.0% before it). Its round fixed national, health and
 *   immigration numbers named in more countries by their checks (Thai, Vietnamese CCCD, Saudi, Hungarian TAJ, Greek
 *   AMKA, the US Medicare MBI, Australian Medicare, German KVNR, A-Numbers, a personnummer in the next sentence, a UTR
 *   in parentheses, a state's DL), an MRZ's document number and an HL7 PID-19 SSN, codes a text message opens with,
 *   a PIN given as "the current one" or as what the writer set it to, "the code is …" after a sentence naming what it
 *   opens, access codes and passcodes in more languages, users maps, FTP scripts, passwords typed in other languages,
 *   random capitals in a password column, Wi-Fi keys right after their name, a Latin value right after a CJK password
 *   word, hyphenated passphrases and Word=digits, a password after the next sentence's verb, seed phrases in the
 *   other Latin-script BIP-39 lists, byte-array keys, random printable keys under a bare `key`, licence keys, hex
 *   after "secret", private keys named in more languages, passphrases and whistleblowing codenames, a value put in a
 *   credential header; and kept a safety number in five-digit groups, an identity number presented as an example, a
 *   secret store's reference, the user id after "password for", a key whose aside calls it search-only before a
 *   question, a specimen MRZ. What is left, and why:
 *   - mainframe logon password in script (2): py3270's `fill_field(row, col, 'E52TW55N', 8)` after the user id's
 *     field; the literal is a screen field's text, and nothing in the call names it (a rule would need to know which
 *     screen rows hold a password, or read every second literal of consecutive field fills as one).
 *   - password named a sentence away (3): "… with an admin account. I found a sticky note inside the case. It says
 *     Dynamo?797." and "the login for the house PC … Username is 'stage'. And then cPj#…": the value stands two
 *     sentences after anything that names a login, after words ("It says", "And then") that introduce any text; the
 *     round reads one sentence further only after a verb for "is", and a rule that took strong values two sentences on
 *     would take the next sentence's other values too.
 * - T (549/557, 2/335 false alarms since its round; 85.1% / 2.4% before it). Its round fixed identity and bank
 *   numbers by name and check in more countries (Mexico's CLABE and RFC, Argentina's CBU, a 24-digit RIB, the German
 *   identity card by ICAO's check, a British driving licence, the Ghana Card, Nigeria's BVN, a KVNR and a NIR named a
 *   clause away, passports and identity cards named in Greek and Hungarian, a US state between a licence and its
 *   number, a sort code beside an account number, an IBAN off its registry's length), passwords in more layouts (a
 *   value below a label alone on its line, password columns headed in more languages and a card table's cvc column,
 *   a value that opens its line before "— that's the password", filler words and relative clauses, letters in random
 *   case, "login is <user> and <value>", a value given as "it" after a sentence naming it), PINs with a possessive
 *   or a card's name ("PIN-nya", "PIN.SMC") and "code secret", product keys in dashed groups near licence words,
 *   set-up keys and backup codes under more languages' headings, seed phrases in the Korean and Chinese lists, an
 *   armoured licence's signature lines, a token in apposition, a SIP2 login's password; and kept a key the line
 *   above introduces as public in any language, a key in a page tag's data-…key attribute, and a token of one
 *   repeated character. What is left, and why:
 *   - CurseForge API key (2): the key has a bcrypt hash's shape (`$2a$10$…`), which every rule reads as a stored
 *     digest, not a credential; only the sentence says otherwise, and a rule that believed "API key" over the shape
 *     would mask the hashes people paste beside their keys.
 *   - seed phrase (tr wordlist) (2): BIP-39 has no Turkish list (its lists are English, the Romance languages, Czech,
 *     Japanese, Korean and Chinese), so no checksum or list says these twelve Turkish words are a phrase.
 *   - kubeconfig client-key-data (2): the key is masked; the certificate beside it begins with the same base64 of
 *     "-----BEGIN " (`LS0tLS1CRUdJ`), which the score reads as the key left in the output; a certificate is public.
 *   - Braintree/PayPal access token (2): the token is masked; its first twelve characters are `access_token`, the
 *     name of the argument it is passed to, which the score reads as the token left in the output.
 *   False alarms left: a Segment write key a hotel page loads (the corpus calls write keys public, but a server
 *   source's write key is a secret under the same name, so public-labels.ts keeps it out of the public kinds, as Q's
 *   round decided).
 * - U (447/450, 0/353 false alarms since its round; 90.0% / 4.2% before it). Its round fixed identity numbers in
 *   more layouts (each row of a table column its header names, `ni_number` over a NINO; a passport number after
 *   another name of the document, "Passport/Travel Document Number"; a passport MRZ's whole second line), keys,
 *   passwords and phrases in more formats (a PuTTY file's private lines with their MAC, an Android manifest's
 *   meta-data key, the plaintext a cracker printed after its hash, a token its issuer says it shows once, seed phrases
 *   in BIP-39's Japanese list), PINs and codes in more wordings and layouts (a PIN label alone over its digits, a PIN
 *   set by anyone or recalled, a safe's code after "the back-office", a PIN that is a password, a code read out in
 *   answer to a turn that asks for it), a password given as "the new one" after a reset, a key in a quoted curl
 *   header before the URL; and kept a value shown masked (`XXXX-XXXX-XXXX-1693`, `sk_live_…Ez7n`), an OAuth scope
 *   written resource:access, and a key an aside calls search-only before a tag question ("…, right?"). What is left,
 *   and why:
 *   - passport mrz in visa scan description (3): the second line is masked, number, birth date and expiry; but the
 *     line's filler (`<<<<<<<<<<<<<<`) is twelve characters or more, and the name line above holds the same run of
 *     `<`, which the score reads as the secret left in the output. The name line is the holder's name and the
 *     issuing state, no secret by the corpus's own note, so it is not masked to please the score.
 * - V (366/368, 0/352 false alarms since its round; 89.4% / 0.0% before it). Its round fixed passwords in more forms
 *   and wordings (a passphrase of four or more hyphenated words after a password word in any language; the English
 *   word with another language's verb, "el password es …"; a password changed "to" a value in more languages; a
 *   value handed on after the login was named, "She'll need this too: …"; a Wi-Fi key under its router label's name,
 *   "暗号化キー"), identity and account numbers named in more languages and layouts (driving licences, identity cards,
 *   passports after a plural or a possessive, the Philippines' SSS and TIN, a document's number given as sent in the
 *   sentence after its name, an insured's number with its owner between, the European Health Insurance Card, account
 *   numbers in Swahili and more languages), and codes and keys (a PIN with its owner and verb in more
 *   languages, a lock's code in Swahili and German compounds, a dial's dashed combination, a BitLocker recovery
 *   password by its check, two-factor set-up keys named in more languages); texts made up in the same round took
 *   further families (keys named with a verb, one-time codes named before them, birth and pension numbers by check,
 *   SSH2 key files, seed phrases under more wallet words). What is left, and why:
 *   - putty private key (2): the private lines and their MAC are masked, as U's round decided (`rules.ts` PUTTY_PRIVATE:
 *     the public lines and the header are the public key, kept so the question about the file still reads); V lists
 *     the whole file from its `PuTTY-User-Key-File-3:` header as the secret, so the kept header counts as a leak. A
 *     labelling disagreement, as A's public keys are, not a rule missing.
 * - W (421/431, 0/377 false alarms since its round; 80.5% / 1.9% before it). Its round widened families rather than
 *   strings: document numbers named in more languages with their case endings and in table columns (`passport_no`,
 *   `licence_no`), product keys under licence words and install commands in more languages (`slmgr /ipk`), backup
 *   codes below a heading with the account line between, seed phrases of any BIP-39 list numbered one word to a line
 *   (by checksum, no wallet word needed), a card's security code in more languages, below its name and in a form
 *   field, "the current one is …", a value named the password after it, in the next sentence or in other languages,
 *   login words in more languages, a checked number given as "it is …" in the sentence after its name, the Hungarian
 *   tax number by its check, codes with the number first ("6603 is the alarm disarm code"), recalled PINs and
 *   changed codes in more languages, a Wi-Fi network and its code on one line; and kept documented examples the docs
 *   "show" though the writer names what they use instead. What is left, and why:
 *   - passport mrz (en) [prose] (6): the second line is masked; its filler run of `<` is also in the name line, which
 *     the score reads as the secret left in the output (as U's MRZ above); the name line is no secret.
 *   - kubeconfig token + client key … (3 kinds, 3 texts): the client key is masked; the certificate beside it opens
 *     with the same base64 of "-----BEGIN " (`LS0tLS1CRUdJ`), read by the score as the key left (as T's above).
 *   - router admin password in backup ini [ja] (1): `admin_pass=PRC.efapq495_` is names joined by a dot, as a member
 *     path (`settings.db_pass2`) is written; every key-value rule keeps such values as code, and an INI section header
 *     above is too weak a sign to take all of them.
 * - X (385/388, 0/410 false alarms since its round; 88.4% / 2.2% before it). Its round wrote each family as broadly as it
 *   stays precise: a card's security code as the next number after its expiry under any name in any language (or in
 *   a table's next row), a code listed beside a password or a PIN under any word ("pw … / alarm …", "দরজার কোড … আর
 *   কার্ডের পিন …"), a PIN given as what someone said it is, identity numbers of more countries by their checks (the
 *   Baltic personal codes, the kennitala, JMBG, ЕГН, OIB) and Ethiopia's Fayda by its name, a number whose name heads a
 *   label running on to a colon, a British licence (no check digit) in its exact shape right after its name though its
 *   date part is none, passwords named in about thirty more languages, set off by commas, in random case with no verb, on the line
 *   below a clause saying so, a Wi-Fi key below its label under a network's name, backup codes named in more
 *   languages, a possessive in the clause before a token's colon, product keys under licence words in more languages;
 *   and kept a Supabase anon key as a client's key after a URL held in a name (its 9 false alarms). What is left, and why:
 *   - German KVNR (3): "Krankenversicherungsnummer für das Pflegeheim-Formular: P822594206" — the name heads the label
 *     and is taken so for a number that passes (`labelPhraseBefore`), but X's KVNRs carry no valid check digit (its
 *     note says so), and a KVNR whose check fails is kept, as S's round decided (`after-corpus-s.test.ts`: "Die KVNR …
 *     lehnt das Portal ab"): a letter and nine digits is any reference's shape, and the check is what says which.
 * - Y (410/410, 0/507 false alarms since its round; 75.1% / 1.6% before it). Its round wrote each family as broadly as it
 *   stays precise: lock, door, gate, safe and alarm codes named by a code word and the thing in about twenty more
 *   languages and scripts, a letter box's combination, a padlock's dial after its colon; PIN and lock-code columns of
 *   Markdown tables and CSV exports; codes listed under a heading that names them, each under a label of any words; a
 *   device's access code under a config key named for it; notifier URLs' random segments; keys after one-dash options
 *   and game-server settings; numbers that pass a national check under a generic identity-number name in about sixty
 *   languages, uncheckable numbers (Georgian, Armenian, Albanian, Nepali, Cambodian, Maltese, Nigerian) by their own
 *   word, "mine is" in more languages; account numbers named in more languages beside a bank; passwords, security
 *   answers, activation codes and backup codes in more wordings and scripts; and kept identity numbers and IBANs a
 *   sentence presents as examples (in many languages), a vehicle's insurance number among its public identifiers,
 *   another assignment as a label's value, docs quoted in other languages, while a public token beside its secret
 *   twin is masked whatever a comment says (its 8 false alarms and the twin). Nothing is left.
 * - Z (434/435, 0/442 false alarms since its round; 83.4% / 2.9% before it, 82.1% / 2.9% before Y's). Its round wrote
 *   each family as broadly as it stays precise, false alarms first: ciphertext envelopes (SOPS, Jasypt, Vault transit,
 *   Ansible Vault) taken whole, values a line quotes from docs, a wiki or a sample config, published TOTP seeds, values
 *   spelled as stand-ins, keys a browser analytics SDK starts with, Mapbox `pk.` tokens of any body, Razorpay and
 *   Flutterwave public ids, India's postal PIN at an address's end, a routing number where the text denies an account;
 *   then combination locks and their numbers in about forty languages, codes keyed in or disarmed with, code words,
 *   things and verbs of opening in more languages and scripts, PINs with a letter before them (MPIN, TPIN, UPI PIN) and
 *   any language's verb, a one-time code after a clause, password words in more languages and in scripts written
 *   without spaces, Wi-Fi key words in about forty languages, an app password's groups right after a label, a
 *   generated password after `user /`, identity numbers by check (Kazakh IIN, Uzbek PINFL, Belarus, Luxembourg) and by
 *   name or shape (PhilSys, FİN, Sri Lankan NIC, Myanmar NRC, "a.k."), personal-code columns, random keys in an API's
 *   path, bech32 secret keys by checksum, one-case random keys under a key name, `user:secret` pairs encoded for Basic.
 *   What is left, and why:
 *   - orchard irrigation controller password (Uzbek) (1 of 2): "login admin, parol gnAiiDBNWTYo." — letters only, in
 *     random case, after a password word with no verb; letters alone count as a password there only in random case
 *     without a run of six of one case (`randomCaseLetters`), as names with an acronym have one ("parseHTTPSRequest",
 *     "XMLHTTPRequest"), and this one has six capitals in a row. Its twin with a digit ("parol wb8Jfc1qt7iD") is taken.
 * - AA (422/424, 0/426 false alarms since its round; 85.1% / 3.8% before it, 84.4% / 4.5% before Z's). Its round wrote
 *   each family as broadly as it stays precise, false alarms first, by the rule that fired: a Supabase anon key as a
 *   client call's argument on its own line, a Maps key called referrer-restricted in more wordings, stand-ins that name
 *   whose value goes there, secret-manager references, an animal's passport, a game's join PIN, a player's PUUID, a
 *   vehicle's breakdown cover, "šifra" of a product, a courier's waybill number, postal codes beside code words; then
 *   codes said in prose by the sentence's shape in any language (a code word, whose it is, the verb for "is" or the
 *   verb last, the number, and the codes listed after it), a PIN named with its card and the number in parentheses, a
 *   secret in the sentence after the one that names it, TAC and Pidgin's "na", Cisco type 7, SNMP communities, WEP
 *   keys, OpenVPN's auth-user-pass file, Agora's app certificate, Ably keys, gift-card claim codes, identity numbers
 *   after a people's name or as "ID" beside another, NIDA, Nordic codes in columns, accounts beside an IFSC, Peru's CCI.
 *   What is left, and why:
 *   - belgian and dutch national numbers (1 of 1): "… geven hun rijksregisternummer, uit Nederland BSN. Voorbeeld uit
 *     inschrijvingen: 81.09.04-140.49 en 352236991." — both pass their checks, but "Voorbeeld" (example) opens their
 *     sentence, and the rule that keeps numbers a sentence presents as examples in many languages (since Y's round)
 *     reads it so; AA means a sample of real sign-ups. A rule that told "an example from the entries" from "an example
 *     number" would need the sentence's sense, not its words.
 *   - latvian and estonian personal codes (1 of 1): "personas kods 170161-177980" — six digits, a dash and six: no
 *     Latvian code's shape (DDMMYY-NNNNN, eleven digits with a check), and no other country's under that name; the
 *     Estonian isikukood in the same text passes its check and is taken.
 * - AB (404/406, 0/423 false alarms since its round; 85.5% / 2.8% before it, 82.0% / 2.8% before AA's). Its round wrote
 *   each family as broadly as it stays precise, false alarms first, by the rule that fired: an access key id an audit
 *   trail or a key listing shows with no secret beside it, a webhook signature header read with its earlier parts,
 *   Vault paths and lookups, a Maps key said restricted to a named site, xkcd's passwords where the text quotes the
 *   comic, network security modes never a password, a link's scheme colon after "password at", a member card's number
 *   without a PIN, a log's own field never a TOTP seed; then a password said alone in a short sentence after the one
 *   that names it in any language, a PIN or a code in such a sentence, codes said in prose with a keypad's star or hash,
 *   after a dash, without a verb after what they open, after a preposition, glued in Lao and Burmese, after a sentence
 *   naming the lock, more code, alarm and account words, an override's code, a PIN said with what it is for, codes sent
 *   to someone, dashed SMS codes, a card after a CSV's amount and its code after the expiry or on its back, command
 *   option pairs, Name/Value tables, a note's login, digits in a password column where the row names a lock.
 *   What is left, and why:
 *   - sri lankan nic (1 of 1): "ජාතික හැඳුනුම්පත් අංකය 992532725788" — twelve digits, but a new NIC opens with the
 *     birth year's four digits (19… or 20…) and an old one has nine and a letter; "9925" is no year, and no other
 *     country's number goes under that name.
 *   - secret in the middle of a long log (1 of 30): the card and its CVV in a payment log line are both masked, but the
 *     CVV's three digits ("655") also stand inside a sha256 digest elsewhere in the log, and the score looks for the
 *     value anywhere in the text; masking three digits inside every digest would take digests apart.
 * - AC (457/458, 0/452 false alarms since its round; 88.9% / 0.7% before it, 88.9% / 1.3% before AB's). Its round wrote
 *   each family as broadly as it stays precise, false alarms first, by the rule that fired: a tax number said as what
 *   goes on an invoice is the seller's, a trivial factory default a model's manual gives is no secret; then identity
 *   numbers under a form's generic "ID no." by their own checks, a password alone on a line below the line naming it,
 *   values spelled out or dictated (letters with their case, digits in words, phonetic words, symbols' names), PINs,
 *   combinations and lock codes said with what they open (a genitive after the code word, the opener before it, glued
 *   to it, after the number; a lock or door given its number with a keypad key), OpenWrt UCI secret options, a CSV's
 *   PIN column, sign-in links' one-time tokens, three-part bot tokens, WordPress sign-in cookies, a passphrase before a
 *   remark in parentheses, a recovery list's first code without digits.
 *   What is left, and why:
 *   - code-switched secret (1 of 14): "la clave del wifi es DwfaHgirJonpSV" — fourteen letters, no digit or symbol,
 *     their case changing as a camel-cased name's does (a capital before small letters, the last two capitals side by
 *     side at the end): the random-case test asks for two capitals together before a small letter to tell such a value
 *     from an identifier ("getUserByIdSV"), and a letters-only word after a password word is as often a name or a
 *     sentence's next word.
 * - AD (453/456, 0/428 false alarms since its round; 86.2% / 2.1% before it, 86.2% / 2.3% before AC's). Its round wrote
 *   each family as broadly as it stays precise, false alarms first, by the rule that fired: a routing number is masked
 *   only where an account is given beside it (its number word or other digits), not only named; a crash report's
 *   "CrashReporter Key" and other report ids are no keys; a signature header quoted in a sentence is a request's MAC; an
 *   identity number presented as an example in more languages; a tax number said as our company's is the company's;
 *   then SQL INSERT columns, a pipe table's code column, OCR-garbled password labels, LDAP bind passwords and SNMP
 *   communities by their config names, Django's generated keys and a key file's hex named with it, an account label
 *   with the bank in parentheses, BVN and the Irish PSP by name, the European health card's number, an ID's name with
 *   whose it is and "is", and lock, door and alarm codes with declined code words, compound openers, a house number or
 *   a value in parentheses, a lock and its "is", a keypad's next step.
 *   What is left, and why:
 *   - passport number with mrz lines (3 of 3): the number and the whole second MRZ line are masked, but the score reads
 *     any twelve characters of the line as a leak, and its run of twelve `<` fillers stands again in the name line,
 *     which is kept (U's round: the name line alone names no document, and AD lists it as a look-alike when alone).
 * - AE (527/544, 0/435 false alarms since its round; 85.3% / 2.1% before it and before AD's). Its round wrote each
 *   family as broadly as it stays precise, false alarms first: bank details a donation page, a website or a poster
 *   publishes (a donation word with a page word, or "shown on www…", in any language) are no secret, the writer's own
 *   account and donations asked into an account given for the first time stay; an order number in the sentence after a
 *   password word is another number; then known tools run by absolute path, code and login lists under long headings,
 *   Wi-Fi keys after up to ten words, a sort code beside an account number in any language, a credentials file's lines
 *   after "FILE contains:", a key's tail wrapped onto the next line and a password said to stand on two lines, digits
 *   dictated as words in some fifty languages after a code or lock word, a code after the padlock, safe or alarm it
 *   opens, a Wi-Fi name and key as a slash pair, password labels mistyped by one letter, every code of a backup sheet,
 *   the NZ IRD number, the UK NI number named in other languages and a South African ID after a Zulu copula's prefix.
 *   What is left, and why:
 *   - django secret key (5 of 5): the key is masked whole, but the text asks about "'django-insecure'" by name, and
 *     the score reads those fifteen characters, the prefix every generated key shares and no secret, as a leak.
 *   - password in prose (ti, tg, gd: 6), access codes in prose (hy, wifi: 1), code-switched password (1), secret quoted
 *     back to colleague (4): a password-shaped value whose label is in a language the rules do not read, or that has no
 *     label (quoted back, code-switched): the family of the label-free password rule written on main at the same time,
 *     left to it by the division of that round's work.
 * - AF (576/579, 0/417 false alarms since its round; 80.7% / 1.4% before it, after AE's). Its round wrote each family as
 *   broadly as it stays precise, false alarms first: a list of bad passwords after the value (", Summer2024, …") is
 *   examples, a UUID after "key ID" names the key; then a password of words with spaces, hyphens, dots, random case or a
 *   long digit run right after a password word in any language (with the shared word list grown by some twenty
 *   languages), a door, gate, alarm or voicemail code after a word for "code" in its many spellings and a word for what
 *   it opens in some hundred languages, UK driving licence numbers, Pakistani CNICs after an ID word, calendar-feed
 *   link secrets, restore and rescue codes, JAAS user names shaped as API keys, spaced passwords in links, commands and
 *   configs, and PIN columns of semicolon CSVs.
 *   What is left, and why:
 *   - wp-config salts and db password (1 of 1): one salt among eight holds `;`, `=`, `{` and `<`, which the quoted-value
 *     rules read as the end of a statement; a rule that read on past them would take the code after a string.
 *   - sim puk and pin (1 of 1): the PUK is masked, the new PIN stands after "PIN — I'll use", a dash and a verb; a rule
 *     that took numbers after "use" would take counts and versions.
 *   - code-switched es/pt passwords (1 of 1): the Wi-Fi passphrase is masked, the padlock's code stands after "el
 *     candado de la bodega" with no verb or code word; a rule that took numbers after a thing's place would take
 *     addresses and room numbers. * - AG (695/695, 0/511 false alarms since its round; 81.3% / 2.2% before it, after AF's). Its round wrote each family
 *   as broadly as it stays precise, false alarms first: a card receipt's AUTH / APPR code is the bank's approval, an
 *   update's KB number (or a CVE, an RFC, an ISO standard) after a password word is published, an animal's microchip
 *   or transponder number passes Luhn but is no card; then passwords in prose after the words of whose they are and a
 *   verb for "is" of many more languages (ni, ndi, ke, ne, ye, hè, em, ha'e, ca, tassaavoq, ହେଉଛି, হৈছে, kye, mooy,
 *   είναι, هي, היא, 是, glued ngu- …), before a verb that closes the clause (dha, है, आहे, ਹੈ, آهي, аст, です, 이야), after
 *   a preposition with no verb ("пароль от …"), or first in a Polynesian equative ("ʻO X ka ʻōlelo huna"), in
 *   more shapes (a word, a number and words; words joined by dots or underscores; generated dash groups; letters with
 *   digits or symbols from the first character; small words run together), with the password words of Dhivehi,
 *   Turkmen, Bashkir, Corsican, Occitan, Hawaiian, Tok Pisin, Guarani, Nahuatl, Greenlandic and Fijian; door codes
 *   with more languages' words for a door and a code, a keypad's `#` after the number, a lock app's "passwords"; SQL
 *   user passwords, literal keys of JWT and HMAC calls, a meeting's host key, a password manager's and a device's
 *   printed secrets, intent extras and variables a command reads its password from, a TOTP key offered when the QR
 *   code can't be scanned, generated passphrases in login pairs and after a Wi-Fi name in parentheses, the word an
 *   alarm company asks for, a PIN of the length the sentence before states, a RADIUS shared secret, a NINO under a
 *   generic "ID number". Nothing is left.
 * - AH (714/719, 0/526 false alarms since its round; 83.6% / 2.1% before it, after AG's). False alarms first: a chess
 *   position in FEN is a board, not a key; a count written on its Zulu or Xhosa concord ("ezingu-12") is a rule's. Then
 *   by families: passphrases of plain list words (BIP-39's English list, two thirds of the words at least) after a
 *   password word of any language, ended where the clause ends, before a word of another script or the next code's
 *   word ("… pottery kod do drzwi …"), with four words and a verb or colon after an English word; a later verb of the
 *   same clause when the first is a particle (Tongan "ki he … ko …"); a script-without-spaces word with digits and a
 *   symbol ("달님3827!"); a login given a value with a password symbol; the password words of Tigrinya, Samoan, Somali
 *   (furaha) and Kurmanji with its circumflex, Arabizi's "beta3 … howa"; door and alarm codes with an alarm's word in
 *   some twenty more languages, code words of Maori, Quechua, Samoan, Xhosa, Zulu, Somali, Igbo, Arabic (رمز) and
 *   Chinese (码), a capital letter before the digits ("A2920") and particles of scripts without spaces glued on either
 *   side ("codeは9960。", "code는 892842야"); a Wi-Fi key after the place's name with a colon, a verb or nothing
 *   between (not a network's name, a MAC address, a standard); a WIF-shaped key named as a private key though its
 *   checksum fails; a numbered seed phrase under "steel backup plate"; a recovery list mixing two code shapes; a mail
 *   relay's password map line (sasl_passwd); a safe's or padlock's combination with a lock named near it.
 *   What is left, and why:
 *   - ec private key in tls k8s secret base64 (4 of 4): the key is masked; the scorer's 12-character windows find its
 *     first and last base64 characters ("-----BEGIN ", "-----END ") in the certificate beside it, which is public
 *     and stays shown.
 *   - code-switched kurdish-turkish (1 of 1): the password stands after "şîfreya autoclave log"; "log" before a value
 *     says a log's line is quoted, which keeps error output; a rule that let it pass would take logs' values.
 * - AI (731/750, 0/500 false alarms since its round; 84.1% / 1.2% before it, after AH's). False alarms first: "the
 *   staff one is …" after "open, no password" (a password said to be absent names none); a default the maker ships
 *   every unit with ("Der Hersteller liefert … mit dem Standardpasswort 0000"). Then by families, by shape and layout
 *   more than by AI's words: codes on a note's short lines (codes-on-note-lines.ts: "place (code word): value" with the
 *   code's word of any language in brackets, "code place: value", a key box and where it hangs then its number, a
 *   duress code); a value after an arrow (→, ⇒) read as after a colon, and a JSON string's escaped line break before a
 *   setting's name read as a line break (index.ts); a mistyped "password" read as the word; passphrases of any list's
 *   words after a colon or "is", ended by the line, a bracket or a quote, in config literals, pgpass lines, user/pass
 *   pairs with two spaces between, and a phrase's first word no longer taken alone by the key-value rule; a config
 *   line's value with brackets of its own; a netrc's password of any shape; 64 hex digits under `*_PK` or a deployer's
 *   name; a bearer token with `=` inside; backup codes under "(backup)" after a code word of any language; a text
 *   message's code followed by "don't share it" in some twenty languages; a code read out digit by digit and written
 *   beside it (dictated-digits.ts); a password typed "into the … login" (typed-into-logins.ts); Wi-Fi's password word
 *   in more languages; a verb last in Malayalam, Tamil, Kannada, Telugu; Luxembourgish "ass".
 *   What is left, and why:
 *   - long wallet seed phrase in vet clinic / taxidermist minutes, wallet seed phrase in postit / handover, alarm code
 *     in telegram, staff account password in postit: runs of BIP-39 words whose checksum fails (the corpus drew them at
 *     random), with no seed word near them, or with a shorter window that passes by chance taken instead; real phrases
 *     pass the checksum, and unlabelled list words without it are prose as often.
 *   - long door code in kart track minutes ("kod an nor eo 62C118", Breton), long safe combination in scuba centre
 *     minutes and sim pin and puk in irc ("(kota)", "kota 94977"), wifi key in notion ("ger-tremen ar wifi:
 *     fkersytcbjm"), safe combination in chat ("код ад дзвярэй 74984 PIN …"), code-switched en+yo secret ("door code na
 *     27D563"): a language's word or a value's shape no rule reads yet (Indonesian "kota" is a city; a code of
 *     capitals and digits after "is" would take model names).
 *   - database password in curl command ("Bearer bramble garnet …"): words with spaces after "Bearer" are no token's
 *     shape.
 *   - revoked database password / datadog api key still labelled: the value stands in the next sentence after a
 *     question ("…, right? LKxwtpIJ — why …"), with no name of its own.
 *   - non-latin-script password (zh, am): "我的密码是熊猫190", "የይለፍ ቃሌ አበባ_8012 ነው": a word of a script without
 *     spaces, or of Ge'ez, with digits and no symbol; Chinese runs the verb into the value.
 *   - password with typo label (2 of 8): "login fr … PC: admin / wyoPmszo" (letters only, after a mistyped "for"),
 *     "the pass for … is SoNJkNPit" ("pass" alone names a ticket as often).
 *   AJ's round took six more (737/750): four seed phrases whose words are not all on the list, a passphrase after
 *   "password:" in a post-it, the Chinese password run into its verb.
 * - AJ (750/760, 0/500 false alarms since its round; 82.4% / 0.6% before it, after AI's). False alarms first: quoted
 *   words in prose ("defaults like 'password', '1234' or …") are no call's two arguments (rules.ts); a Kubernetes pod's
 *   name (`web-7cbqz9xk4m-w8h2t`) is no hyphenated passphrase, its random parts having no vowel
 *   (password-shaped-words.ts). Then by families, by structure and shape more than by AJ's words: a secret's word in
 *   any language, what it is for in brackets, then the value, with or without a separator, and the same word before a
 *   config's, an outliner's (`pin:: …`), a settings screen's dotted leader or a spreadsheet's next cell, or right
 *   before a keypad's digits (labels-with-qualifiers.ts: the value judged by its shape alone — digits, letters of any
 *   script with digits or a symbol, a passphrase of small words and digits, a licence key's groups); passwords in a
 *   chat's loose words ("the pw is …", "the code for the X is …", "log into X for me its …", "change … on the X",
 *   keys pasted into a chat: casual-password-mentions.ts); a seed phrase of the right length whose words are not all
 *   on BIP-39's list, after its word or in quotes (seed-phrases-of-any-words.ts, before the list rule that would cut
 *   it); backup codes numbered one by one (numbered-backup-codes.ts); whatever follows Bearer in an Authorization
 *   header (bearer-header-values.ts); Django's key without its prefix and Laravel's `base64:` key by shape, a Rails
 *   key under `SECRETKEYBASE` (framework-keys.ts); a Makefile's `?=` and a declaration's type before `=` (`Const X As
 *   String = …`, `x: string = …`); a card's code after the expiry with commas, after `cvv::`, in a spreadsheet's cell.
 *   Of the 124 misses fixed, 121 fell to rules of structure or shape (the bracket, the layout's separator, the value's
 *   shape, the header, the key's alphabet) with the word lists the rules had before; three needed a word added for
 *   AJ's languages (Latin "tessera", "numerus arcanus", "pled-clav"), added with some thirty other languages' words.
 *   What is left, and why:
 *   - htpasswd hash in nginx config (10 of 10): `user:$apr1$…` and `user:$2y$10$…` are stored hashes, which logs no
 *     one in; older corpora (AD, AF, E, F, G, I, K, L, O, V, Z) hold such hashes as look-alikes, and masking them
 *     would turn those into false alarms. A rule would need to tell "a hash I leaked" from "which algorithm is this?".
 * - AK (724/753, 0/550 false alarms since its round; 80.2% / 0.5% before it, after AJ's). False alarms first: an account
 *   a notice says donations are welcome into ("Donations welcome: IBAN … (Club Fund)") is published, in some twenty
 *   languages' words for "welcome" (published-bank-details.ts). Then by families, by shape and structure first: a code
 *   word with any language's inflection or article on it ("codul", "koden", "codigopax"; door-codes-any-language.ts)
 *   and a keypad's `*` before digits; the other codes of a list whose first code was found, named only by what they
 *   open ("…, the shower block is 4471": codes-beside-found-codes.ts, no words read); a PIN's or a PUK's digits right
 *   after the word or after "it's" (pin-numbers.ts); a key-shaped value a few words after "wifi", the one word every
 *   language borrows, and after a router's word with "it's" (values-after-wifi-words.ts); "X is what I set it to", "I
 *   set it to X", "the old one was X" (set-to-values.ts); plain-word passphrases with a number or a symbol after them,
 *   ended by a stop or a laugh (passphrase-values.ts); layouts: `#define SECRET_PASS "…"` (define-macros.ts), a
 *   password between `{Tab}` and `{Enter}` (keystroke-logins.ts), `Password1 …;` and `stats auth user:…`
 *   (directive-passwords.ts), Go's `smtp.PlainAuth` and `Twilio.init` (basic-auth-calls.ts), a token handed over on
 *   the line below "Use this token …:" (shown-once.ts), "user X pass Y" (login-pairs.ts). Of the 120 misses fixed,
 *   about 100 fell to rules of shape or structure with no word of AK's; some 20 needed words added for AK's languages
 *   (Manx coad, Kikuyu namba and mũrango, Tibetan ཨང་གྲངས, Hmong rooj, Chechen неӀ, Ossetian дуар, Ewe ʋɔtru, and verbs
 *   for "is": је, у, yog, to, ta, yw, है, ནི). What is left, and why:
 *   - linux shadow hash (3), cisco running config (3, `enable secret 5 $1$…`): stored hashes, as AJ's htpasswd ones;
 *     older corpora hold such hashes as look-alikes.
 *   - openvpn auth file (2): `cat …/auth.txt` then a user line and a password line; a bare line after a bare line has
 *     no shape the rules could tell from any two lines of output.
 *   - mikrotik export (2): `wpa2-pre-shared-key=` takes a spaced passphrase to the line's end; the key-value rules
 *     read one word after `=`, and only the first is masked.
 *   - google sheets cell with comment (2): `E4: $Glacier07` in a row of cells whose header is not given.
 *   - google keep checklist (2): "garage door 16683" in a list, no code word, no verb, no keypad mark.
 *   - tyre shop alarm code (2): "Alarm at the bay 134776 then press OFF" with no code word or keypad mark, and a
 *     second code in the next sentence without one either.
 *   - three plain words with no number, said in a sentence that goes on ("heslo na wifi je sorrel walnut thistle.",
 *     Czech; "the password is marble hazel indigo xd", Bambara+English kept since AI's rule for three words needs the
 *     line's end); a passphrase right after the word with no verb ("password kettle … 74 grazie", "şifresi button …",
 *     Turkish, Italian, Ossetian, Hindi, Tibetan; "the hall wifi is X, password falcon kettle …!." in English): a sentence in a language the rules do not know has the same shape
 *     (Somali and Hmong password rules in AB, AF, AH, AJ).
 *   - misspelled or mutated words ("hselo", "пароьл"), a value quoted back with no label, "=Ир71" (four characters
 *     after Ossetian у), "ger-tremena Truru-tansys90" with no verb, one recovery code in letters only among others.
 * - AL (674/680, 0/490 false alarms since its round; 85.4% / 0.2% before it, after AK's). False alarms first: an IBAN
 *   on a charity's poster read as a card number is the same published account (not-credentials.ts). Then by shape and
 *   structure: a code named only by what it opens, no code word ("lockbox B2516", "alarm is 6269", "Keysafe: C1479",
 *   "for the locker punch 27965", "C9404 for the back door"; codes-by-what-they-open.ts) and a keypad's `*` after the
 *   digits; a value a subtitle's cue break parts from "the login is" (subtitle-cues.ts); an LDIF `userPassword::`
 *   base64 value that decodes to no `{SCHEME}` hash (ldif-passwords.ts); a run of three or more backup codes of one shape
 *   on a line (backup-code-runs.ts); plain-word passphrases in quotes after a Wi-Fi's or a password's word, ended by a
 *   number after a Wi-Fi's word, or after "user X pass" and "login: X /" (phrases-after-wifi-and-password-words.ts);
 *   HAR and Postman `{"name": "sid", "value": …}` pairs (name-value-objects.ts); a value after a password's word and one
 *   or two short particles of any language (values-after-particles.ts); passwords by their shape alone, capitalised
 *   words joined by hyphens or run together with a number, a word with digits and a symbol
 *   (generated-password-shapes.ts); TeX `\newcommand{\wifikey}{…}` (define-macros.ts), `wlan.connect(ssid, key)` and
 *   `DBI->connect` (connect-calls.ts), plain-word passphrases in a password column (structured.ts), and a few words
 *   for doors and "number" in Mauritian, Kashubian, Tahitian, Fula, Tetum, Bislama and Dutch dialects. Of the 93 misses
 *   fixed, about 80 fell to rules of shape or structure that read no word of AL's. What is left, and why:
 *   - non-Latin-script password in casual English chat (1): "I reset it, now 草莓蛋糕1773" — Han letters and digits with
 *     no password word; Chinese text writes words and numbers together ("第3章2024") as often.
 *   - login password plus wifi key (1): "phasiwede yanga ndi IAMKzqnS6-qhi9" — Venda's password word, not in the list;
 *     a random token after an unknown word and a particle is how ids and tags are written too.
 *   - passwords in Org-mode table (1): "bearing awful before cube" in a password column — "before" is a sentence's word,
 *     and cells with such words are notes ("same as before") as often.
 *   - random string password in casual English chat (1): "tried ANcM?vhjjE*y and it says wrong password" — the `?`
 *     reads as a question's end, and the value comes before its word.
 *   - alarm code and password in out-of-office reply (1): "shared mailbox password velvet common candy." — three plain
 *     words right after the word with no verb, quote or number; a sentence has the same shape (AK's list above).
 *   - long notes with secret in the middle (1): "ti password ko ket -S&V+vhoRQmKB-LKT" — the leading `-` reads as an
 *     option's dash; taking values that start with one would take command lines' flags.
 * - AM (723/768, 0/512 false alarms since its round; 78.0% / 1.2% before it, after AL's). False alarms first: Travis'
 *   and AppVeyor's `secure: "<base64>"` is ciphertext only the CI opens (ciphertexts.ts). Then by shape and structure:
 *   calls whose signature places the password (`database('db','user','…')`, sbt's `Credentials(realm, host, user, …)`,
 *   `NetworkCredential`, `.login(user, …)`; connect-calls.ts), `mc alias set NAME URL ACCESS SECRET`
 *   (object-store-aliases.ts), Bundler's `BUNDLE_<HOST>__<TLD>` logins (host-named-keys.ts), a token after `/t/` or
 *   `/token/` in a link (api-path-tokens.ts), `-pw` values opening with a dash, `key.password=Word1234.word`, a vendor
 *   prefix before a dashed product key, IBANs of the countries outside the registry (Morocco and 22 more, mod 97), a
 *   dotted RUT under any ID label and a HETU said later in its sentence; passwords by shape alone (word+digits+joiner
 *   +word, word+digits+symbol, leet with a joiner and digits, random tokens with inner symbols, a word of another script
 *   than the text's run into digits, lower-case hyphenated words with a number; generated-password-shapes.ts); a PIN
 *   and its digits with up to three short words of any language between (pin-numbers.ts); a code asked for in an
 *   exported chat (WeChat, LINE, KakaoTalk, WhatsApp) and given as the next message (asked-codes-in-chat-exports.ts); a
 *   code read back twice (read-back-codes.ts); a Wi-Fi key of digits or plain words after a Wi-Fi word
 *   (wifi-key-phrases.ts); a checkbox-bulleted backup-code sheet (code-sheets.ts); a message's sign-off in some seventy
 *   languages as a clause's end (sign-offs.ts); and door, alarm and code words in more languages (Sepedi, Romani,
 *   Kabyle, Bemba, Toki Pona, Darija, Hokkien, Konkani, the pager's ALM). Of the 124 misses fixed, about 95 fell to
 *   rules of shape or structure that read no word of AM's. What is left, and why:
 *   - plain-word passphrases (15) after a password word with no verb the rules know ("seqdec marble teapot north",
 *     "entra kon …", "bi̍t-bé kái chò copper flute north", "parolu wobbly lantern kites 98 yaptım") or after "is" in a
 *     long English clause ended by "cheers"/"lmk": words a sentence is made of, in languages the tables lack.
 *   - digits only after a verb of use or change (11: "just use 1013902507 to get into", "mi change it to 525575",
 *     "gamitan me ing 6013995530 ban", "nanpa len mi li 8014"): a number after "use" or "change to" is a quantity or
 *     a setting as often.
 *   - random tokens without an inner symbol (8: "lt4T7iXwF30EKDOyrDe", "Q6cDudPuUPr0", "OGssu=IfodvTFC",
 *     "%UhJgcoplzsFSsf-"): analytics write keys, SDK keys and nonces in the older look-alike sets have the same shape.
 *   - "Saudade46?" and "Bounce02-": a word and two digits before a question mark or a dash is a brand's name
 *     ("move to Cafe24?") as often; "L34dlin3Tanne_22" has two leet swaps, not three; "نخلة5096" in an Arabic text is
 *     that text's own script; the old of two passwords in "from 7067164 to …"; PINs after "lcode dyal lcarte" and
 *     "الرقم السري للبطاقة" (no PIN word); "le dgiicode c'est" (a misspelling) and "the code is 7832 for the staff room"
 *     (no door or alarm word before the digits).
 * - AN (757/808, 0/533 false alarms since its round; 78.7% / 0.4% before it, after AM's). False alarms first: a pair
 *   whose password repeats its user name in a sentence about a product's docs, sample or default is the shipped
 *   default (passwords.ts). Then by shape and structure: a value whose shape says secret (4-12 digits, a word of any
 *   script run into digits, random-case letters, a random token after a token's or a private key's word) a few letter
 *   words of any language after a password's or a code's word (values-after-secret-words.ts, which also adds the
 *   "secret word" of the Romance, Germanic and Slavic languages and regional spellings of the password word); digits
 *   after a verb of keying in of some forty languages, or alone after a short note line's words and a colon
 *   (codes-keyed-in.ts); a passphrase of four to seven plain English words after a password's word in any sentence,
 *   a config line or a quoted argument, or before "as the password" (word-phrases-after-secret-words.ts); `{PLAIN}` and
 *   Jetty `OBF:` values (plaintext-schemes.ts); constants declared with their type (Ada, Kotlin, Swift, Go, COBOL's
 *   PIC clause; typed-declarations.ts); pgbouncer-style quoted user/password pair files (quoted-pair-files.ts);
 *   "I set supervisor to X" after a password's word (set-to-values.ts); Sentry `sntrys_` tokens of any body. Of the 121
 *   misses fixed, about 100 fell to rules of shape or structure that read no word of AN's. What is left, and why:
 *   - digits and values after words or bridges none of the tables hold (19: Piedmontese "a-i va", Võro "kuud"
 *     (Estonian "months"), Hakka and Shanghainese 撳/揿 after a place, Inuktitut ᓇᓴᐅᑦ, Sanskrit प्रवेष्टुं, Northern Sami's
 *     code word after another number on its line, Zazaki "Koda berî" after a redacted value, a Kölsch note with "un
 *     dann" after its digits, Jèrriais "ch'est" after a comma): each needs a word AN alone holds.
 *   - plain-word passphrases (6) after a bridge the rule does not take (Piedmontese "a l'é", Ladin "nueva ie" after
 *     "d'ordin", Zazaki's trailing copula, "Zugang: user / …", "wifi for volunteers …", Tcl's "user:phrase" in a base64
 *     call): taking any word as a bridge takes the sentences of those languages too.
 *   - hyphenated word passphrases with digits after "a l'é"/"est"/"jo" (3), two symbol-laden tokens ending in `^l`, `^N`
 *     (2) and "X de contraseña" with the value first (1): the value rules' shapes and the languages' copulas.
 *   - layouts (20): a Jetty realm's `user: password, role` line, Drupal's `hash_salt` (no rule takes a value by the
 *     name "salt" yet; framework-keys.ts is where it would go), a BIOS note's "admin 648585", "unlocked with" in a
 *     "Ride log" (a log's word bars it), a weather station's 8-character key, a Confluence table's "Secret" column, a
 *     Linear issue printing `sk_live_CxEN...` (a prefix and an ellipsis is a masked display everywhere else), a Google
 *     Docs answer "it's 039806" to a Wi-Fi question two lines above.
 * - AO (782/852, 0/567 false alarms since its round; 79.0% / 2.5% before it, after AN's). False alarms first, as
 *   families: a CI platform's reference to a stored secret (TeamCity `%vault:…%` and `credentialsJSON:<id>`, a store's
 *   secret name as a path of an environment and a secret's word, `prod/app/db-password`; not-credentials.ts); code that
 *   reads the value from the environment after its receiver (`password := Smalltalk os getenv: …`); a card or its code
 *   after "test card" in a payments language (and Adyen's test number in the published list); a donation's account
 *   the text calls public ("público", "öffentlich", "公开") or prints on a poster ("cartaz", "Plakat", "affiche");
 *   a Supabase anon JWT after a label with words between ("anon key for the app (public, RLS on):"). Then by shape and
 *   structure (values-after-secret-words.ts): after "I changed it, now …" in some seventy languages' words for now,
 *   after a computer's or a Wi-Fi's word and a verb of typing of any language, after "WPA key" / "clé wifi", a value
 *   whose shape says secret, now also a generator's hyphenated words with or without a number, a word, a symbol and
 *   digits in any script, letters, digits and symbols changing class often, and a passphrase of four to six list words
 *   (half of them BIP-39's at least, so that a sentence of another language is no passphrase); the bare word "code"
 *   where its digits close the clause, and "code" in the scripts that borrow it (कोड, کوڈ, コード, 코드, קוד);
 *   generator shapes read alone (generated-password-shapes.ts: `plank-oyster-vivid-27`, `Walrus%318&`, `꽃게=5520`,
 *   `Puffin57_`); "portal: user / value" with a word run into digits, digits or list words (login-pairs.ts); a share
 *   link whose fragment is the key (link-fragment-keys.ts); a kubeadm bootstrap token (bootstrap-tokens.ts); a seed
 *   phrase as a numbered list, one word a line (seed.ts). Of the 109 misses fixed, about 85 fell to rules of shape or
 *   structure; the word lists added (now, computer, code in other scripts) are broad rather than AO's. What is left:
 *   - bridges no table holds (22): "entra con …", "got in with …", "the new one is …", "the one for the gas bottles
 *     is …", "it is …" mid-sentence with no password word, Karakalpak "… jaz", Tausug "i-type in", a Pangasinan
 *     "i-type so" three words after the computer's word, Sakha "кистэл тыл" (secret word), Buryat "нюуса үгэ", Vietnamese
 *     "mk:", a Hindi "पासवर्ड … है" with a value cut at `?`, values that start with a symbol (`$x?b!b0…`, `_quJk…`,
 *     `-qx%1q…`, `&&XE=…`) that VALUE cuts at `!`/`?`; short words run into digits (`мёд1722`): each needs a word AO
 *     alone holds or a shape that also takes prose; a plain-word passphrase after a computer's or a Wi-Fi's word
 *     whose words are not all on BIP-39's list (advice about laptops is such a run too).
 *   - codes by what they open or hold (22; a card's "código de atrás 364", three of them, read since BF's round): a
 *     safe's `38-32-60` after "safe … office:", "the code's 6745 for the side door" (the digits do not close the
 *     clause), "use 0066 to get in", a PUK "from the card" (a word that names another number), a GSM alarm's `4498#0`
 *     commands, a GPS tracker's `begin736384`, Réunion Creole "kod la port" ("port" names a network port elsewhere),
 *     printed backup codes in one row with no word.
 *   - layouts (26): Consul's `SecretID:` and Vault's `secret_id` UUIDs (a UUID is read as an id), PagerDuty's
 *     `routing_key` (AMQP's routing key is no secret), a GCP key file's `private_key_id` (the key's id; its key beside
 *     it is masked), Zabbix's PSK printed by `cat *.psk` on its own line, SNMP's `rwcommunity X`, Nagios's `$USER4$=`,
 *     Tcl's `set plc_pass "…"`, "Serial: XXXXX-…" licence keys of letters and digits, a kubeconfig whose certificate
 *     shares the base64 of "-----BEGIN " with the masked key (the scorer reads the shared 12 characters as a leak), a
 *     stage sheet's "PROD-NET key PSTYrr…" (random letters with no digit), "Scouting app admin: ropealto098" (a user
 *     name's shape), Israeli ID numbers after "מספר זהות" (no check of the Israeli ID yet; ids-by-name-and-check.ts is
 *     where it would go).
 * - AP (785/803, 0/552 false alarms since its round; 86.9% / 0.5% before it, after AO's). False alarms first, as
 *   families (not-credentials.ts): a value that names another value the same text assigns (SAS `&pw` after `%let pw`,
 *   Stata's `` `pw' `` after `local pw : env …`, `$pw`, `%pw%`), a macro call that reads the environment
 *   (`%sysget(…)`), a secrets file's address (`file:///run/secrets/…`). Then by shape and structure: a keypad's marked
 *   code (`465D`, `*3880`, `6342#`) after any code word or a combination's, the bare code word's digits before a
 *   list's dot or a sign-off's dash (values-after-secret-words.ts); identity numbers after the bare word for an
 *   identity document by their own checks, HKID, Taiwan's, Uruguay's cédula, South Africa's (ids-after-an-id-word.ts);
 *   a Junos `$9$` secret (network-device-secrets.ts); a NATS nkey seed (nkey-seeds.ts); a password element's `<Value>`
 *   (password-elements.ts); a secrets file's `name:secret` lines below its path (secrets-file-entries.ts); a literal
 *   piped into a command that stores a secret (piped-secrets.ts); a one-word name ending in PW (`DBPW`); a logon
 *   method's and Groovy's `Sql.newInstance` password (connect-calls.ts); a run of plain words after a password's word
 *   set off by another script or ending in digits (word-phrases-after-secret-words.ts); any typed shape right after a
 *   password's word (leet, a leading dot or digit, `word.word88`, an `=` inside) and after a CJK copula written on
 *   (`密码是…`); "changed it to", "reset to", "the new one is", "the new login for … is"; "user / plain words" after a
 *   login's or an account's word (login-pairs.ts). The password's word in more forms: 비번, 암호, 패스워드, парол-
 *   with its endings, الباسورد, mot-de-passe, jelszó, lozinka, contraseña. Of the 87 misses fixed, about 70 fell to rules
 *   of shape or structure with no word AP alone holds. What is left (18):
 *   - a plain-word run after "password" in a Latin-script sentence of another language with no digit and no other
 *     script around it (Buginese, Navajo, Garifuna, Dagbani: 4): English words and that language's words are both
 *     Latin letters, and no list tells them apart; the run with digits on its end is taken.
 *   - door codes (5): Marshallese "kōta eo *9818" (no code word of that language), "code 639204, kare e …" and "code
 *     26531, le dirr …" (plain digits before a comma and a clause of a language no table holds), Korean "금고 번호는
 *     757C" (번호, "number", names any number).
 *   - no password word (5): "it's glaze-ferret-rotor btw", "entra com warbler-furlong-…", "it's cagecard kiln …
 *     btw", "HeadsetEsports=50 yung password" (the value before the word), "pass của claims portal là buoy-bail362"
 *     (English "pass" is a verb as often; three words between).
 *   - "password reset to $4ddl3m4dd3r%655 by IT" (1): "reset" names another value after a password's word everywhere
 *     else; the changed-value rule takes it only where the shape is a generator's.
 *   - "SCADA: operator1 91piton@surety" lines (3): a system's label, a user and a password with nothing between; a
 *     rule for "label: word value" lines takes any two-word field.
 *   - Kabardian "паролыр 22bronco.esports" (1): taken alone, but "wrong password?" earlier on its line marks what
 *     follows as a password said not to be the one, as it does in English's "wrong password, not hunter2".
 * - AQ (894/903, 0/508 false alarms since its round; 87.4% / 1.4% before it, after AP's). False alarms first, as
 *   families: a SOPS envelope shown with its fields elided (`data:...,iv:...`) is the same committed ciphertext
 *   (ciphertexts.ts); a password policy's range of lengths ("8〜64文字", "8~20자", "8至16位") is a count. Then by shape
 *   and structure: the bare code word in any script with its article written on, then digits that end their clause
 *   ("акод 8051", "бжэм икод", "কোদ", "ကုဒ်…", "Your code: …"), save an error's, a postal area's (India's PIN code in any
 *   script), an authorisation's, a registry's code; a number named by what it opens ("금고 번호", "門ぬ番号や", "kagi nu
 *   bango", "སྒོ་ཨང་") (codes-after-a-bare-code-word.ts); a lower-case "pin" and digits where no electronics is named
 *   near it; two backup codes after a second factor's word, digits in groups ("2fa: 92073 48716 / …"); "password" as
 *   other scripts borrow it (পাসৱার্দ, ပါစ်ဝဝ်ဒ်, پسرود, パス before its particle) and Russian's and Spanish's slips
 *   (паорль, апароль, cnotraseña) read as the word (password-loanwords.ts); a plain-word run set off by an emoji, a
 *   dash or an ellipsis; "try X, that should work", "entra con X", "login is my email + X"; "the admin one is X",
 *   "new one X" after a rotation; set-to in more languages ("quedó en", "auf … geändert", "… yaptım", "kar diya");
 *   "it's X btw" in a list of logins (values-said-in-asides.ts); a router's printed key of digits and capitals after
 *   "wifi"; a value of every character class after any short label and its colon (labelled-random-values.ts); a bare
 *   `key:` under a block named for what it is for (`api:\n  key: …`, nested-config-keys.ts). Of the 105 misses fixed,
 *   about 80 fell to rules of shape or structure with no word AQ alone holds. What is left (9):
 *   - two passwords listed (4): the second item's value with no password word on its line ("mk Coyote_turnip70 nhé"
 *     beside "mk [masked]? nhé"), in Meitei letters ("ꯃꯤ9054!"), or a plain-word run ended by a comma and a word of
 *     another Latin-script language ("password ibá island willow octopus ase,"), or by the line's end ("the password's
 *     timber heron quartz pickle paddle"): a line's end or a comma ends English prose as often.
 *   - Cherokee "ᏗᎦᏃᏣᎳᏅᎯ Meadow.hickory35" (1): the language's word for a password, no rule's list holds it.
 *   - Japanese "ドアコのード 654110" (1): a garbled katakana "code" no rule reads.
 *   - Mixtec "contraseña kuu gravel dragon dagger, ña …" and Spanish "contraseña shadow tulip bucket quartz ojo con las
 *     mayúsculas" (2): a plain-word run ended by a comma or running into that language's words, as above.
 *   - a Datadog key before "— that is the datadog api key" (1): hex of 32 with the key's name after it; a 32-hex value is
 *     a checksum as often, and the name after it would need a rule that reads backwards.
 * - AR (737/740, 0/510 false alarms since its round; 88.6% / 0.2% before it, after AP's and AQ's). The false alarm
 *   first, as a family: an airline's e-ticket number (13 digits, "e-ticket", "ETKT", "billet électronique", "电子客票",
 *   "航空券番号") passes a card's check one time in ten and is printed beside every booking (card-context.ts). Then by
 *   shape and structure: an identity number whose name follows it in the same sentence ("Mine is … — is that the
 *   right format for a codice fiscale?"), for every format whose last character is a check over the rest (the value
 *   with it changed fails), 27 of the misses in eleven formats with no word AR alone holds (national-ids.ts); a key
 *   named like a secret in more syntaxes (`*_PAT`, a Ruby symbol's subscript `knife[:…_token]`, a password with a dot
 *   in it, a quoted `--set "KEY=…)…"` argument, a secret's value made as people make passwords); the net-snmp tools'
 *   `-A`/`-X`, `pihole -a -p`, mosquitto's `-P`; digits said apart ("2, 7, 6, 0, 0, 5", "9-7-7-7-1") beside the same
 *   number joined; a key or a passphrase in groups (Matrix's security key, Signal's 6×5 digits, a licence's serial)
 *   and a long hex key after a key's word (values-after-secret-words.ts); a list-word phrase that is its line alone;
 *   an IBAN with a group too many after its name; the PIN's possessive, CJK's "PIN码：", the Indic scripts' पिन; a
 *   locker's "number" of five digits or more; "use 1260 to get in" in several languages; an aside's code where the text
 *   names a lift, a controller or a panel; "admin / …", "account …: user / …"; "try X — that's what Y used"; a quoted
 *   value "(without the quotes)"; "log in with the code X"; a run of plain words after a password's word and a copula
 *   or a colon. Of the 81 misses fixed, about 60 fell to rules of shape or structure with no word AR alone holds.
 *   What is left (3):
 *   - Albanian "fjalkalimi i wifit i ri chlorine kid nitrate ulat." (1): no copula or colon hands the run over, and
 *     without one a run after a password's word is the sentence's own words as often ("ein Passwort heute mindestens
 *     sein?", "kata sandi Anda kepada siapa pun").
 *   - "the note on the monitor says ulat sattel azimuth nitrate" (1): no password's word at all; a note that "says" a
 *     run of words is a quotation as often.
 *   - "wifi reset, new key reel uppercut jab photon" (1): "key" alone, the Wi-Fi's word a clause before; a new key is a
 *     door's as often.
 * - AS (795/876, 0/565 false alarms since its round; 84.7% / 0.0% on the rules at session 43's start, 84.8% / 0.0%
 *   after AR's round). By shape and structure first: tax and citizen numbers of five more countries by their published
 *   checks, named up to a clause before (Colombia's NIT, Peru's RUC, Moldova's IDNP, Slovenia's davčna številka, the
 *   Dominican cédula; Saudi Arabia's ID named further back: ids-by-name-and-check.ts); an option named like a secret in
 *   any command-line syntax (`+rcon.password "…"`, `-admin_password …`, `/ApiKey:…`) and a registry's `apikey --key`
 *   or `setapikey` (secret-named-options.ts); a credentials file's three-field lines (davfs2's URL user password,
 *   exim's host:login:password: credential-file-triples.ts); a literal piped into a command that reads a password from
 *   its input (`| kinit`, `| sudo -S`, `| smbpasswd -s`: piped-secrets.ts); the other passwords of a line whose first was found
 *   (passwords-beside-found-passwords.ts); a generator's shapes near a password's word in any language or its
 *   loanword's spelling (`glacier-dune-2933`, `WalnutGlacier707`, `Orchid.21772`, a random run: generated-password-
 *   shapes.ts). Of the 52 misses fixed, about 33 fell to rules of shape or structure with no word AS alone holds (the 19
 *   numbers needed their formats' names).
 *   What is left (81), by family:
 *   - a run of plain words in another language's sentence, with or without a password's word ("I hab's gschwind
 *     g'ändert, jetzt isch's nimbus raven mango tamarind", "troquei a senha, agora é lantern nimbus orchid") (about 30):
 *     without a copula or colon in a language a rule reads, such a run is the sentence's own words as often.
 *   - a bare value after "changed it, now …" in a small language with no password's word ("Kugantimi, anne wattua
 *     30946014", "Ni i cincize, cwale ki 6845006") (about 12): digits or a plain word alone, no shape to read.
 *   - the second password of a line where neither was found ("the shop tablet is gecko-lichen-7406, the till is …")
 *     and two logins on two lines ("admin Meadow.48346 / staff 826739") (6).
 *   - a gift card's "Card no." (4), a top-up voucher's PIN in four groups (3), a Grandstream provisioning file's P34
 *     (3), a padlock "is now 0467" (3), a terminal's "merchant password … changed it to 2006" (2), a router's "SSID … /
 *     key …" with a plain or digit value (3), a Gotify token of 15 characters in a link, a seed phrase cut by its
 *     own earlier words, a service's key a clause or a sentence after its word (8: "twilio auth is …", "Key for the
 *     datadog account (production): …"; a rule for them masked hashes and ids in older corpora): each a layout or a
 *     word no general rule reads yet.
 * - AT (705/746, 0/604 false alarms since its round; 82.0% / 2.8% on the rules at session 43's start, 82.6% / 2.8% after
 *   AR's round, 82.7% / 2.8% after AS's). The false alarms first, as families: a Mapbox `pk.` token of claims alone,
 *   without its signature, is the public kind (public-by-design.ts); a Wi-Fi's value that its own clause says has no
 *   password ("Free Wi-Fi: … — no password") is the open network's name, and a config's `login=` line beside its own
 *   `password=` line is the user (not-credentials.ts). By shape and structure: camel-cased words joined to a number,
 *   words in leet, two non-Latin scripts run into a number (generated-password-shapes.ts); values a config's layout
 *   makes secrets (a `secrets:` block's key-shaped children, CouchDB's `[admins]`, 3proxy's `users name:CL:…`, chrony's
 *   and ntp's key files, a Wi-Fi card's `Key:` under its `Network:`: secret-config-blocks.ts); a PIN constant with its
 *   type (PLC structured text: typed-declarations.ts); a password sent by the keystroke call after the one that ended
 *   on Tab (keystroke-logins.ts); the NHS number, Iran's national code, Guatemala's CUI, Kuwait's civil ID and
 *   Malaysia's MyKad by their checks or structure, named before, after or in the plural, and with Vietnam's CCCD and
 *   the Czech/Slovak birth number under a generic name (ids-by-name-and-check.ts, ids-by-any-name.ts); a backup-code
 *   run set off by dashes; digits right after a Wi-Fi word as a note's list item; a value before "same user as …"; a
 *   plain-word run after a password's word and an Arabic or Devanagari copula.
 *   What is left (41), by family:
 *   - a door code in a small language's sentence, its word a loan of "number" or a word no rule reads, digits alone and
 *     a place in brackets ("Ula numpa na 39817 (oast house, …)", "numeru jindesti 7423 (…)") (20 texts): digits after
 *     "number" in any language are a phone's, an order's or a room's as often.
 *   - a password in a small language's sentence whose word for it no rule reads (Umbundu, Tiv, Shipibo, Mandinka,
 *     Chuukese, Kaqchikel, Plains Cree, Pohnpeian, Afar, Pitjantjatjara, Kanuri), the value digits alone, a run of plain
 *     words or a random draw without two digits (17 texts, 5 of them code-switched pairs whose big-language door code is
 *     caught): each such word is one language's, and the values have no shape to read alone.
 *   - a run of plain words after Italian's "è" or Turkish's bare word ("la password è …", "şifre …"): a Latin-script
 *     language's own words follow its copula as often ("la password è scaduta ieri sera"); a Hindi "पासवर्ड है" before a
 *     random run of small letters and symbols with no capital (`-i+f_…`) (3).
 *   - a notary deed's margin note "'registry e-portal: =7-^…'" (1): a random run in one case after a label with a hyphen.
 * - AU (740/765, 0/619 false alarms since its round; 85.1% / 2.4% on the rules at session 44's start, 85.2% / 2.4% after
 *   AT's round). The false alarms first, as families: an access key id whose secret the text says is kept elsewhere
 *   ("secret in the vault"); a framework's change-me default set off by marks (Symfony's `!ChangeMe!`: values.ts); a
 *   value of separators only, a PHP member access cut at its arrow, a message about the password ("Wrong password"),
 *   a piece of a data URI's base64 (code-and-message-values.ts); an Italian policy sentence's words after its "e"
 *   (generated-phrases.ts: "every" and "months" in the big languages). Then the misses, by shape and structure: a
 *   keypad's star or hash (`*9589`, `7796#`), a lock's lettered code after a code word (`B4865`), digits before a
 *   keypad's next step or said to be the code "now (changed …)", digits said as words after a verb of keying in
 *   (keypad-shaped-codes.ts); what a password manager or a keychain prints, a key printed once under "API key for
 *   '…':", an Expect reply to a password prompt, a network OS's type 0 secret (printed-and-scripted-secrets.ts); a
 *   webhook URL before the keys it holds (Google Chat) and Mattermost's hook id on its own host (rules.ts,
 *   webhooks.ts); a WordPress cookie in a table or a dict; a card's code after a slash; "use X" / "try X" answering a
 *   question for a key or a login (use-this-replies.ts); a found password's list (passwords-in-found-lists.ts); a
 *   spelled run with plus and dot; the word as Latin-script languages borrow it ("Paaswoud", "paaswordiyaa",
 *   "Lösenuordeð": password-loanwords.ts); a code answering a question in Vietnamese, Russian, Turkish, Chinese,
 *   Japanese or Korean (asked-code-replies.ts); Venezuela's RIF, El Salvador's DUI, Paraguay's RUC and Nicaragua's
 *   cédula by their checks, Egypt's, Sri Lanka's, Costa Rica's and Indonesia's numbers by structure under their
 *   country's or ID's name (ids-of-more-countries.ts).
 *   What is left (25), by family:
 *   - a password or a door code in a small language's sentence whose words no rule reads (Inari Sami "peittisääni
 *     lii", Zhuang "mizmaj dwg", Hindko "… ae", Marquesan "'o", Wallisian "ko", Shan, Q'eqchi', Edo; 11 texts, some of
 *     them pairs whose English secret is caught): each such word is one language's, and digits or a plain value after
 *     an unknown word are a count's or a name's as often.
 *   - backup codes in a sentence's comma list with no code word before them ("I still have …, … and … left from the
 *     … list") (3): a run of same-shaped tokens with no word for codes is a list of ids or SKUs as often.
 *   - a password said in prose with no word for it ("I set the card reader to …", "it should be … unless someone
 *     changed it", a handover's "courier account login …", "it is now …" after the reset) (4), and an e-mail and a
 *     password split by a slash with a plain value (1): without a password's word or a shape, the value is a name.
 *   - one entry each of a Fluent Bit `http_Passwd` line, a PaaS CLI's `--value` of plain words, an EDN `:api-key`
 *     UUID (UUIDs are ids by policy, save named services'), a CVV as "the 3 digits on the back are …", a spelled
 *     password's literal repeated after it, a list entry whose label ends in another field's word ("on-call phone — …": a phone's number as often) (6).
 * - AV (729/750, 1/602 false alarms since its round; 79.2% / 9.3% on the rules at session 44's start, 79.5% / 9.3%
 *   after AU's round). The false alarms first, as families: a value under a name that says it is a hash
 *   (`Password_PBKDF2=`, `password_digest:`) and qBittorrent's `@ByteArray(salt:digest)` (hashes.ts), a password's
 *   word joined by an underscore to more of a setting's name; an empty password (`ServerPassword=""`) read as none, not
 *   as the next setting; a handover sheet's row whose own cell says the value is an identifier (MAC, serial, IMEI,
 *   device or terminal id, policy no.) and a MAC address in any password column (structured.ts); a form tool's record
 *   number ("Submission #…", card-context.ts) and record token ("Submitted … · token …"); an open network's name with
 *   the copula right after it (not-credentials.ts). Then the misses: a password after the login in a command that
 *   creates an account (`pocketbase superuser create …`) and one a program's log line says it made
 *   (account-create-commands.ts); six more countries' identity numbers by their checks or structure
 *   (ids-of-further-countries.ts) and North Macedonia's EMBG in Latin letters; tables drawn with box characters or
 *   written as HTML, a "Value" column beside a column of users, joined-word passphrases and lock codes under "Secret";
 *   a card's code as "the digits on the back are …"; a thing's login reset to a value; a Convex deploy key; a Wi-Fi
 *   key under its network's name (keys-under-network-names.ts); "creds for … <user> <password>" (creds-for-pairs.ts);
 *   a value with a remark on how to type it or an arrow pointing at it (values-with-remarks.ts); a code after its
 *   purpose ("the code to get into … is still …"), three digits a lock opens with, digits before the lock they open, a
 *   note line after a handwritten aside (codes-keyed-in.ts); a key box set to its code; an alarm panel's keys as the
 *   next step; a code word's digits closed by a quote or a box border, or past a password run on to letters before
 *   them; joined-word passphrases after a password's word; a NATO-spelled run past "question mark" and a code said in
 *   hyphenated words; the first of a row of backup codes; a random token after what it is for.
 *   The false alarm left is a policy number in a fixed-width sheet ("Insurance  policy no.  GN8-…"): corpus H counts
 *   a policy number named right before it as a secret (everyday-codes.ts), so the rule stays.
 *   What is left (21), by family:
 *   - a password or a door code in a small language's sentence whose words no rule reads (Cimbrian "… iz …",
 *     Istro-Romanian "ascunsa vorbă … ie …", Skolt Sami "peittsääʹnn lij …", Nheengatu "… suí: …", Dungan "… шы …",
 *     Tzeltal "snumeroal … ja' …", Khoekhoe "… dis ge … a ī", Amis "kodo … i, …"; 13 texts, some of them pairs whose
 *     big-language password is caught): each such word is one language's, and digits or a plain value after an unknown
 *     word are a count's or a name's as often.
 *   - codes shaped as years ("2037 then OFF", "key in 2012 on the sim", a Khoekhoe "… 2035 a ī") (3): four digits
 *     from 1900 to 2099 are a year's as often, and the rules leave them.
 *   - one entry each of a SIM code with no code word ("the sim in the router …"), a safe that "opnes" (a slip) with a
 *     dial's numbers, an all-small-letters Wi-Fi key after a quoted network name, dotted plain words in `docker run -e
 *     POSTGRES_PASSWORD=…` (a member path's shape), and a padlock code that is caught but whose three digits stand
 *     elsewhere in the long text (the scorer counts them as left) (5).
 * - AW (455/459, 0/291 false alarms since its round; 91.9% / 1.7% on the rules at session 45's start, 93.0% / 1.7%
 *   after AV's round). The false alarms first, as families: an AWS access key id under a heading that says the list
 *   holds ids only and the secrets are in a vault ("Inventory of accounts (IDs only, secrets are in the vault):",
 *   not-credentials.ts); a phone number with its area code in brackets a few lines under talk of backup codes, read
 *   as the list's first code (labelled.ts). Then the misses, by shape and structure: Cyprus' TIC and Guinea's NIFp by
 *   their checks, Andorra's NRT, Tunisia's matricule fiscal, Kyrgyzstan's PIN and Kosovo's personal number by
 *   structure under their own or their country's name (ids-of-six-more-countries.ts); a header-less login table's
 *   column where one cell was found as a password: its other cells of a password's shape, joined words, or a lock's
 *   digits (passwords-in-found-columns.ts); a chat's "name / key" reply to a question for the Wi-Fi or a login
 *   (name-slash-key-replies.ts); digits before a keypad's own key ("… : 532820 then #", "then the tick") and digits
 *   keyed in on a thing named with a room when a keypad step follows; a Terraform variable block named for a secret
 *   with the value as its default (variable-block-defaults.ts); the password in a Go MySQL DSN (`user:pass@tcp(…)`,
 *   go-mysql-dsns.ts); a login pair said to be the login "now"; a key after a Russian case form of "API key"
 *   ("API-ключом:"); a password after the English-based creoles' "be" for "is".
 *   What is left (4), by family:
 *   - a door code or a password in a Samogitian sentence ("Duru kuods īr …", "Slaptažuodis nu … īr …"; 3 texts, one
 *     beside a Portuguese password that is caught): "kuods" and "īr" are that language's, and digits or a value after
 *     an unknown word are a count's or a name's as often.
 *   - a Vietnamese door code whose sentence switches to English between the code's word and its value ("Mã cửa the
 *     print room là …") (1): a room named between a code's word and the digits makes them a room's number as often.
 * - AX (456/462, 0/290 false alarms since its round; 85.1% / 1.0% on the rules at session 46's start and after AW's
 *   round). The false alarms first: all three were one rule's mistake, a namespaced id as a log field's value
 *   (`cache miss key=sku:1113e761d44c`) read as a `user:password` pair on lines that name a portal
 *   (passwords.ts). Then the misses, by shape and structure: Zimbabwe's national ID and Senegal's NINEA by their
 *   checks, Malta's ID card, Bahrain's CPR, Jamaica's TRN, Panama's cédula, Honduras' DNI, Bangladesh's NID, Rwanda's
 *   national ID and Tanzania's NIDA number by structure under their own or their country's name
 *   (ids-of-ten-more-countries.ts); a door named by its place with its code right after and nothing between ("side
 *   gate 0160", "server room door 97710", codes-after-a-named-door.ts); a list item's number said to have been changed
 *   ("* control room: 6098 (changed Sept)", codes-said-to-have-changed.ts); DeepL Free keys (a UUID and `:fx`) and Tor
 *   `ADD_ONION ED25519-V3:` keys (rules.ts); a literal printed with `printf %s '…'` or piped into `vercel env add` or a
 *   command naming a LUKS key (piped-secrets.ts); the `>password` of a Redis ACL rule (redis-acl-passwords.ts); a
 *   bare `key:` under a YAML parent named for keys (APISIX's `admin_key:` list, keys-under-a-key-list.ts); Arabic's
 *   "the code" beside a card number as its security code.
 *   What is left (6), by family:
 *   - a door code or a password in a Lule Sami or a Lojban sentence ("… uksa kåvdå la …", "Bassabáhko la …", "lo
 *     kanji be le vorme cu du zoi gy … gy"; 4 texts): the words are those languages' (written from memory by the
 *     corpus's writer), and digits or a value after an unknown word are a count's or a name's as often.
 *   - a card's CVV that is caught but whose three digits stand inside a trace id elsewhere in the long log (the scorer
 *     counts them as left) (1).
 *   - a labelling conflict (1): the corpus lists a `.ROBLOSECURITY` cookie whole with its `_|WARNING:…|_` prefix; corpus
 *     C's label and the rule take the session after the warning, which is the same public text in every such cookie.
 * - AY (455/464, 4/288 false alarms since its round, all four one labelling conflict; 83.4% / 8.3% on the rules at
 *   session 46's start, after AW's round and after AX's). The false alarms first, by family: the name of a stored
 *   secret given to a secrets CLI (`gcloud secrets versions access latest --secret=acme-smtp-password`) and the long
 *   option after it (secret-named-options.ts, passwords.ts); Dynaconf's lazy `"@format {env[…]}"` values and a
 *   prefix left for the value ("duffel_test_REPLACE_ME", values.ts); Pusher's app key, which the browser client ships
 *   (public-labels.ts); a PIN a digest test names as its input ("// test vector for PIN 0000",
 *   test-vector-inputs.ts); BIP-32's published test-vector master keys (crypto.ts). Then the misses, by family: a
 *   board of codes written "Place … 1234 + enter" (codes-on-leader-lines.ts); the IDs of Morocco (ICE by its mod-97
 *   check, CIN), Algeria (NIF), the Faroes (P-tal), Qatar (QID), Botswana (Omang), Zambia (NRC), Oman (civil number)
 *   and Mongolia (register number) under their own or their country's name (ids-of-nine-more-countries.ts); Oracle
 *   logons of expdp, impdp, sqlldr, rman and dgmgrl, `etcdctl --user`, `p4 -P`, `user:password@host` of curlftpfs and
 *   CVS pserver, Bundler's credentials for a gem source, `shodan init` (command-lines.ts); MySQL's C
 *   `mysql_real_connect` (connect-calls.ts); Stellar secret seeds and XRP family seeds by their checksums
 *   (stellar-secret-seeds.ts, xrp-family-seeds.ts); a JWK with its private `"d"`, whole (jwk-private-keys.ts); Troy
 *   cards (luhn.ts); "Use USER / PASSWORD for …" (use-login-slash-password.ts); a key-named request header holding
 *   hex (`-H "Key: …"`, key-named-request-headers.ts); `SECRET_NAME -> value` notes (secret-names-with-arrows.ts);
 *   Algorand's 25-word passphrases (seed.ts).
 *   What is left (9 misses, 4 false alarms), by family:
 *   - a labelling conflict (4 false alarms): AY calls a Scaleway access key (`SCW` and 17 capitals and digits) the
 *     public half of a pair; corpus J lists it as a secret, and the rule keeps J's policy.
 *   - an OpenSSH ECDSA private key that is masked whole, beside its public line (2): the private blob holds the public
 *     key, so the public line repeats a run of the same base64 and the scorer counts it as left.
 *   - a JCL FTP step's login as the input line after the host (" user PASSWORD", 2): two words on a line of a job's
 *     input are a dataset's or a command's as often, without a rule for the FTP step's input.
 *   - a door code after "cdoe" (a letter-swap typo of "code") and a place (1): the typo alone names nothing (the other
 *     is read since BE's round, a store's bare number on the line after a found password).
 *   - a side-gate code that reads as a year ("the side gate is 2059", 1): years are left after words of place.
 *   - "login is front desk + X" (1): a login written as a sum of a place and a value has no general shape.
 *   - a password in a Palenquero sentence ("Kontraseña ri ané e …", 1): the words are that language's.
 *   Since AZ's round the side-gate code that reads as a year is caught (codes-of-named-places.ts): 456/464.
 * - AZ (462/468, 0/290 false alarms since its round; 74.4% / 3.4% on the rules at session 46's start, 75.0% after AW's
 *   and AX's rounds, 75.2% / 3.4% after AY's). The false alarms first: all ten were a log line's session cut short by
 *   an ellipsis (`session=sess_47936a8b… elapsed=1.2s`), a prefix that opens nothing (index.ts's masked displays). Then
 *   the misses, by family: a code named only by the place it opens ("the bin store is 2960 btw", "the hut 3 is 2146",
 *   "the bike shed is 2971.") and a list of places and numbers under a lock's word ("Key safes: yard 5801; cabin 904412;
 *   container 3307", "padlock on the container 505227, office 28782, …", codes-of-named-places.ts; 35 texts); the
 *   IDs of Palestine (by its Luhn check), Liechtenstein (PEID), Uganda (NIN), Bolivia (CI), Nepal (citizenship
 *   certificate), Libya (national number), Angola (BI), Eswatini (PIN), Brunei (IC) and Myanmar (NRC) under their own
 *   or their country's name (ids-of-another-ten-countries.ts; 25); the other keys of a list whose one key a rule found
 *   by its prefix, laid out the same way under a service's name (a ticket's, a forwarded mail's, a chat's, a wiki's or
 *   a sheet's lines, `setenv` lines; keys-in-found-lists.ts; 17); passwords in casual frames ("i changed the X one to
 *   …", "try … , if that doesnt work try …", "X -> …", "creds -> user and …", "the X wants …", "its … all one word",
 *   "also the X is …" beside a found password, "use SSID / KEY" ending the line; passwords-in-casual-frames.ts,
 *   use-login-slash-password.ts; 15); Uzcard, Humo and UATP cards (luhn.ts, rules.ts; 8); `jarsigner -storepass`,
 *   `signtool /p`, `schtasks /RP`, `pdftk input_pw`, SQLCipher's `PRAGMA key = '…'` and `echo … | openconnect
 *   --passwd-on-stdin` (command-lines.ts; 6); recovery codes split by two spaces (backup-code-runs.ts; 4).
 *   What is left (6 misses), by family:
 *   - a private key masked whole beside its public key (4, a SAML IdP signing key in a Height task): the scorer counts
 *     a secret as left when any 12 characters of it stand in the output, and the public PEM kept beside it repeats
 *     "-----BEGIN P" (or, for the EC key, a run of the public point's base64). The public key is not a secret.
 *   - a password and a door code in a Pite Sami sentence ("Passuvárdda le …", "Uvsa kåvdå le 2149", 2): the words are
 *     that language's as the corpus's writer recalled them, and a value after an unknown word is a name's or a
 *     count's as often.
 * - BA (436/466, 2/283 false alarms since its round; 80.3% / 11.3% on the rules at session 47's start and after AZ's
 *   round). The false alarms first: a heading that declares every value of its list or file public ("# .env.public -
 *   everything here ships to the browser, no secrets", "public keys for the X box, safe to share:" over a minisign
 *   key; published.ts; 10 texts); a key shown with a run of mask characters (`nvapi-****************15yN`, index.ts's
 *   masked displays; 4); Django's stored hashes (`pbkdf2_sha256$…`, hashes.ts; 2); CloudTrail's
 *   `HIDDEN_DUE_TO_SECURITY_REASONS` and helmfile's `secretKeyRef:…` references as placeholders (values.ts; 14). Then
 *   the misses, by family: the IDs of Jersey, Guernsey, the Isle of Man, Curaçao, Macau, Jordan, the Maldives, Bhutan,
 *   Madagascar and Barbados under their own or their country's name (ids-of-ten-island-and-desert-countries.ts; 22);
 *   SumUp, Cal.com, Blockfrost and Unleash tokens (rules.ts), Azure Functions' `?code=` (azure-function-keys.ts), a
 *   WLAN profile's `<keyMaterial>` (wlan-profile-keys.ts), `beeline -p` (command-lines.ts) and backup codes closed by
 *   an aside in brackets (backup-code-runs.ts) (21); a card's code in EtherCalc cells and after the Arabic comma
 *   (card-code-after-expiry.ts; 3); "- name (kind) = value" listings (assignments-with-an-aside.ts), "the interim
 *   credential is …" (credentials-named-in-prose.ts), espanso snippets (text-expander-snippets.ts) (8); a code used
 *   on a lock or taken by one, and a code answering a question that names a lock (codes-used-on-locks.ts,
 *   codes-answering-a-lock-question.ts; 8).
 *   What is left (30 misses, 2 false alarms), by family:
 *   - a firmware signing key masked whole beside its public key (4): as in AZ, the public PEM kept beside it repeats
 *     "-----BEGIN P" and the scorer counts the private key as left. The public key is not a secret.
 *   - a door code in another language's sentence (9): after a verb for keying it in (Castilian "marcad 7188",
 *     Rioplatense "marcá 8496", Austrian German "gibst 942597 ein", Sudanese Arabic "اكتب 39574"), after that
 *     language's code word and copula (Southern Ndebele "Ikhowudi … ngu-90747", Central Atlas Tamazight "Angal n
 *     tewwurt … d 7631"), or with the place's own number between the code word and the code (Ulster Scots "Tha code
 *     fer tha chiller 2 dure is 9209"): a number after a verb with no code word is a count, a price or a time as
 *     often; the two languages' code words are not read, and the place's number ends the code word's reach.
 *   - a password after a Poitevin-Saintongeais copula ("o l’é …", 1): that language's words, as the writer recalled them.
 *   - a code named only by a place in a note's list or a chat line (6: "interpreter office: 5259", "airbag store:
 *     912413", "walk-in cooler lock is 045551 (changed …)", "its 5331 for the airbag store now", "archive cage code
 *     5416, I type that one by hand"): an office's number is its room's as often, and the others' frames have no
 *     shape the rules can hold apart from quantities.
 *   - a card's PIN in the spreadsheet cell after its code ("A4 pin (chip&pin terminals)\tB4 1040", 3): a bare "pin"
 *     names a GPIO or a map pin as often; only the code after the expiry is read by position.
 *   - a password with no password word, by its place only (7): a tmux `send-keys` line after an ssh line, Hammerspoon's
 *     `keyStrokes(…)`, a Spacelift context table's row, "the SQL admin … is …", a Bambu note's "wifi it is on: SSID /
 *     KEY", a Jira wiki table's password column, "first login as admin uses …".
 *   - false alarms: two password-length rules ("Iphasiwedi … obuli-12 okungenani", Southern Ndebele; "Da password gut
 *     fer hev twelve letter", Pitkern): the count after the password word reads as its value in those words.
 * - BB (449/486, 0/284 false alarms since its round; 79.6% / 9.5% on the rules at session 47's start and after AZ's
 *   round, 79.8% / 9.5% after BA's). The false alarms first: a heading that says its list ships to the browser with
 *   "these" or "they", or that the secrets are kept elsewhere ("# .env.public - these ship to the browser / are ids,
 *   secrets live in the vault"; published.ts; 19 texts); the nil UUID as an `.env.example`'s stand-in (index.ts; 5);
 *   a phone number where a code was asked for ("… code - I told them to ring 0969 271 6019"; object-codes.ts; 3).
 *   Then the misses, by family: the IDs of Greenland (by its check), Armenia, Afghanistan, Iraq, Haiti, Trinidad and
 *   Tobago, Malawi, Cameroon, Cambodia and Mauritania under their own or their country's name
 *   (ids-of-a-further-ten-countries.ts; 25); a code changed from one number to another, a line opening with a number
 *   that opens a place, a code keyed before a keypad's button, a keycode and an access number
 *   (codes-by-what-is-done-with-them.ts), a table column headed "secret" (table-code-columns.ts), a place's code in a
 *   found password's list or sentence (passwords-in-found-lists.ts) (30); `mkpasswd`, `openssl passwd`, keepassxc-cli
 *   and `vncpasswd -f` reading the input, impacket's `domain/user:password@host` (command-lines.ts; 6).
 *   What is left (37 misses), by family:
 *   - a code named only by a place, with no word for a code and no found secret beside it (7 door-code notes, 1
 *     handover): "fire exit to … (7436)", "instrument locker (4079)", "airside gate 7 is 1363", "records room is
 *     1528", "mic cabinet is 5721", "the building side entrance combo's 263226", a handover list whose only password
 *     has no password word ("ramp tablet: …"): a number in brackets after a place is its number as often, "is" with a
 *     room's or a gate's number is BA's open family, and "combo's" is not read as "combo is".
 *   - a password in a handover list beside codes only ("SSBT admin screen: …" over "safe timer: 4-digit", 1): the
 *     list rule reads a found password's neighbours; a code's is not an anchor, since a code beside a random value
 *     is a PIN's or a count's as often.
 *   - Algerian Arabic (9; the card's CVV "الكود اللي من لور …" after its expiry, three of them, read since BF's round):
 *     "الكود" (the code) names the computer's password, and a Wi-Fi key as "الكود تاعو"; Darja's words, as the writer
 *     recalled them, are not read.
 *   - Yemeni Arabic "رقم المكتب هو …" (the office's number, 4): an office's number is its room's or phone's as often.
 *   - a key asked for in a chat export written "Name HH:MM  message" and given as the next message (Brosix, WeCom,
 *     LINE WORKS, 4): the chat rule reads "Name: message" lines and asks for a password, not a key.
 *   - "X -- user -- password" (2), a Tencent SecretKey after "key" beside its id (Reflect, 1), a WordPress
 *     application password in six groups of four as an `x-api-key` header's value (tavern, 1), a Braze key "connected
 *     using key <uuid>" in a long report (1), "locker bank C 4064" in a long report (1), and a password or a code in
 *     Swiss Italian, Swiss French, Kichwa and Hessian sentences after a copula the rules do not read as one (4).
 * - BC (487/492, 0/287 false alarms since its round; 79.1% / 10.8% on the rules at session 48's start, 79.1% / 4.2%
 *   after BB's round). The false alarms first: a format's prefix shown with an ellipsis or a `<…>` for the rest, groups
 *   of x after a prefix, Symfony's `%env(NAME)%` (values.ts, rules.ts; 10 texts); a phone number's `+` and country code
 *   run into Japanese words (generated-password-shapes.ts; 2). Then the misses, by family: IDs of Côte d'Ivoire,
 *   Burkina Faso, Benin, Togo, Suriname, Guyana, Syria, Tajikistan, Fiji and Seychelles, also named by a JSON record's
 *   type field (ids-of-five-west-african-and-five-more-countries.ts; 15); a keyholder's bulleted list around a found
 *   code or password, its places' codes after any mark and its logins with a user in brackets
 *   (codes-and-logins-in-found-bullet-lists.ts; 23); a place's code beside a found password in a clause, "opens with"
 *   or a chat's question answered (place-codes-beside-found-passwords.ts), a Wi-Fi key after its network's name and a
 *   comma (wifi-keys-after-a-network-name.ts), "new one is …" after a password's change told
 *   (new-password-after-a-change-notice.ts), logging in with it and "wants … now" (passwords-in-casual-frames.ts), two
 *   more generator shapes (generated-password-shapes.ts) (26); a password after Japanese's comma (passwords.ts; 5);
 *   a card's code as "security digits" or "los tres numeritos atrás" (rules.ts; 6); recovery codes as a JSON list or
 *   a row with bars (labelled.ts), Google Authenticator's export URI (authenticator-export-uris.ts) (8); secrets in
 *   variables declared in Guile Scheme, QB64 and OpenEdge ABL (declared-secret-variables.ts; 7); ApacheBench's
 *   `-C` cookie (rules.ts; 2), `rar -hp` (command-lines.ts; 2), a PIN typed where a device asked for one
 *   (codes-typed-when-asked.ts; 2), a seed phrase set apart by slashes (seed.ts; 1), a list under a block of secrets
 *   (keys-under-a-key-list.ts; 1). The same rules catch a secret more in nine older texts (AV 2, AX 1, AY 1, BA 2,
 *   BB 3), so those corpora's floors rose (AV 731, AX 457, AY 457, BA 438, BB 450).
 *   What is left (5 misses), by family:
 *   - a key under a heading that names only its provider ("CocoaPods trunk:" / "key: <32 hex>"; "TikTok access
 *     token:" / "key: act.…!8357.va", 2): a bare `key:` with hex is a cache's or a map's as often, and TikTok's `!`
 *     is no random token's character.
 *   - "whoever opens tomorrow: fuel bowser cage is 70303, paddock trailer is 48785" (1): "is" with a place's number
 *     and no found secret beside it is BA's open family (a room's or a gate's number as often).
 *   - Volapük "Kot pro kanav binon 3985" (2): the word for code ("kot") and the copula ("binon") are not read.
 * - BD (458/487, 0/280 false alarms since its round; 74.3% / 4.6% on the rules at session 49's start, 74.9% / 4.6%
 *   (365/487, 13/280) after BC's round). The false alarms first: a masking word in round brackets where a value was
 *   (`DB_PASSWORD=(hidden by policy)`) and Puppet Bolt's `_plugin:` reference (values.ts; 8 texts); a client's id of
 *   64 hex digits under a public name read as a wallet's key because of a `pk_` line above it (rules.ts; 3); a form's
 *   help text showing an ID as one digit throughout (`000000000000`; index.ts; 2). Then the misses, by family: a chat
 *   export's bare "06:19 Name:" times, "what do I need for …?" answered "user / password", "and the X?" answered
 *   "same as always, 1234" and "Name-Staff, key …" (place-codes-beside-found-passwords.ts, name-slash-key-replies.ts,
 *   wifi-keys-after-a-network-name.ts); a handover's leader board mixing logins and codes (codes-on-leader-lines.ts),
 *   a second password after a remark in brackets (passwords-beside-found-passwords.ts), "Codes: place 1234, place
 *   5678" (codes-listed-after-a-codes-heading.ts); a sheet "what | user | secret" whose rows with no user give a
 *   place's code (structured.ts); a card's PIN in a field/value table (pin-numbers.ts), its code "on the back" in
 *   English, Chinese, Japanese, Thai and Korean (rules.ts), Napas and Belkart numbers (luhn.ts); a keyholder's bullets
 *   "system -> password" (codes-and-logins-in-found-bullet-lists.ts); IDs in a form's record that names the document
 *   (a CSV's document column, an XML/JSON type field, "ID (document): …"; ids-in-document-records.ts); "combination
 *   on the X box: NN-NN-NN" (safe-combinations.ts), a code "still" so and "keyed in" (codes-said-in-prose.ts,
 *   codes-keyed-in.ts), "X is the one for …", "note to self: …", "the X is now …", "X: user + password"
 *   (passwords-in-casual-frames.ts); backup codes split by "~" (backup-code-runs.ts) or numbered 1) … 8)
 *   (numbered-code-sheets.ts); secrets declared in PL/I, RPG and APL (declared-secret-variables.ts); doveadm, mutool,
 *   security and ykman command lines (command-lines.ts); "… 的 code 是 1234" (codes-said-in-prose.ts); access gateways'
 *   session cookies by their names (values.ts).
 *   What is left (29 misses), by family:
 *   - private keys masked whole (6): the label is the whole PEM block and a public PEM stands beside it, whose armour
 *     ("-----BEGIN P…", " KEY-----\nMI…") repeats a 12-character run of the label; nothing of the key is left.
 *   - env files' values under names that say an id, a salt or a short secret (6): `CC_TEST_REPORTER_ID`,
 *     `OXR_APP_ID`, `PAYTR_MERCHANT_SALT`, `HOTELBEDS_SECRET` of 10 characters, `BING_SEARCH_KEY`, and CurseForge's key
 *     shaped as a bcrypt hash (`$2a$10$…`): an id's, a salt's and a hash's names and shapes are kept by design.
 *   - a password or a code in a sentence of a small language or variety whose words for password, code or "is" are
 *     not read (8): San Andrés Creole "paaswod … a …", "kuod fi di … a …" (3), Lorraine Franconian "isch jetz",
 *     Surzhyk "пароль" before sixteen letters with no digit, Kimbundu "kodi ya … yene" (Swahili's "kodi ya" is rent),
 *     Hawrami, Hejazi "حقت … صارت".
 *   - two codes named by a place with no code word and no found secret ("intensive care room is on 4960 this month",
 *     2): "is on" with a room's number is BA's open family; a sheet's "bitumen tank bund | - | 6459" and a handover's
 *     "reception hall .... 6519" (2), places no list names; a bullet's "-> iorrAZGKYgHUk", letters only (1).
 *   - an RPG constant whose literal holds a bare quote (`const('…55'U6Zg…')`, 1), an APL key of 16 characters with
 *     `#` (1), `bombardier -H "X-Api-Key: <8 characters>"` (2): too short or too broken to be read as a key.
 * - BE (454/489, 0/286 false alarms since its round; 79.3% / 9.1% (388/489, 26/286) on the rules at session 49's start,
 *   79.6% / 9.1% (389/489, 26/286) after BD's round). The false alarms first: a template's instruction
 *   (`REPLACE_WITH_…`), Hiera's `%{env:…}`, Ruby's `#{…}`, Azure Key Vault's `keyvault:…` and Kubernetes' `secretKeyRef`
 *   read as values (values.ts; 16 texts); a Bearer header's `#{…}` and LiveScript's `#name` interpolation
 *   (bearer-header-values.ts; 2); an order number read back digit by digit (dictated-digits.ts; 6); "工单号#59706", a
 *   ticket's number sign after a CJK word (generated-password-shapes.ts; 2). Then the misses, by family: a place's code
 *   in a postscript past a signature, after an arrow, in capitals, bare after a place that locks, "is still", a
 *   translation's gloss in brackets (place-codes-beside-found-passwords.ts); a code read out in one transcript turn
 *   and read back in the next (dictated-digits.ts); mada, Prostir and RuPay 82 cards (luhn.ts), "código" and a CJK
 *   security code's name run into its digits beside a card (rules.ts); an identity number in a form's "ID type" /
 *   "ID number" lines and "my <country> national number is …" (ids-in-document-records.ts); a sectioned note's
 *   bullets under "## logins" or "## doors" (values-under-secret-headings.ts); a second login "user / password"
 *   beside a connection string's (login-pairs.ts); a Wi-Fi key on the line under "network …", a C SDK's
 *   `…_wifi_connect…(ssid, key)` (wifi-keys-after-a-network-name.ts, connect-calls.ts); "made it …", "changed it
 *   to …", "old one (…)" after a password's word (passwords-in-casual-frames.ts); a client secret `cs_` + hex no longer
 *   taken for a Stripe id, `auth_tkt` and WordPress's login cookies by name (values.ts); "暗証番号だば …"
 *   (codes-in-more-scripts.ts).
 *   What is left (35 misses), by family:
 *   - a place's code said with no code word and no form the rules read (9): "keypad is temperamental - 7445 and",
 *     "projection booth 611340 (hold …)" and "clock room 862409" (a booth's and a room's number is where it is), "code
 *     2745" inside a quoted sign, "punch in 2250", "the hydrant shed number 5443", "laser suite is still 2998" (a
 *     suite is no place that locks); a bullet's "user, velvet-juniper=46" and "user, zephyr.Sorrel.730" (a comma
 *     between user and password, values no shape rule takes); "onyx?walrus%14" after a dotted user.
 *   - passwords with no digit after "old one (…)" or "changed it to …" ("ukcgLOoX~SLzigtn", "ehe%*@qe&Xm!yX"), a
 *     heading's bullet "tdubois / qGGOJbHR$fUsQe", "W4lru54mb3r?" given "for the … system", "4mb3rdr1zzl3?" after
 *     "that's", "jigsaw.Pewter.735" in a report's prose (6): no strong password's shape or no frame read.
 *   - env values too short or under an id's name (3): `FORTNOX_CLIENT_SECRET` of 10 characters, Moesif's
 *     `MOESIF_APPLICATION_ID` (an id's name, kept by design), OCI's auth token with `(` and `<` in a tcsh `setenv`.
 *   - Algeria's IBANs of 24 characters without the word "IBAN" (2): the registries give DZ 26; only "IBAN" before it
 *     admits another length.
 *   - private keys masked whole whose public PEM beside them repeats the armour (3), as BD's.
 *   - a small language's or dialect's sentence whose words are not read (9): Lusoga "eri", Muscogee "… os",
 *     Ekegusii "ni", Chungcheong Korean "문 번호는 …여유" (a door's number said as such), Tsugaru Japanese "キーは …"
 *     after Wi-Fi (2).
 *   - backup codes in groups of four with a space, two of six read (1); ColdFusion's `CFID` of 7 digits in a Cookie
 *     header (1); steghide's `-p '…'` (1).
 * - BF (466/490, 0/289 false alarms since its round; 69.8% / 3.8% (342/490, 11/289) on the rules at session 50's end,
 *   68.0% / 5.9% unread at session 50's start). The false alarms first: a connection string's `Port=5432` and
 *   `Service=9088` between semicolons taken for a word, a symbol and digits (generated-password-shapes.ts; 2 texts);
 *   encfs's `--extpass='echo $DB_PASSWORD'`, a command printing a variable (command-lines.ts, rules.ts, values.ts; 1); a
 *   chat's "widget key is … (public one)" (published.ts; 8). Then the misses, by family: a key given bare in a chat
 *   as the answer to "where's the … key?" (keys-given-when-asked.ts, new); an identity number said with its name in
 *   English and twenty languages, and a sheet's `id_number` column (ids-said-in-any-language.ts, new); a place's code
 *   after "opens with" in the languages' words (codes-a-place-opens-with.ts, new); a place's code after a colon, a
 *   " + ", an emoji, with "now" or a chat's tail after it, in a gloss of several words, and beside a found identity or
 *   card number (place-codes-beside-found-passwords.ts); a Wi-Fi phrase after the network's name and a password's
 *   word (phrases-after-wifi-and-password-words.ts); a checklist of used codes with no heading, codes of three groups
 *   and dotted ones (code-sheets.ts); a HAR export's sign-in cookie by its value (har-cookies.ts, new); a padlock's
 *   NN-NN-NN after "the cage =" (safe-combinations.ts); "(old one was …, dead now)", "reset … pw 2 …", an `@` for an
 *   "a" (passwords-in-casual-frames.ts); cards of schemes no prefix names when their expiry follows (rules.ts), a
 *   card's code after a name of up to six words and a CJK comma (card-code-after-expiry.ts); dotted words ending in
 *   a number as a password (values.ts); redis-benchmark's and its kin's `-a`, `mc admin user add` (command-lines.ts);
 *   a listener's URL with no host (rules.ts); netctl's `Key=` (wlan-profile-keys.ts); LiveCode's `put "…" into
 *   tKey` and Factor's `"…" "X_API_KEY" set-header` (literals-stored-under-secret-names.ts, new); a door code on a sign
 *   in capitals (codes-on-signs.ts, new); Danish "kodeord" (password-word-near-value.ts).
 *   What is left (24 misses), by family:
 *   - a place's number said with no code word and no form read (7): "barrel hall cdoe 58052" (3; the typo alone names
 *     nothing), "The fish house number is 47807" (3; a house's or a room's number is where it is), a Bornholmsk
 *     "cold room e 344052" (1).
 *   - private keys masked whole whose public PEM beside them repeats the armour's base64 (4), as BD's and BE's.
 *   - env and config values (5): Kushki's `PRIVATE_MERCHANT_ID` and Bitrix24's `WEBHOOK_CODE` (an id's and a code's
 *     names), VesselFinder's `vf_userkey` of 18 characters, Letta's `sk-let-…` with a `/` in it (its prefix rule
 *     stops at the slash), an Icon `key := "…"` whose secret's name is only in the comment after it (2, BEA's "user
 *     id" among them).
 *   - small languages' and dialects' sentences (5): Torlakian "Šifra za <place> je …" and Istriot "codice de la
 *     <place> xi …" after an English place the door words do not hold, Fränkisch "…, gell, net weidersong" (its "net"
 *     read as a negation), Transylvanian Saxon "Personalnummer" (a staff number elsewhere), Kildin Sami "Мунн номер"
 *     ("my number").
 *   - "oven scheduler: shiftlead2 / KAYAK_vessel687" (1; an identifier's shape), "(the read replica uses reporting /
 *     Tractor-waffle-Kayak-85)" (1; "uses user / password" not read), a Markdown table's "card (PayPak)" row whose
 *     number has no expiry, so its CVV row stands beside no card the card rule read (1).
 * - BG (429/497, 0/289 false alarms since its round; 64.0% / 5.2% (318/497, 15/289) on the rules at its start). The
 *   false alarms first: a secrets manager's references under secret names, Keeper's `keeper://`, Akeyless's
 *   `akeyless:/`, Conjur's `conjur:variable:`, `gcp-sm://` (not-credentials.ts; 10 texts); a coin's receiving address
 *   under its ticker, `LTC:`, `SOL:`, `TRX:` (structured.ts; 5). Then the misses, by family: a former password set off by
 *   commas and said to be dead, "(the previous one, …, no longer works)", and a second login "with user … and …"
 *   (retired-passwords-and-second-logins.ts, new); a key to paste under a variable's name, alone on the next line
 *   (keys-to-paste-under-a-name.ts, new); a chat's question for a key that goes on after its `?`
 *   (keys-given-when-asked.ts); an identity number in a record's `doc_kind` / `doc_no` fields, groups joined by
 *   slashes, the acronyms BI, CNI, DIP, NIS (ids-in-document-records.ts), and said with its name in more shapes
 *   ("GE-…", "RCA…", "…ZC"), as a social security number, "broj dokumenta", "nomer dokumenta"
 *   (ids-said-in-any-language.ts); a short secret under a name that says secret, `…_CLIENT_SECRET=edcgsq2s`, and a
 *   security code's hex (short-secrets-under-secret-names.ts, new); a router sticker's "Clé de sécurité: …" and a WEP
 *   key under "Key:" or connmanctl's "Passphrase?" (wifi-keys-on-labels.ts, new); a Wi-Fi key of random capitals
 *   (passwords.ts); a sheet of backup codes with the used ones struck through (code-sheets.ts); an authenticator
 *   export's `otp` column (password-csv.ts); a TOTP seed of 26 or 40 characters with a short last group, and "Authy"
 *   as its context (labelled.ts); a seed phrase numbered "#1 …" (seed.ts); a dial's turns split by slashes or spaces
 *   (safe-combinations.ts); a card a card word names on its line, of a scheme no prefix names or printed 6 + 13
 *   (rules.ts); a card PIN "at the pump" (pin-numbers.ts); HTTPie's `-a user:password`, qpdf's `--encrypt`, `bw
 *   unlock` and mcrypt's `-k -` fed by echo, s3cmd's quoted `--secret_key` (command-lines.ts); a place's code "is on"
 *   … "as well" beside a found login (place-codes-beside-found-passwords.ts).
 *   What is left (68 misses), by family:
 *   - small languages' and varieties' sentences (36 texts over 18 kinds): place codes after their own words for
 *     "opens with" ("se otvara s", "s'eûvre d'aivô", "abre cum", "geht auf mit", "ta xjam ta", "e ra bing ko"), their
 *     words for a password ("Šifra … je sad", "baajnoe lea", "mot d'pâssage … est à ch't heure", "smakobil"), identity
 *     numbers after words not read ("persåvnnanummar", "jnumero ta jvun", "رقمي الوطني", "Ausweisnummer",
 *     "номер удостоверения", "numéro d'identitè ât"), a Wi-Fi key after "chavi", and a gloss's code whose place is
 *     a room or a floor, a Nagoya card's code.
 *   - English prose (16): a place's code said with no code word a rule reads ("The cellar number is …", "coed is …
 *     *code", "cd 105924", "An the … is … noo"), a login in a whisper's "svc / …", a poster's "accounts / …", a
 *     clipped "-> proprietor :: …", a learner's "has been change to …".
 *   - provider tokens (7): an id's name over a secret (`woovi_app_id`, `bandsintown_app_id`, `SESSIONIZE_API_ID`,
 *     `IBKR_CONSUMER_KEY` of 9 characters), Przelewy24's `P24_CRC` (a checksum's name), Portuguese `chave_api`, a
 *     Clarion `STRING('…')` named only in its comment.
 *   - session cookies (3: `express:sess`, `beegosessionID`, PrestaShop's hashed name in a DevTools table), a long
 *     report's annex login (2), backup codes (2: a "; " list's "XXXXX XXXXX" code, Robinhood's first code of four
 *     groups read in part), a private key beside its public PEM (1, as BD's-BF's), a Monaco ID "91VM94885" after
 *     "carte d'identité number, it's" (1).
 * - BH (432/488, 0/285 false alarms since its round; 68.9% / 6.0% (336/488, 17/285) on the rules at its start). The
 *   false alarms first: a secrets manager's reference that a rule cut at its scheme (`ref+gcpsecrets:` read as a
 *   name, `vals+ref+awssecrets://` from its second word; not-credentials.ts, 9 texts), coins' addresses under `XRP:`
 *   and more tickers (structured.ts, 5), "[insert … key]" and `user%"<password>"` (values.ts, command-lines.ts), a
 *   SIP link's `@host:5061;transport=tls` after "password" (password-word-near-value.ts). Then the misses, by family:
 *   a key given bare when asked who has it, and short ones (keys-given-when-asked.ts); "update NAME on the box to:"
 *   (keys-to-paste-under-a-name.ts); a chat message's `X_CLIENT_SECRET=` of eight characters
 *   (short-secrets-under-secret-names.ts); tokens assigned by `←`, `<-`, `:-`, `<<`, `[] =` or a rightward `=>`
 *   (secrets-assigned-in-any-syntax.ts, new); cards joined by underscores or followed by a CVC's name, CVC and PIN in
 *   the next HTML cell, "sec", Canadian French "NIP" (rules.ts, card-code-after-expiry.ts, pin-numbers.ts); IBANs
 *   joined by hyphens (rules.ts); a browser's cookie table and a script's cookie jar (cookies-in-tables.ts, new); the
 *   literal a password command echoes (passwords-echoed-for-an-option.ts, new); a lone number in a found password's
 *   message in a sentence naming a place or a code (numbers-beside-found-passwords.ts, new); a login after a reset
 *   (login-pairs.ts); a generated password of words and a symbol (password-word-near-value.ts); identity numbers in
 *   more shapes ("LC3388/56", "KY23.5922.206", "AB-1102-8474", "FM-YAP-263038", "83358561U651") and words
 *   ("identità", "isikukuud", "Persoonennumer", "номер удостоверения", "رقمي المدني", "NIC", the issuer between "my"
 *   and "ID card number") (ids-said-in-any-language.ts, ids-in-document-records.ts).
 *   What is left (56 misses), by family:
 *   - small languages' and varieties' sentences (18 texts): passwords after their own words that no rule reads
 *     ("peitsana om nügüd'", "Paswurd … es nü", "kontrasenya … agora es", "mot d'pessèdge … ast mâtnant"), Wi-Fi keys
 *     after "salasõna", "ciave", "yave", "رقمه السري", "密碼係", codes after "kuud om", "còdice … el ze", "se avre
 *     kon", "الكود مال … هو", "用 … 開", glosses whose code stands beside no found password, a Bärndütsch
 *     "Mini ID-Nummere" (a bare "ID" name is read only after a possessive the rule knows), a 19-digit card named
 *     "carta d'a ditta" with no scheme prefix.
 *   - English prose (17): logins with no word a rule reads ("the word …", "whisper … as", "enters …", "New access
 *     phrase:", "shall be …"), a place's code after words the new rule does not take ("expect a code of …" beside a
 *     found password in another line, "yieldeth unto" after capitals), "(the previous one, …, no longer works)" with
 *     a `.ck` ending read as a domain.
 *   - provider tokens (9): env values under an id's, a login's or a hash's name (`IIKO_API_LOGIN`, `PARAM_GUID`,
 *     `PAGA_HASH_KEY`), `MEMBERPRESS_API_KEY=` of ten characters (an id's length, as corpus M's Vonage key is), a
 *     DATABASE_URL password with a `/`, a dBase variable named only by its provider, IntaSend's `ISSecretKey_live_`
 *     UUID, a Nets `live-secret-key-` header read in part, an OrangeHRM YAML store id beside its password.
 *   - private keys masked whole whose public PEM beside them repeats the armour's base64 (3), as BD's-BG's.
 *   - backup codes (3: a " | " list's "XXXXX XXXXX" code and "NNN-NNN-NNN" codes, a checklist's last codes), SIP
 *     links `sip:user:password@host` (2), a netsh `keyMaterial=` run on after a masked word (1), long reports' annex
 *     logins (3).
 * - BI (435/485, 2/285 false alarms since its round; 57.5% / 7.0% (279/485, 20/285) on the rules at its start). The
 *   false alarms first: a template's stand-ins (`__NAME__`, a lone "dummy"; values.ts), a reference that names its own
 *   key after a store's scheme, path or list number (`envkey:X_TOKEN`, `azurekv://…/X_TOKEN`, "Parameter Store
 *   /…/X_PASSWORD"; not-credentials.ts, 10 texts), `%PASSWORD%` inside `$(openssl passwd …)` (command-lines.ts).
 *   Then the misses, by family: keys given in a chat after "X asking for the key again" (keys-given-when-asked.ts);
 *   Clean's `:==` (rules.ts); cards joined by slashes or split 8 + 8 and their back's code (rules.ts,
 *   card-code-after-expiry.ts); IBANs joined by dots (rules.ts); identity numbers in forms' "document: … | value: …"
 *   rows, sheets' columns, "my X number (Territory) is" and "… for the manifest - …", any "<ACRONYM> number" there,
 *   spaced digit groups (ids-in-document-records.ts) and by an identity word's stem in any language
 *   (ids-near-an-identity-word.ts, new); Wi-Fi keys after "wireless|net SSID ->" and random capitals
 *   (values-after-wifi-words.ts); padlock turns after an arrow or "is on" (safe-combinations.ts); `-xu … -xp …` pairs
 *   (user-password-options.ts); generated shapes (`word-NN-word-NN`, `word#word1234`, `word_Word_word?`,
 *   `ilove…NN!`) and a word before an ellipsis (password-shaped-words.ts); "changed to NNNN" beside a found password
 *   (numbers-beside-found-passwords.ts); a random value beside a login's word and name, "label: user / value"
 *   (passwords-beside-a-login.ts, new); "place -> NNNN" (codes-after-an-arrow.ts, new); `document.cookie` output and
 *   storage rows without a header (rules.ts, cookies-in-tables.ts); backup codes under "one-time logins", with "[x]"
 *   after each, or of letters alone (code-sheets.ts, backup-code-runs.ts); BIP39 grids "1-word 2-word 3-word"
 *   (seed.ts); a TOTP key typed by hand with its two-factor words a sentence back (labelled.ts).
 *   What is left (50 misses), by family:
 *   - English prose (29 texts: 20 styled, 8 plain handovers, a voice note): a place's code with no word a rule reads
 *     for it ("yields only to …", "Punch … at the end" a line under "At the X", "ENTER …" in capitals, "Lucky numbers:
 *     … (for the X)" with the place after, "opens at …" (a time's word), "… is flowing again on …" after "booth 3" (a
 *     digit between), "the number for the X is …"); random values with no word at all ("yep it changed again, …
 *     since Friday", "… on the proof test register", "…, I'll text it as well" after "what do I put in the X?");
 *     "(ignore …, that one was retired last week)"; `Teasel@2029%d9`-like values whose `%d9` reads as a URL escape. A
 *     bare number beside a place is a room's, a count's or a time's as often, and a random value with no word is an
 *     id's as often.
 *   - other languages' sentences (17): codes after "si duerbe embé", "la se derv co", "ete", "avavuu koodal", "تنفتح
 *     بـ", "الكود تبع … هو", "EN: place NNNN" glosses; Wi-Fi keys after "ciaf", "chave", "الباسوورد مالته" and "mot de
 *     passe c'est" of capitals alone (a word in capitals as often); a password after "es aüra"; IDs after "うちの番号は"
 *     (only "number") and "Mini ID-Nummere isch" (a bare ID after a possessive the rules do not know); a card PIN after
 *     "暗証".
 *   - provider tokens (2): a DATABASE_URL password holding a `/`, a `_secret_key` of "NNNNN-NNN" (a postcode's shape).
 *   - private keys masked whole whose public PEM beside them repeats the armour's base64 (2), as BD's-BH's.
 * - BJ (388/485, 0/286 false alarms since its round; 60.6% / 5.6% (294/485, 16/286) on the rules at its start). The
 *   false alarms first: a template's stand-ins, a secret's name between doubled marks (`%%X%%`) and a slot opened by
 *   `[[`, PowerShell's `$env:NAME` (values.ts); a quiz's `X_GAME_PIN` in a public config, a store's reference that
 *   restates its key after a namespace's `_`, a store's item id (a UUID after "Secrets Manager secret"), Oracle Cloud's
 *   `ocid1.…` ids (not-credentials.ts, cloud-resource-ids.ts); a password word whose own value is a variable, and a
 *   note in brackets where a URL's password stands (password-word-near-value.ts). Then the misses, by family: a random
 *   value a short way after a secret's name in any layout or sentence (`(define x-auth-token ::String "…")`,
 *   `VAL []BYTE x.service.key IS "…"`, "X_PRIVATE_KEY should now read" and the value below;
 *   random-values-after-secret-names.ts, new); a provider's `ABC-SECRET-<random>` no longer read as a stand-in, nor
 *   `lo.<capitals and digits>` as a member path (values.ts); keys given in a chat after a question about a login that
 *   keeps failing, after "this one" or before "- don't forward" (keys-given-when-asked.ts); IBANs joined by two spaces
 *   or a spaced slash, or in small letters, read before the cards (rules.ts); cards joined by " – " and their codes
 *   after a dotted leader (rules.ts, card-code-after-expiry.ts) or in an HTML table's CVC and PIN columns
 *   (codes-in-html-table-columns.ts, new); a card PIN after Urdu's پن and Japanese 暗証 (pin-numbers.ts); identity
 *   numbers in a form export's "… ; document ; value" fields, a barred sheet's column, "needs my X for …, it's …", the
 *   answer to "can you send your X?", under a driver's licence's, a social security number's or "personbeteckning"'s
 *   name and an acronym's "-nummer", and a NIR printed in its parts (ids-in-document-records.ts); TOTP seeds read back
 *   from their parameters after them (`| SHA1 | 6`, `digits="6"`) and in hyphenated groups of eight (labelled.ts);
 *   backup codes lettered "a." or numbered "#01" and "NNN-NNN-NNN" (code-sheets.ts); "ilove…NN" with no symbol
 *   (password-shaped-words.ts).
 *   What is left (97 misses), by family:
 *   - English prose (47 texts: 25 styled, 19 plain handovers, 2 voice notes, a long draft): places' codes with no word a
 *     rule reads ("X is NNNN now", "shall yield unto …", "turn to …", "… it opens with"), "user / password" pairs and
 *     passwords in generator shapes no rule reads (`Word@2026.96`, `Opal@2029@zc`, `xQNp…54&=` ending in `=`), random
 *     values with no word at all ("here you go …", "it's still …"). A bare number beside a place is a room's, a
 *     count's or a price's as often, and a random value with no word is an id's as often.
 *   - other languages' sentences (37 over 19 varieties): codes, passwords and Wi-Fi keys after words no rule holds,
 *     and card codes after a variety's words for "the three on the back".
 *   - provider tokens (6): chat answers of fourteen to twenty letters with one digit (4), a DATABASE_URL password with a
 *     `/`, a BASIC `API_K$` variable, a Logtalk `key('…')` fact ("key" alone names public keys as often).
 *   - private keys masked whole whose public PEM beside them repeats the armour's base64 (2), as BD's-BI's; two
 *     jupyterhub-hub-login cookies in their quoted "2|1:0|…" form; a Windscribe list struck through with no heading;
 *     a `tf /login:DOMAIN\user,password` login; a connection string's password.
 * - BK (423/488, 0/285 false alarms since its round; 58.4% / 1.8% (285/488, 5/285) on the rules at its start). The
 *   false alarms first: a template's "paste-…" stand-in (values.ts); a setting with its value (`password=[from vault]`)
 *   read as a table's header (structured.ts); a variable after a password word (`--password %SVC_PW%`,
 *   passphrase-values.ts); the Wi-Fi word by chance inside a public key's base64 (wifi-name-and-key.ts). Then the
 *   misses, by family: cards split by " | " or grouped 5-5-6 with their expiry or code after them (rules.ts,
 *   card-code-after-expiry.ts); IBANs in groups of three, five or six (rules.ts); identity numbers in a Markdown
 *   table's or a quoted CSV's column, under a health card's name or an acronym with "&", in answer to "we still need
 *   your X" with no question mark and after "wants my X before Monday:" (ids-in-document-records.ts); a NIR printed in
 *   its parts anywhere, by its layout and key (printed-nir.ts, new); keys given bare in an IRC-style chat to "does
 *   anyone have the X thing?", with a short prefix and `.`, `/` or `~`, and a licence key's grouped shape
 *   (keys-given-when-asked.ts); a quoted key in a snippet that builds an authorisation header
 *   (quoted-keys-beside-auth-headers.ts, new); passwords in generator shapes with no word (`937Word&word`,
 *   `word+word=word7`, `WORD_word1985`, `word.word.word.NN`, `TitleWord7?`, twenty characters drawn from every class;
 *   password-shaped-words.ts); a place's code as "the X is NNNN now" beside a found password
 *   (numbers-beside-found-passwords.ts); a combination lock's numbers (combination-dials.ts, new); Wi-Fi keys of
 *   spaced words and a number (wifi-name-and-key.ts, passphrase-values.ts, secret-config-blocks.ts); backup codes in
 *   "[1]"/roman lists, pairs of digits, twelve hex, "(used)" marks and a "two-step fallback" heading (code-sheets.ts);
 *   TOTP seeds typed when a QR would not scan or under a "secret" field or column (labelled.ts); a phrase a wallet
 *   "can be restored with" (seed.ts), its "25th word" and "device unlock" PIN (wallet-extras.ts, new).
 *   What is left (65 misses), by family:
 *   - other languages' sentences (34 over 21 varieties): codes after "s'duerbe embé", "as drouva cun", "gaat open
 *     me", "الكود مال … ", "の番号は", "的号码是", "mở bằng"; identity numbers after "numer d'identitad ei", "Ma ID
 *     nummer is", "identiteitsnummer is", "رقم الهوية تبعي", "Số căn cước", "IC号码"; Wi-Fi keys after "ha la clav",
 *     "a la clâ", "はA6CCD69C3Fやで"; and the English glosses "(in English …: place = NNNN)" and "[EN] place: NNNN"
 *     beside a code the sentence gave (a bare "place = NNNN" line is a setting's as often).
 *   - English prose (19: 12 styled, 7 plain handovers): places' codes with no clause a rule reads ("8490 on the frame
 *     store, give it a shove after", "for the stone yard punch 5573", a number over "^ barrel cellar", "HEARSE GARAGE
 *     77209 STOP", "The metal shop is 539097 na", "The stone floor is 1523 now": a floor's number is a storey's as
 *     often), Wi-Fi keys after "(net NAME /" (no Wi-Fi word), random values with no word ("bJi5@jjwA?51 🙂",
 *     "ycp6zn4g5da6kv82") and `wordWord174word` (a camel-cased name's shape).
 *   - cards (5): four Markdown tables whose card number spans four cells, so the CVC and PIN stand under other headers;
 *     a CVC after " · " on the line below the card.
 *   - private keys masked whole whose public PEM beside them repeats the armour's base64 (3), as BD's-BJ's.
 *   - Sabah's MyKad number asked as "your MyKad number" (2: a name in mixed case no rule reads as a document's); a
 *     Nicaraguan IBAN of 32 characters (the registry's length is 28); a luckysheet_sess cookie in an Eruda dump.
 * - BL (326/499, 0/288 false alarms since its round; 49.9% / 6.6% (249/499, 19/288) on the rules at its start). The
 *   false alarms first: the argument of a password manager's lookup command (`lpass show --password …`, `bw get
 *   password <uuid>`), a manager's name and a lower-case path (`gopass:ops/x/api`), a name restated in a type's angle
 *   brackets or under a bearer's key (not-credentials.ts), 'put-x42-token-here' (values.ts), a shouted name opening
 *   with digits (password-shaped-words.ts). Then the misses, by family: cards in any grouping with their expiry after,
 *   and the code after that expiry whatever word names it (cards-in-any-grouping.ts, new); a random token pasted as a
 *   chat message of its own (tokens-alone-in-chat-messages.ts, new); a URL's password under a long dialect+driver
 *   scheme (rules.ts); IBANs in groups of any size (ibans-in-any-grouping.ts, new); seed phrases joined by ` > ` or
 *   `·`, in another script under a wallet's word, and their extra word (seed-phrases-of-any-words.ts); a network and
 *   its key after "network" or "internet" (wifi-name-and-key.ts).
 *   What is left (173 misses), by family:
 *   - English prose (59 texts: 32 plain handovers, 27 styled): "user and Password!" after "I reset it", places' codes
 *     with no word a rule reads ("The X is NNNN now", "loft floor? NNNN"), combination-dial sequences (`R1 L39 R7`,
 *     `14>18>32`), superseded passwords in an aside, keys with no word at all. A bare number beside a place is a room's,
 *     a count's or a price's as often; "user and word" is prose's "salt and pepper" as often.
 *   - other languages' sentences (43 over 21 varieties): codes, passwords, Wi-Fi keys and IDs after words no rule holds
 *     (Plattdeutsch, Banat Swabian, Venda, Champenois, Yenish and city varieties).
 *   - national IDs (22) of Canadian provinces (Ontario's health card with its version letters, British Columbia's PHN,
 *     Alberta, Manitoba, Nova Scotia), Corsica, Saint Barthélemy and Saint Martin in sheets, forms and mail: layouts and
 *     checks the writer says are recalled or assumed.
 *   - backup codes (16) in lists with a bank's name only (ten lower-case letters, `AAAA-NNNN`, groups of four after a
 *     letter), TOTP seeds in groups of six (5), seed phrases numbered `#1 …` or in Chinese (5), three session cookies,
 *     three voice transcripts, three long plans, three connection strings, two Wi-Fi keys, a `secretsdump` login, two
 *     private keys masked whole whose public PEM beside them repeats the armour's base64 (as BD's-BJ's), and six
 *     provider tokens in tickets and snippets (`PICT:…:…` under a name ending in `_KEY`, a Jim Tcl or Picat call).
 * - BM (483/504, 0/298 false alarms since its round; 59.9% / 1.3% (302/504, 4/298) on the rules at its start). The
 *   false alarms first: an ID form's sample of zeros with its check letter (`00000000T`, `X0000000T`: a DNI's check
 *   letter of zeros is T), no ID as BD's samples of one digit are not (index.ts). Then the misses, by family:
 *   passwords by their shape alone, words of two cases and a number joined by one joiner (`heron:KETTLE:4417`,
 *   `27-Kettle-heron-Cobalt`), a capitalised word with a small word in brackets and digits, small words each run into
 *   a digit, letters of alternating case and digits (generated-password-shapes.ts), taken whole after a foreign
 *   password word where a word and a colon run on to the value (passwords.ts); places' codes around a found password,
 *   the number before the place ("NNNN for the X"), after "takes", "wants", "still", "one", a colon, leader dots or a
 *   bracket, a store room's (a room's own number is the room's alone, after a small word or a hotel's), after the
 *   code's word in other scripts, with the password's own digits no other number (numbers-beside-found-passwords.ts);
 *   a padlock's numbers joined by commas and a safe's dial to 99 (combination-dials.ts); an alarm's "unset" code
 *   (codes-by-what-they-open.ts); "digicode" (door-codes-any-language.ts); the PIN a till asked for after a card
 *   (pin-numbers.ts); a second person's ID of the same layout after a found one (ids-beside-found-ids.ts, new); Wi-Fi
 *   keys after a named network and a comma, "then" or "and it wants" (wifi-keys-after-a-network-name.ts); backup
 *   codes on the line after their heading joined by plus signs, lettered lists, digits in threes joined by
 *   underscores, letters alone (backup-code-runs.ts, numbered-code-sheets.ts); TOTP seeds given instead of a QR, in
 *   hyphenated fours or hex beside the period and digits (labelled.ts); a phrase read out with ", then" and its
 *   "extra word" (seed.ts, wallet-extras.ts); a key answering a "[Name] …" chat's question, base64 of an id and a
 *   secret (keys-given-when-asked.ts); `v-add-user NAME PASS EMAIL` (account-create-commands.ts); Oberon's export
 *   mark before `=` (index.ts); a quoted token that "is the key" (password-after-value.ts); a client secret of
 *   random-case letters alone under its name (short-secrets-under-secret-names.ts).
 *   What is left (21 misses), by family:
 *   - English prose (16: 9 plain handovers, 7 styled): places' codes in clauses no rule reads ("if the X sticks, NNNN
 *     and shove", "NNNN then the round button on the X", "polytunnel? NNNN", "the X one (NNNN) in that box instead",
 *     "1x boathouse NNNN", "(tool cage, 4): NNNN"), a place's code in capitals after capitals ("SIDE GATE NNNN": a part's
 *     or a container's code is written so), "clicked at NNNN" ("at" before a number is a time's), sixteen random
 *     characters with no word at all (a trace id's shape as often), a Wi-Fi key left after a password rule took the
 *     network's name, a joined password whose middle word holds another language's door word ("bunt"), so the code
 *     rule takes its number first.
 *   - Wi-Fi keys (3) as "NAME / KEY" with no Wi-Fi word (a login's "user / password" line is written the same way).
 *   - a provider key of twelve small letters and digits answered bare in a chat (one case, short: a reference's shape).
 *   - a Galápagos cédula after "I typed", the ID's word a question before it.
 * - BN (477/498, 0/295 false alarms since its round; 75.5% / 6.8% (376/498, 20/295) on the rules at its start, 74.1% /
 *   6.8% on session 56's). The false alarms first: a year after a word of time beside a code's word ("we changed the
 *   door code after 2000's break-in": all 20, one text shape) is no code, whichever code rule reads it (index.ts); a
 *   network's name given before its key ("wlan: Downs24 key …", "Wi-Fi: Haus_335 / …", "El wifi es Tienda2 y la clave
 *   …") is kept (values-after-wifi-words.ts, also asked by values-after-secret-words.ts; it masked SSIDs inside 70
 *   positives of older corpora). Then the misses, by family: IBANs under a territory's own code (AX, France's overseas
 *   departments and collectivities, GG, JE, IM; checks.ts); a number between two words joined by `+` or `|`
 *   (`quince+29+HAFNIUM`, `walrus|992|sitar`) and capitals, digits and a small word closed by a symbol
 *   (`MANA32serval>`; generated-password-shapes.ts); a password a login "answers to", one "put back in" and the old one
 *   in an aside ("(the old one, …, might still be saved …)"; passwords-in-casual-frames.ts); places' codes after
 *   "with" ("with NNNN at the X") and before "gets you through", "opens", "unlocks", and doors', locks' and safes'
 *   words in Spanish, Italian, German, Slovenian and Arabic beside a found password (numbers-beside-found-passwords.ts);
 *   a code punched "into" a box, a door that "se abre con" one (codes-keyed-in.ts); pairs of four digits joined by a
 *   slash in a run and codes one to a line under their heading (backup-code-runs.ts); a provider's small-letter prefix
 *   before a body in capitals and digits (`bol_tok_7EE6…`; values.ts).
 *   What is left (21 misses), by family:
 *   - `WordWord=NN` passwords (7: "the till is …", "thou shalt give …", "Step 2: type …", "… on the laptop", "the Wi-Fi
 *     のパスは …"): a setting is written the same way (`MaxRetries=10`, `PoolSize=20`), and "type" and "give" stand
 *     before names and code identifiers as often, so neither the shape nor those frames is read alone.
 *   - places' codes (10 texts, most with a password above): in clauses no rule reads ("grow tent is NNNN no cap",
 *     "and at the X, NNNN", "you'll need NNNN for the X", "bindery -> NNNN" after an arrow line), or after the password
 *     was found as an API key ("… credentials: <key>. alpaca barn code NNNN"), or beside no found password.
 *   - random runs of fourteen letters and digits with no symbol and no word (3): an id's or a trace's shape as often.
 *   - other languages (7): "El portal, NNNNN" (English "portal" is a web portal, so the word was dropped), a number run
 *     on to Chinese or Japanese words ("门锁是6152", "門の番号は7367": the number rules want no letter before the digits),
 *     a Creole "a" for "is" ("di lock a NNNNN").
 * - BO (442/514, 0/280 false alarms since its round; 65.6% / 6.4% (337/514, 18/280) on the rules at its start, 64.6% /
 *   6.4% on session 57's). Written by a helper that never read the rules; 124 of its 150 token formats are guesses built
 *   from the provider's name. The false alarms first: digits typed "into the search box" are a query (codes-keyed-in.ts,
 *   17 of 18, one text shape), a keypad that "is a" make and model names no code ("… is a Ingenico Lane/3000";
 *   object-codes.ts). Then the misses, by family: a provider's name, a secret kind's word and a random body
 *   (`acme_sk_…`, `hr_srv_…`; keys-with-a-kind-marker.ts, new: no provider's prefix listed), chat heads "[App] Name
 *   HH:MM:" and "Name:" (tokens-alone-in-chat-messages.ts), Vyper's and Python's declared string types (rules.ts) and
 *   Clarity's `define-constant` (declared-secret-variables.ts); backup codes as a sheet of six or more random codes of
 *   one shape with no word before them and in dotted or two-character groups (backup-code-runs.ts,
 *   numbered-code-sheets.ts); two-factor seeds in dotted and spaced-hyphen groups, after a QR named first, beside a
 *   four-letter word (labelled.ts); seed phrases joined by " + " or lettered "A) … B) …" (seed.ts); "ID:" alone at a
 *   clause's start before a number that passes a strong European check (ids-by-any-name.ts); four generated password
 *   shapes (`wordWord123%`, `Word@word12`, `Word.Word.1234`, `Wordword/12`; generated-password-shapes.ts); Wi-Fi keys
 *   after "WPA2", after "join with" a hotspot, of two words with numbers (values-after-wifi-words.ts); places' codes
 *   that someone "will need … to get in", that "get you into" a place, that a lock "takes", "NNNN for the door" at a
 *   sentence's start, French "tu tapes" (codes-keyed-in.ts).
 *   What is left (72 misses), by family:
 *   - places' codes in English clauses no rule reads (26 texts: "it's NNNN this week", "has gone back to NNNN", "For
 *     the X it's NNNN, wait for the green light", "Put NNNN in the box by the X", "the grey box …? NNNN, then turn the
 *     dial", "let them into the X - it's NNNN -", "Prize is in the X - NNNN -", "pop over to the X with NNNN", "he
 *     needs NNNN on the X keypad", "back room: NNNN" in a list of systems): each frame stands before times, counts,
 *     prices and room numbers as often ("it's 2912" is a price, "back to 7390" a count), and BO's own negatives hold
 *     "number NNNN on the door", "unit NNNN", "Room NNN".
 *   - random runs of twelve letters and digits with no symbol after "the X one is", "is wanting", "We reset the X:",
 *     "stock system …", Pidgin "na …", Portuguese "bota …" (8 texts): an id's, a reference's or a tracking code's shape
 *     as often; BN's round left the same.
 *   - other languages (20): a door's word and the number with no code word ("Arka kapi NNNN", "mlango wa nyuma ni
 *     NNNN", "Tür zum Lager: NNNN", "de Hinterdür is NNNN", "la s'apre co' i' NNNN", "Peechle darwaze ka number NNNN
 *     hai", "뒷문 번호 NNNN 누르고", "para entrar al depósito pon NNNN", "O portão do armazém é NNNN"): each language's
 *     door and verb would be one more list, and a door's number is a house's as often; Zaza "Kodê berê depoyî NNNN o";
 *     a code after "= " on a comment line for another reader (2).
 *   - Wi-Fi keys (5): "Guests can use X, the key is on the back of the menu: …" and "Guests can use X - <key> -"
 *     name no network (a key is a door's as often), and a hotspot's key beyond the eight words the rule reads after
 *     its word.
 *   - two-factor seeds (3): lowercase base32 after "re-add X with … and it'll start making the numbers": no word says
 *     seed, two-factor or authenticator.
 *   - seed phrases (3): the first four letters of each word in capitals (English, French, Spanish): the other lists'
 *     prefixes are not kept, and runs of four capitals are acronyms' as often.
 *   - provider tokens (3): `sncf~…`, `NSAPI_…`, `middetok-…` with no kind word, after "delete after:" and an arrow
 *     in a line of prose (their prefixes are guesses; none is listed).
 *   - session cookies (2): `<app>_sid = …`: "sid" names an Oracle SID and Twilio's account SID (an id) as often.
 *   - Bouvet Island IBANs (2): BV is no IBAN country in the registry (Bouvet uses Norway's NO).
 *   - a Dutch BSN after "ID:" (1): nine digits pass the 11-proef one time in eleven.
 *   - an OpenVPN credentials file written with a here-document (1): the password is its second line, read by no rule.
 * - BP (402/498, 0/287 false alarms since its round; 67.5% / 5.6% (336/498, 16/287) on the rules at its start, 67.1% /
 *   5.6% on session 58's). Written by a helper that never read the rules; 25 of its 123 token formats are guesses. The
 *   false alarms first: a note line's meter reading is a measure (codes-keyed-in.ts, 11 of 16, one line shape), a
 *   thing that "is number NNNN, the code's on the fridge" is told by its number (object-codes.ts IS_ITS_NUMBER, read
 *   by codes-after-locks.ts and codes-on-note-lines.ts, 4), a price in the sentence after a password's mention
 *   (values.ts, 1). Then the misses, by family: a place said to be "on" a number ("is on NNNN now; the old code …",
 *   "is still on", "opens on", "left the X on": codes-a-place-opens-with.ts); chat heads "[App] Name:", "Name via
 *   App:", "Name (App):", words of handing over ("this one", "use the new one", "here's what goes in the X box") and
 *   prefixed hex of any length (tokens-alone-in-chat-messages.ts); seeds in underscored groups and in spaced groups of
 *   five to eight (labelled.ts); backup codes of colon-joined three-digit groups, in a run and numbered
 *   (backup-code-runs.ts, numbered-code-sheets.ts); a card's code after a spaced dash and after "on the back" and a
 *   space (card-code-after-expiry.ts); `48MaplePlover?` and `walrus_418_Tansy` (generated-password-shapes.ts).
 *   What is left (96 texts), by family:
 *   - places' codes in English clauses no rule reads (most of the handovers, asides, English styles and long notes
 *     left: "the tablet wants NNNN", "it's NNNN on the X door", "X got changed, it's NNNN from now", "NNNN and then
 *     the key symbol, that's the key box", "Back entrance: NNNN. Front is …", "you'll need NNNN for the yarn store",
 *     "the numbers for the X are NNNN", "front porch NNNN, then alarm panel NNNN", "NNNN for the reception", "the X
 *     is NNNN", "X's NNNN", "X = NNNN" after another language's sentence, "the old NNNN dunt work"): each frame stands
 *     before a room's, a house's, a price's or a count's number as often ("the X is NNNN" is a room number, "NNNN for
 *     the reception" an extension), and BP's own negatives hold "We're at number NNNN on the door", "Your room is NNN".
 *   - generated passwords of a capitalised long word, a hyphen and three digits (`Wordword-NNN`, 8): "Mercedes-300",
 *     "Windows-365" are products' names; random twelve-character runs ("on the little one it's …", "I've set the
 *     website admin to …", "the client portal is …", 5): an id's shape as often; lowercase-first short passwords
 *     (`bRIE07$`, 2).
 *   - other languages (20): a padlock's or a store's word and its number with the language's own "is on" ("tá no",
 *     "стоит на", "deh pon", "rah 3la", "kilidi NNNN'de", "gembok … pasang NNNN", "ताला NNNN पे है", "南京錠はNNNNだべさ",
 *     "锁是NNNN", "자물쇠는 NNNN이랑께"): each language's word and particle would be one more list, and in CJK and Hangul the
 *     number is run on to the words; Wi-Fi keys in two of them.
 *   - Wi-Fi keys (9): a router's "hub" or "broadband box", the network's name, then the key after a dash or a slash
 *     ("BT Hub in the vestry - Depot-5G - …"), "guest internet … is X, and you type Y", "join X, the code's Y": "hub"
 *     and "internet" as Wi-Fi words masked a BIM 360 hub's id in an older corpus, and a network's name of a key's shape
 *     comes first.
 *   - provider tokens in chat (13): a UUID, 32 or 64 hex digits bare (a digest's or a trace's shape: the chat rule
 *     leaves them), "X thing again. <hex>" under "Name (App):", a key of eighteen characters.
 *   - provider tokens in env files and snippets (13): a bcrypt-shaped value under `*_API_KEY` (a stored hash's shape,
 *     kept by notACredential), `*_APPLICATION_ID` and `*_REPORTER_ID` (ids by their names), 48 lowercase letters after
 *     `sk-` and 8 hex digits under `*_API_KEY` (no random shape), Elm's and Zeek's declarations.
 *   - Svalbard and Jan Mayen IBANs (2): SJ is no IBAN country in the registry (Norway's NO is used).
 *   - a backup-code sheet of ticked lines under a heading with no colon (1).
 * - BQ (389/510, 0/286 false alarms since its round; 69.4% / 7.3% (354/510, 21/286) on the rules at its start, after
 *   BP's round; 69.0% / 7.3% on session 59's start code). Written by a helper that never read the rules; 96 of its
 *   150 token formats are guesses. The false alarms first: a locker's own number after "in locker" or "at locker"
 *   (codes-by-what-they-open.ts, 14 of 21), a lock's model said between the lock and the number ("the combination
 *   lock model is Kwikset 914": codes-with-owner-words.ts, codes-after-locks.ts, 4), a pointer to where the value is
 *   kept (`see-1password-entry`: values.ts, 3). Then the misses, by family: a padlock said with another language's own
 *   "is" or "has" (c'est, lleva, tem, gl'ha, ä, sâm, a dash) and more languages' padlock words (aloquete, cadiado,
 *   kilidi, 锁: codes-with-owner-words.ts); a lone number answering a turn that says a door will not open
 *   (codes-answering-a-lock-question.ts); a password answering "what do I put in on the X" or "did you change the X?"
 *   after "yes sorry," (chat-replies.ts); backup codes of three, three and two digits and of dotted letter and digit
 *   groups, behind an arrow too (code-sheets.ts, backup-code-runs.ts). What is left (121 texts), by family:
 *   - places' codes and passwords in English clauses no rule reads (the 32 plain handovers, 12 asides, 11 long notes,
 *     15 English styles, 3 welcome notes: "you'll want NNNN at the back door", "the kit room takes NNNN", "cellar is
 *     on NNNN until …", "(stairs cupboard is the one with the lock, NNNN)", "it took <password> on the X", "X (events /
 *     <password>)", "The X logs in as the shop email with <password>"): each frame stands before a room's, a price's, a
 *     count's or an extension's number as often, and BQ's own negatives hold "Room 510 for the workshop", "Extension
 *     NNNN if you ring reception"; a password with no word for one is a prose word's shape unless a frame says it.
 *   - provider tokens in chat (13): "the X key off my screen, it's <token>", "X api thing for the website: <token>",
 *     "anyone still got the X token?" then "yep <hex>", "X - <token>" under a note's heading: 32, 64 and 80 hex digits
 *     bare are a digest's shape, and the others are named by the provider alone; one env file's value (1).
 *   - TOTP seeds (6): base32 in spaced threes ("B7M YRR E2M …") or dotted fours after "authenticator secret" or "manual
 *     entry": three-letter groups are words' and codes' shape as often.
 *   - Wi-Fi keys (6): "network X, key Y" on a router's sticker, "Guests can use SSID - KEY", "it's <ssid> and then
 *     <key>": the network's name comes first, of a key's shape.
 *   - other languages (17): Arabic's, Hindi's, Japanese's and Indonesian's padlock or door word with the number and no
 *     copula ("قفل الـ X NNNN،", "X का ताला NNNN है", "Xの南京錠は NNNN やけん", "Gembok X NNNN"), Värmländska's "lösen"
 *     and "dörra te X ä": each language's particle would be one more list.
 *   - backup codes (2): a run after a heading with no colon, and a sheet under "Printed these from the X security page".
 *   - a chat head with a bracketed aside ("Rosa (upstairs):"), a Czech seed numbered one per line (2), a SIN spaced in
 *     threes after a format question (Yukon), a cookie after devtools' path with an expiry aside.
 * - BR (446/555, 0/289 false alarms since its round; 68.8% / 11.4% (382/555, 33/289) on the rules at its start, the
 *   same on session 59's start and final code). Written by a helper that never read the rules, in about fifteen
 *   minutes; its hard negatives are everyday lines joined together, and all but one of its 150 token formats are
 *   guesses. The false alarms first: a sort code whose account is named but not given ("(account details in person)"),
 *   which any run of digits in the 400 characters around had made an account's (routing-with-account.ts: the digits
 *   must stand in the account word's sentence, near it; 21 of 33, with combination-dials.ts, whose lock words no longer
 *   reach past a sentence's end, and object-codes.ts, where a sort, branch, SWIFT or IFSC code is another kind); an
 *   alarm company's account number said between the alarm and the number (codes-after-locks.ts RECORD_NUMBER_BETWEEN,
 *   11); an ID quoted "as the example" (not-credentials.ts, 1). Then the misses, by family: a padlock set to its
 *   number with another language's verb (puesto, dejé, mis sur, ustawiłem na, satt på, sat til, gezet, έβαλα) and bike
 *   locks' compounds (codes-after-locks.ts); "it won't open" answered "try NNNN", and "what's the X again" answered by
 *   a number alone (codes-answering-a-lock-question.ts); a password offered to a login that asks for one
 *   (passwords-in-casual-frames.ts); "X is NNNN this month" and a bulleted "- X is NNNN" beside a found password
 *   (numbers-beside-found-passwords.ts); a one-time code keyed in after it was sent ("sent a code and I put in NNNNNN":
 *   one-time-codes.ts); a card's code after spaced slashes (card-code-after-expiry.ts); backup codes one a line under
 *   a heading ending in a colon (code-sheets.ts); a router sticker's "NAME / KEY" (wifi-name-and-key.ts); keys whose
 *   kind comes first (`sk_<provider>_…`: keys-with-a-kind-marker.ts) and keys opening with their provider's name cut
 *   short, the provider named on the line with a key word (keys-prefixed-with-their-providers-name.ts).
 *   What is left (109 texts), by family:
 *   - places' codes and passwords in English clauses no rule reads (the 35 plain handovers, 16 English styles, an
 *     aside: "the glass-eye drawer is NNNN", "Door's NNNN. Bring biscuits.", "it's NNNN on the X", "Gate's NNNN, then
 *     round the side", "(X changed to <password>, …)", "<password> — that's X", "tack room is NNNN now, t'old one's
 *     knackered"): BR's own negatives hold "We're at number NNNN now, the blue door", "Locker NNN is yours", "Port is
 *     NNNNN on the new box", the same clause before a house's, a locker's or a port's number; a password with no word
 *     for one is a prose word's shape unless a frame says it.
 *   - family chats (5): "me: Ade the tack room is NNNN now" then "👍", and "the door?" answered "still NNNN" after a
 *     login: the same clause as above.
 *   - long handover notes and welcome notes (15): a bulleted "- X: <password>" whose line has no found secret beside it,
 *     "Grow room 2 is NNNN" (a room's own number stands between), a password of random letters and a symbol with no
 *     digit after "asks for a login, try" (the frame's value shape asks for a digit: a word and a mark are prose's as
 *     often), "Starter sheet — X (user / <password>), Y (NNNN)": a name and a number in brackets are an aside's.
 *   - a code's word then "it's" before the number ("the paper store code, it's NNNN", "X code (it's NNNN)", 2 asides):
 *     a general frame, not read this round for want of time.
 *   - other languages (29): a door's or a gate's word and the number after a found password with the language's own
 *     "is" (portal … er, portería es, porten är, portail c'est, πόρτα, domofon, beim Hoftor drückst): the clause
 *     rule beside found passwords reads English only, and each language's copula and door words would be one more
 *     list; padlocks in Tok Pisin, Kreyòl, Papiamentu, Tsotsitaal, Arabic, Neapolitan and Andalusian ("candao", "miso")
 *     words, Spanglish's "el lock del bike en" and Flemish "'t Slot" (a bare "lock" or "slot" names many things),
 *     Afrikaans "fietsslot is nou NNNN" (no verb of setting), Vienna's "auf NNNN g'stellt" (the "g" after the number
 *     reads as grams); Wi-Fi keys after "kle", "ki", "clau", "الباسورد" with the network's name first.
 *   - provider tokens in chat (3): a key named by the provider alone ("the live Restate one: res_…") with no key word
 *     on the line, and a 48-character body that `looksLikeRandomToken` does not take.
 *   - Wi-Fi keys (2): "won't join NAME, type KEY slowly": the network's name and a verb of typing, no Wi-Fi word.
 *   - a session cookie with a `%7L` in it (1).
 * - BS (439/489, 0/310 false alarms since its round; 66.3% / 0.6% (324/489, 2/310) on the rules at its start, main at
 *   d9a0ae3; 65.4% / 1.0% on session 60's start code). Written by a helper that never read the rules, in about fifteen
 *   minutes; its long handover notes are assembled from pools of lines, its passwords drawn in ten shapes, 117 of its
 *   150 token formats guessed. The false alarms first: a locker named by its number with the place said after it
 *   ("Locker NNNN at the station": codes-by-what-they-open.ts, as BQ's round did for the place said before), and a
 *   library card's number given to sign up with no PIN beside it (object-codes.ts: a library card is read as a member
 *   card is, its number a sign-in only beside a PIN or a password). Then the misses, by family: four password shapes read
 *   alone (`Word-NNNN-word!`, `wordWordNN%`, `NNNwordWORD`, `WordNWordN`, and words joined by `+` before digits:
 *   password-shaped-words.ts) — these are the writer's own generator shapes, chosen because no name, product, hashtag
 *   or percentage is written so, and they lift BS more than they will lift a corpus drawn otherwise; a password named
 *   only by the system it opens ("the till is …", "club email …", "… to get in": passwords-after-what-they-open.ts; not
 *   after "account", "login" or "MAC", which stand before ids, user names and addresses), the value of a password's
 *   shape with a capital in it (`strongPasswordShaped`, letters and digits changing places twice in both cases, or
 *   random case), no log's `name=value`, UUID, MAC address, prefixed id, nor anything said to be public; once a password is found there, the places' codes beside it follow by BH's and BC's rules, which
 *   took most of the 30 long handover notes, the welcome notes and the English styles; a Wi-Fi key of small letters and
 *   five digits (values-after-wifi-words.ts); a chat's turn asking what opens a place ("what's the garage", "gate?",
 *   "the laptop wants a pin", "the door won't go") answered by a number (codes-answering-a-lock-question.ts); a card's
 *   code after "exp", a line break, a bracket or spaced bars (card-code-after-expiry.ts); backup codes in short groups
 *   joined by a colon or hyphens, and "spare login codes" as a heading (code-sheets.ts); TOTP seeds of 15 bytes and in
 *   spaced groups of ten (labelled.ts); keys opening with three letters of their provider's name or its initials, the
 *   provider named on the line before too (keys-prefixed-with-their-providers-name.ts); a key given when asked with a
 *   remark after a comma (keys-given-when-asked.ts); a lock's or a door's word in another language beside a found
 *   Wi-Fi key (place-codes-beside-found-passwords.ts; not "porta" or "porte", a network's port and a verb as often); ", that's NNNN", ", which is NNNN", "now (NNNN)" after a lock's
 *   word (codes-by-what-they-open.ts) and "lets you in with NNNN" (codes-keyed-in.ts); a seed phrase split over rows
 *   labelled "card N of M:" (seed.ts).
 *   What is left (50 texts), by family:
 *   - places' codes in English clauses with no lock's word or frame (the six plain handovers, four asides, five English
 *     styles, three welcome notes: "Dairy parlour office NNNN.", "parcel's in the shed - NNNN", "Keys in the box by the
 *     door, NNNN,", "The shower block wants NNNN at night", "Garden shed is NNNN if …", "the club bar's NNNN on the
 *     keypad", "dog ward NNNN", "Cattery NNNN"): BS's and BR's own negatives say "Locker NNNN at the station", "We're at
 *     number NNNN now, the blue door", "Pitch 14", a place and a number with nothing between; a shed or a bar is named
 *     before prices and sizes as often. Passwords whose system's word is not on the list ("Lighting desk …", "the tv box
 *     is …", "the Raspberry Pi inside wants …", "(Used my account, …)") or that hold no digit ("… laptop is
 *     LITymDUSMzcq", letters the random-case test reads as words).
 *   - family chats (2): a Wi-Fi key after "yes sorry" with no Wi-Fi word in its turn, and the same number said again
 *     ("it's NNNNNN not the old one") after the first was found: a six-digit repeat is not carried.
 *   - other languages (14): Arabic Wi-Fi keys of capitals after "تبع المشغل" / "متاع الحوش" (the owner's words between
 *     the Wi-Fi word and the key), "wifi是…" and "Wi-Fiは…" run into their particle with no space, a Persian padlock's
 *     code that reads as a year (2084), the French, Swabian, Cauchois and Arvanitika key boxes ("c'est NNNN", "goht mit
 *     NNNN auf", "ch'est NNNN", "vure NNNN"), Arvanitika's "dry" (a lock, and an English word), Zeneize "portun" and
 *     Portuguese "a porta de trás é NNNN" ("porta" is a network's port as often: "liberar a porta 25565"), and
 *     an "(EN: cellar NNNN)" gloss after a card's PIN: each dialect's words would be one more list, and a gloss's bare
 *     place and number is the English clause above.
 *   - provider tokens (10): a bare hex key after "key … :" or "I'm using" (32 and 64 hex digits are hashes as often), a
 *     UUID after "it's", a key after "Webfleet ->" with no separator in it, "update Plasmic … to platok_…" and "I tried
 *     ST-…" with no key word on the line, a JWT whose payload is not JSON, a Keboola key's numeric prefix, `rg.` under
 *     `REA_GROUP_TOKEN=` (a dotted prefix under a secret name is not read), ZeptoMail's "Zoho-enczapikey" scheme word,
 *     which the corpus counts as the key's.
 *   - seed phrases in Turkish (4): BIP-39 has no Turkish list, so no checksum can be read.
 *   - a codice fiscale named only a sentence after it ("…: RNTPDP…L. That's the codice fiscale"), and "SUP_Hut /
 *     KEY" with no Wi-Fi word (1 each).
 * - BT (444/552, 0/315 false alarms since its round; 61.2% / 1.0% (338/552, 3/315) on the rules at its start, main at
 *   ea9d197; 58.9% / 1.0% on session 61's start code d9a0ae3). Written by a helper that never read the rules; its
 *   passwords drawn from six word pools in twelve shapes, 129 of its 150 token formats guessed. The false alarms first:
 *   a number its clause says is printed on a thing ("the barcode on the pass is …", "the box code on the side is …":
 *   not-credentials.ts), and a bus stop's code (codes-after-a-bare-code-word.ts). Then the misses, by family: a
 *   memorable password of two words and a number joined by one separator, one word capitalised or shouted
 *   (`word/NNN/Word`, `word_NN_WORD`, `NNNN-Word-word`, `Word.NN.Word!`: passwords-after-what-they-open.ts), read only
 *   after a system's word, or before one ("… for the booking system", "… to sign in to the laptop"), and after a
 *   router's, a bank's, a booking page's or an account's word — these shapes are password managers' "memorable" ones
 *   as well as BT's writer's, so part of this lift is BT's; the other clauses of a found password's line, each a label
 *   and its value with no verb ("phone NNNN, laptop …, bank …": passwords-in-found-lists.ts), a network's or a user's
 *   name before its password kept; codes reported changed with both values ("changed from A to B", "is now B (was A)",
 *   "is B now, not A": codes-said-to-have-changed.ts); backup codes of three-letter groups, "sign-in codes", a
 *   guillemet bullet, and six same-shaped codes under a line naming codes or two-step (code-sheets.ts); TOTP seeds in
 *   groups of eight joined by " - " or split over two lines, and "second-factor" (labelled.ts); a lock's or a
 *   padlock's number with the language's "is" in any language, alone (lock-codes-said-in-any-language.ts: BS's round
 *   read these words only beside a found password); places' codes said loosely in English ("the lock-up's NNNN now",
 *   "The pool gate wants NNNN", "the boat shed is NNN", "barn door NNNN,", "key safe, NNNN", "NNNN at the car park
 *   barrier": codes-of-named-places.ts); a chat's turn asking who knows a lock answered by a number
 *   (codes-answering-a-lock-question.ts); keys whose prefix skips through the provider's name ("srw_" for SerwerSMS),
 *   joined by a dot, or with a kind in it (keys-prefixed-with-their-providers-name.ts); seed phrases in capitals or
 *   joined by dots (seed.ts).
 *   What is left (108 texts), by family:
 *   - places' codes in English clauses still with no lock's word or frame (28 plain handovers, 7 asides, 5 English
 *     styles, 11 workplace messages, 7 long notes, most welcome notes: "the thing at the bottom of the stairs wants
 *     NNNN", "we went with NNNN in the end", "It's NNNN now, the estate agent reset it", "pop NNNN in and lean on it",
 *     "NNNN opens it", "our floor is NNNN", "My phone's NNNN.", "the garage one is NNNNN", "Drug room is NNNN",
 *     "Cosmin's locker at work is NNN", "the repair bench drawer is NNN", "tack room NNN", "chain code NNN", "Pods are
 *     1: NNNN, 2: …"): the number's only sign is a place that a room's, a floor's, a house's, a locker's or a phone's
 *     number names as often, or none at all; BR's family again, each frame one more list. Three-digit codes are read
 *     only under a padlock's words; rooms' and offices' need five digits.
 *   - passwords and Wi-Fi keys with no system's word, or one not on the list ("it's yq5…", "Here you go: …", "the Etsy
 *     shop is …", "the ticket admin is …", "tracker NNNN-Word-word" where a code rule took the digits first), a
 *     `WORDNN=word` value (read as a setting: `Name=value`), a `word1234=` value, a key of 16 small letters and digits
 *     after a network's name with no Wi-Fi word ("Staff network is X, key …", "ZineNet with …", "the wifi …" in a
 *     list), a wifi key given in a change ("changed the wifi from … to …").
 *   - provider tokens in chat (14): a bare hex key or UUID after the provider's name ("Jelastic → …", "Usedesk again.
 *     key: …", "Weeek with <UUID>"), two-letter prefixes (`zg_`, `tb.`, `yp-`: any name holds two such letters), a
 *     lower-case name's prefix ("eDahab"), keys with no key word on their line.
 *   - family chats (7): answers to a statement, not a question ("the pad wants 5 digits" / "72526"), a turn of its own
 *     between ("what is it"), "new one is NNNN" after a code named a turn before, "she uses NNNN for it", "put in NNNN
 *     and hit off" after "check the alarm panel", a memorable password answering "the till won't let me log in".
 *   - cards (4): a CVC or a PIN given after the card's number as a bare "and NNN", "NN/NN. NNN.", "uses NNNN at the
 *     chemist", "was it NNNN?"; an IBAN said to be for donations (kept as published, by design), a CPF asked "Is it
 *     …?".
 *   - other languages (6): a door's word with the language's "is" ("la porta del magazin xe NNNN": a door's number is
 *     where it stands), passwords after another language's system word ("la compu de la caja es …", "رمز کمپیوتر
 *     …", a memorable password after an Arabic word), Wi-Fi keys after the network's owner's words ("الواي فاي حق
 *     الاستراحة …", "de Wifi bei der Bomi is …").
 *   - a Czech seed phrase joined by dots and one in Portuguese numbered columns, a session cookie, an FTPS URL whose
 *     password holds slashes, ten-digit codes under "these will get you into your email" (1 each).
 * - BU (434/510, 0/308 false alarms since its round; 58.6% / 1.0% (299/510, 3/308) on the rules at its start, main at
 *   cfc1d0c; 55.7% / 1.0% on session 62's start code ea9d197). Written by a helper that never read the rules; its
 *   passwords drawn from five word pools in ten shapes, 126 of its 150 token formats guessed. The false alarms first:
 *   a key's hex the words after it call its fingerprint ("… is its fingerprint"), a number its sentence calls just the
 *   house ("it's just the house"), and an example file's worded placeholders (`WIFI_PSK=ask-the-office`), all in
 *   not-credentials.ts; and, made up, a castle's year after Schloss/замок/zámek and "is" (codes-with-owner-words.ts).
 *   Then the misses, by family: a dial's numbers joined by middle dots (`NN·NN·NN`), read with no lock's word
 *   (combination-dials.ts: no date, time, score or price is written so; BU wrote every combination so, so part of
 *   this lift is its writer's notation); memorable passwords read alone where their two words are in two cases
 *   (`WORD.NN.word`, `word_Word_NNN!`, `NNWORDword`, `wordNN&WordNN`, `NNNN+wordWord`, `word=Word=NN`:
 *   memorable-passwords-alone.ts, new; the shapes in passwords-after-what-they-open.ts — these are BU's writer's ten
 *   shapes, and `word=Word=NN` is its own, so part of this lift is BU's); backup codes behind "▸" or "(unused)", of
 *   `NN NNN NNN` and `NNNNNN-NN`, and runs split by " ; " or spaced middle dots (code-sheets.ts,
 *   backup-code-runs.ts); TOTP seeds in groups joined by colons, hyphens or slashes (labelled.ts); seed phrases
 *   joined by slashes (seed.ts); Wi-Fi keys of words between two numbers, small letters before a symbol and digits,
 *   and small letters and digits mixed (values-after-wifi-words.ts); codes "went from A to B", a dial's value there
 *   too (codes-said-to-have-changed.ts); a door's or a gate's word in more languages beside a found password
 *   ("Hintertür", "kapija", "хвіртка", "الباب", "裏口", "뒷문", "portail"; "porta" only before the language's "is":
 *   place-codes-beside-found-passwords.ts); a cave's, a walk-in's, a drawer's, a clubhouse's code in a found
 *   password's list, "wireless" naming the network kept (passwords-in-found-lists.ts); a device's PIN the device
 *   "wants", "takes" or is "set to" (codes-of-named-places.ts).
 *   What is left (76 texts), by family:
 *   - places' and devices' codes in English clauses still with no lock's word or frame (14 plain handovers, 6 asides,
 *     5 long notes, lists: "you press NNNNNN and it wakes up", "New one's NNNN.", "it's NNNN on the bike store", "put
 *     NNNN into the panel", "the rear entrance is NNNNN", "I've left the gym locker on NNNNN", "it's NNNNNN for the
 *     carport", "the tablet is NNNNNN", "cabin 3 is NNNN", "the till drawer opens on NNNN", "The bin store is NNNN and
 *     …", "office NNNN", "POS manager NNNN", "Parts cabinet 1954"): BR's family again; a room's, a cabin's, a locker's,
 *     a house's or a phone's number is said the same way, and a year-shaped code is left.
 *   - passwords with no system's word and no memorable shape (11 random characters: "it's Efiy@sxrjPF", "Elif left it
 *     on a post-it: 0fznh4akdXO", "the van tablet is AXkHKXRTOKU", "laptop still opens with g7bwMCtPDB1"), and the
 *     memorable shapes that titles share, read alone only after a system's word: `Wordword-NNNN` ("the account is
 *     mine, Oberontriceratops-9985", "Manchester-2024" is written so) and `Word@Word.NN` (an address's shape).
 *   - family chats (10): answers to questions that name no lock ("what's the banking app thing again", "which number
 *     for the office again", "locker at the pool?" / "I set it to NNNN", "gate won't take my fob" / "use NNNN").
 *   - provider tokens in chat (11): prefixes joined by a dot or a colon to a random body ("deepc.", "kli:", "carg.",
 *     "zwt_"), a kind in a long prefix ("user_tok_", "codes_srv_"), a bare hex key or 128 hex after the provider's name,
 *     bare random bodies ("Tipalti: …", "Humanforce …").
 *   - Wi-Fi keys after a network's name with no Wi-Fi word or past a clause's stop ("guest network is Kitchen2.4, the
 *     key is …", "ShopFloor with …", "the internet name is … and the long word is …", "Hotspot … is TheBunker, …").
 *   - other languages (6): "porta", "portoni", "pòrta" with no "is" (a network's port is said so), a safe's word with
 *     words between ("O cofre do escritório é NNNN"), a gloss's "cold room NNNN" (a room's number), a Wi-Fi key after
 *     "a rede é … e a chave é" in quotes, an Arabic password word spelled out ("الموط دو باس").
 *   - national IDs said with no ID word (4: "they want NNNNNNNNNNN on every page", "gave them <codice fiscale>", a
 *     personnummer read out, an Aadhaar number the company asked for), cards' codes and PINs said bare after the number
 *     ("… and 331 three times", "the pump wants NNNN"), a TOTP seed with no two-factor word ("add the studio admin to
 *     your phone, the key is …"), a session cookie after `_ga` in document.cookie's output (1 each or 2).
 */
interface HeldOutCorpus {
  name: string;
  file: string;
  positives: number;
  negatives: number;
  kinds: number;
  caught: number;
  minRecall?: number;
  knownMisses: string[];
  falseAlarms?: number;
  knownAlarms?: string[];
}

const CORPORA: HeldOutCorpus[] = [
  {
    name: 'A',
    file: 'heldout-a.json',
    positives: 356,
    negatives: 353,
    kinds: 170,
    caught: 350,
    minRecall: 0.98,
    knownMisses: ['kubeconfig_client_key', 'braintree_token', 'firebase_config', 'mapbox_secret_token', 'sentry_dsn'],
  },
  { name: 'B', file: 'heldout-b.json', positives: 409, negatives: 356, kinds: 231, caught: 408, knownMisses: ['braintree_token'] },
  { name: 'C', file: 'heldout-c.json', positives: 448, negatives: 346, kinds: 84, caught: 446, knownMisses: ['payment_api_key', 'symmetric_key', 'password_prose'] },
  { name: 'D', file: 'heldout-d.json', positives: 470, negatives: 357, kinds: 104, caught: 470, knownMisses: [] as string[] },
  { name: 'E', file: 'heldout-e.json', positives: 413, negatives: 361, kinds: 110, caught: 413, knownMisses: [] as string[] },
  {
    name: 'F',
    file: 'heldout-f.json',
    positives: 372,
    negatives: 358,
    kinds: 132,
    caught: 372,
    knownMisses: [] as string[],
  },
  { name: 'G', file: 'heldout-g.json', positives: 416, negatives: 368, kinds: 121, caught: 416, knownMisses: [] as string[] },
  {
    name: 'H',
    file: 'heldout-h.json',
    positives: 352,
    negatives: 358,
    kinds: 150,
    caught: 346,
    minRecall: 0.97,
    knownMisses: ['basic auth url', 'national id', 'door code', 'pushover keys'],
  },
  { name: 'I', file: 'heldout-i.json', positives: 328, negatives: 349, kinds: 141, caught: 328, knownMisses: [] as string[] },
  { name: 'J', file: 'heldout-j.json', positives: 469, negatives: 371, kinds: 121, caught: 468, knownMisses: ['german steuer-id'] },
  {
    name: 'K',
    file: 'heldout-k.json',
    positives: 332,
    negatives: 356,
    kinds: 134,
    caught: 315,
    minRecall: 0.93,
    falseAlarms: 8,
    knownMisses: [
      'sonatype ossrh gradle.properties',
      'codecov token',
      'chef data bag secret',
      'agora app certificate',
      'hue bridge username',
      'tuya credentials',
      'tuya local key',
      'positional key',
      'password on command line',
      'android keystore',
      'crypto private key',
      'passport / id labelled',
    ],
    knownAlarms: [
      'segment browser snippet',
      'mixpanel project token',
      'agora app id',
      'long numeric ids',
      'isbn / library',
      'translations / i18n keys',
      'email headers',
      'hashed passwords discussion',
      'random ids long',
    ],
  },
  {
    name: 'L',
    file: 'heldout-l.json',
    positives: 332,
    negatives: 335,
    kinds: 128,
    caught: 312,
    minRecall: 0.93,
    knownMisses: ['fedex-api', 'ups-oauth', 'amadeus', 'xero', 'quickbooks', 'personio', 'arduino-cloud', 'thingsboard', 'in-house-token'],
  },
  {
    name: 'M',
    file: 'heldout-m.json',
    positives: 484,
    negatives: 366,
    kinds: 115,
    caught: 482,
    knownMisses: ['crypto private key', 'positional key'],
  },
  {
    name: 'N',
    file: 'heldout-n.json',
    positives: 620,
    negatives: 419,
    kinds: 180,
    caught: 619,
    // Why no general rule takes these: a card code after an expiry whose month is impossible (81/30), which the card
    // rule rightly does not read as an expiry; unquoted passwords with brackets in them ("^c+Cw9fZs^N^&5*(", "gh_(E@…"),
    // where a bracket is read as a call or an aside, as it is far more often in code; and "password akun JKN Mobile
    // <value>", a password word with a three-word app name between it and a value of plain letters.
    knownMisses: ['AppFolio password', 'codice fiscale e SPID', 'Airbnb host message pt-BR', 'Indonesian NIK'],
  },
  {
    name: 'O',
    file: 'heldout-o.json',
    positives: 392,
    negatives: 360,
    kinds: 128,
    caught: 385,
    minRecall: 0.96,
    falseAlarms: 1,
    // Why no general rule of its round takes these (see the list above).
    knownMisses: [
      'router admin password',
      'webhook signing secret',
      'hue bridge username',
      'door or gate code',
      'vpn psk',
      'clover token',
      'sim puk',
      'workday credentials',
      'shipstation key pair',
      'positional key',
      'alpaca keys',
    ],
    knownAlarms: ['invoice number not card'],
  },
  {
    name: 'P',
    file: 'heldout-p.json',
    positives: 452,
    negatives: 364,
    kinds: 143,
    caught: 444,
    minRecall: 0.97,
    // Why no general rule of its round takes these (see the list above).
    knownMisses: [
      'hotel safe / door code',
      'etsy ebay keys',
      'upwork fiverr',
      'treasurer bank login',
      'security api keys',
      'fivetran airbyte',
      'master password aloud',
      'lottery claim code',
      'passport / national id',
      'btc wif key',
      'positional key',
    ],
  },
  {
    name: 'Q',
    file: 'heldout-q.json',
    positives: 374,
    negatives: 380,
    kinds: 161,
    caught: 366,
    minRecall: 0.94,
    falseAlarms: 3,
    // Why no general rule of its round takes these (see the list above).
    knownMisses: [
      'zwave',
      'tax-id',
      'hotel-safe',
      'alarm-code',
      'door-code',
      'private-key',
      'transcript',
      'inhouse-token',
      'positional-key',
      'game-server',
      'mpesa',
      'wise',
      'national-id',
      'cookie',
    ],
    knownAlarms: ['public-by-design', 'word-pin', 'log-non-secret'],
  },
  {
    name: 'R',
    file: 'heldout-r.json',
    positives: 435,
    negatives: 340,
    kinds: 165,
    caught: 426,
    minRecall: 0.97,
    // Why no general rule of its round takes these (see the list above).
    knownMisses: ['pesel (polish)', 'tax number romania CNP', 'tax id (ukrainian)', 'national id labelled (korean)', 'loyalty PIN (korean)'],
  },
  {
    name: 'S',
    file: 'heldout-s.json',
    positives: 510,
    negatives: 353,
    kinds: 174,
    caught: 507,
    minRecall: 0.99,
    // Why no general rule of its round takes these (see the list above).
    knownMisses: ['mainframe logon password in script', 'password named a sentence away'],
  },
  {
    name: 'T',
    file: 'heldout-t.json',
    positives: 557,
    negatives: 335,
    kinds: 270,
    caught: 549,
    minRecall: 0.98,
    falseAlarms: 2,
    // Why no general rule of its round takes these (see the list above).
    knownMisses: ['CurseForge API key', 'seed phrase (tr wordlist)', 'kubeconfig client-key-data', 'Braintree/PayPal access token'],
    knownAlarms: ['chat widget / analytics site ids'],
  },
  {
    name: 'U',
    file: 'heldout-u.json',
    positives: 450,
    negatives: 353,
    kinds: 150,
    caught: 447,
    minRecall: 0.99,
    // Why no general rule of its round takes these (see the list above).
    knownMisses: ['passport mrz in visa scan description'],
  },
  {
    name: 'V',
    file: 'heldout-v.json',
    positives: 368,
    negatives: 352,
    kinds: 184,
    caught: 366,
    minRecall: 0.99,
    // Labelled wider than the rule masks, on purpose (see the list above).
    knownMisses: ['putty private key'],
  },
  {
    name: 'W',
    file: 'heldout-w.json',
    positives: 431,
    negatives: 377,
    kinds: 303,
    caught: 421,
    minRecall: 0.97,
    // Masked, but read as left by the score; or a dotted name no rule can tell from code (see the list above).
    knownMisses: [
      'passport mrz (en) [prose]',
      'kubeconfig token + client key [zh]',
      'kubeconfig token + client key [mix]',
      'kubeconfig token + client key + google gemini api key (server) + supabase service_role key [fi]',
      'router admin password in backup ini [ja]',
    ],
  },
  {
    name: 'X',
    file: 'heldout-x.json',
    positives: 388,
    negatives: 410,
    kinds: 105,
    caught: 385,
    minRecall: 0.99,
    // A KVNR whose check fails, kept as S's round decided (see the list above).
    knownMisses: ['German KVNR'],
  },
  {
    // Y's round (after-corpus-y.test.ts): measured at 308/410 (75.1%) and 8/507 false alarms before it.
    name: 'Y',
    file: 'heldout-y.json',
    positives: 410,
    negatives: 507,
    kinds: 154,
    caught: 410,
    minRecall: 0.99,
    knownMisses: [],
  },
  {
    // Z's round (after-corpus-z.test.ts): measured at 363/435 (83.4%) and 13/442 false alarms before it.
    name: 'Z',
    file: 'heldout-z.json',
    positives: 435,
    negatives: 442,
    kinds: 201,
    caught: 435,
    minRecall: 0.99,
    // Letters alone in random case with six capitals in a row, after a password word with no verb (see the list above).
    knownMisses: ['orchard irrigation controller password (Uzbek)'],
  },
  {
    // AA's round (after-corpus-aa.test.ts): measured at 361/424 (85.1%) and 16/426 false alarms before it (358/424 and
    // 19/426 before Z's round).
    name: 'AA',
    file: 'heldout-aa.json',
    positives: 424,
    negatives: 426,
    kinds: 299,
    caught: 422,
    minRecall: 0.99,
    // Numbers given as an example from a list, and a code in no country's shape (see the list above).
    knownMisses: ['belgian and dutch national numbers', 'latvian and estonian personal codes'],
  },
  {
    // AB's round (after-corpus-ab.test.ts): measured at 347/406 (85.5%) and 12/423 false alarms before it (333/406 and
    // 12/423 before AA's round).
    name: 'AB',
    file: 'heldout-ab.json',
    positives: 406,
    negatives: 423,
    kinds: 343,
    caught: 404,
    minRecall: 0.99,
    // A number in no NIC's shape, and a CVV's digits found again inside a digest (see the list above).
    knownMisses: ['sri lankan nic', 'secret in the middle of a long log'],
  },
  {
    // AC's round (after-corpus-ac.test.ts): measured at 407/458 (88.9%) and 3/452 false alarms before it (407/458 and
    // 6/452 before AB's round).
    name: 'AC',
    file: 'heldout-ac.json',
    positives: 458,
    negatives: 452,
    kinds: 208,
    caught: 458,
    minRecall: 0.99,
    // Letters only in a camel-cased name's case changes (see the list above).
    knownMisses: ['code-switched secret'],
  },
  {
    // AD's round (after-corpus-ad.test.ts): measured at 393/456 (86.2%) and 9/428 false alarms before it (393/456 and
    // 10/428 before AC's round).
    name: 'AD',
    file: 'heldout-ad.json',
    positives: 456,
    negatives: 428,
    kinds: 152,
    caught: 453,
    minRecall: 0.99,
    // The MRZ's fillers found again in the kept name line (see the list above).
    knownMisses: ['passport number with mrz lines'],
  },
  {
    // AE's round (after-corpus-ae.test.ts): measured at 464/544 (85.3%) and 9/435 false alarms before it (the same
    // before AD's round).
    name: 'AE',
    file: 'heldout-ae.json',
    positives: 544,
    negatives: 435,
    kinds: 174,
    caught: 539,
    minRecall: 0.99,
    // A quoted key prefix (see the list above); the passwords under labels in languages no rule reads, code-switched or
    // quoted back are the label-free rule's (password-shaped-words.ts) since.
    knownMisses: ['django secret key'],
  },
  {
    // AF's round (after-corpus-af.test.ts): measured at 467/579 (80.7%) and 6/417 false alarms before it (after AE's
    // round; 78.6% / 2.2% before that).
    name: 'AF',
    file: 'heldout-af.json',
    positives: 579,
    negatives: 417,
    kinds: 224,
    caught: 577,
    minRecall: 0.99,
    // See the list above: a wp-config salt with a statement's characters in it, a new PIN after a dash and "I'll use",
    // a padlock's code after "de la bodega" with no verb.
    knownMisses: ['wp-config salts and db password', 'sim puk and pin', 'code-switched es/pt passwords'],
  },
  {
    // AG's round (after-corpus-ag.test.ts): measured at 565/695 (81.3%) and 11/511 false alarms before it (after AF's
    // round; 76.7% / 3.9% on the rules at session 36's start, 80.1% / 2.2% after AE's round).
    name: 'AG',
    file: 'heldout-ag.json',
    positives: 695,
    negatives: 511,
    kinds: 169,
    caught: 695,
    minRecall: 0.99,
    knownMisses: [],
  },
  {
    // AH's round (after-corpus-ah.test.ts): measured at 601/719 (83.6%) and 11/526 false alarms before it (after AG's
    // round; 82.6% / 2.1% on the rules at session 37's start).
    name: 'AH',
    file: 'heldout-ah.json',
    positives: 719,
    negatives: 526,
    kinds: 267,
    caught: 715,
    minRecall: 0.99,
    // See the list above: the certificate's base64 beside an EC key begins and ends as the key's does, a password
    // before Kurdish "e" after a system called "… log".
    knownMisses: ['ec private key in tls k8s secret base64', 'code-switched kurdish-turkish'],
  },
  {
    // AI's round (after-corpus-ai.test.ts): measured at 631/750 (84.1%) and 6/500 false alarms before it (after AH's
    // round).
    name: 'AI',
    file: 'heldout-ai.json',
    positives: 750,
    negatives: 500,
    kinds: 480,
    caught: 741,
    minRecall: 0.97,
    // See the list above: BIP-39 runs whose checksum fails, languages' words and shapes no rule reads yet, a value in
    // the sentence after a question, script words with digits, "pass" alone.
    knownMisses: [
      'alarm code in telegram',
      'long door code in kart track minutes',
      'long safe combination in scuba centre minutes',
      'sim pin and puk in irc',
      'wifi key in notion',
      'safe combination in chat',
      'code-switched en+yo secret',
      'database password in curl command',
      'revoked database password still labelled',
      'revoked datadog api key still labelled',
      'non-latin-script password (am)',
      'password with typo label',
    ],
  },
  {
    // AJ's round (after-corpus-aj.test.ts): measured at 626/760 (82.4%) and 3/500 false alarms before it (after AI's
    // round).
    name: 'AJ',
    file: 'heldout-aj.json',
    positives: 760,
    negatives: 500,
    kinds: 448,
    caught: 750,
    minRecall: 0.98,
    // See the list above: stored password hashes, which older corpora hold as look-alikes.
    knownMisses: ['htpasswd hash in nginx config'],
  },
  {
    // AK's round (after-corpus-ak.test.ts): measured at 604/753 (80.2%) and 3/550 false alarms before it (after AJ's
    // round).
    name: 'AK',
    file: 'heldout-ak.json',
    positives: 753,
    negatives: 550,
    kinds: 346,
    // Raised to 734 in BH's round: places' codes in a found login's message (numbers-beside-found-passwords.ts).
    caught: 734,
    minRecall: 0.96,
    // See the list above.
    knownMisses: [
      'linux shadow hash',
      'cisco running config',
      'tyre shop alarm code',
      'openvpn auth file',
      'mikrotik export',
      'google sheets cell with comment',
      'google keep checklist',
      'wifi password casual (Ossetian)',
      'wifi password casual (Czech)',
      'recovery codes inline alnum',
      'password with no label quoted back',
      'parish bulletin hall wifi',
      'code-switched password (Turkish+English)',
      'code-switched password (Slovak+English)',
      'code-switched password (Ossetian+English)',
      'code-switched password (Italian+English)',
      'code-switched password (Cornish+English)',
      'account password (Turkish)',
      'account password (Tibetan)',
      'account password (Hindi)',
    ],
  },
  {
    // AL's round (after-corpus-al.test.ts): measured at 581/680 (85.4%) and 1/490 false alarms before it (after AK's
    // round).
    name: 'AL',
    file: 'heldout-al.json',
    positives: 680,
    negatives: 490,
    kinds: 206,
    caught: 676,
    // See the list above.
    knownMisses: [
      'non-Latin-script password in casual English chat',
      'login password plus wifi key',
      'passwords in Org-mode table',
      'random string password in casual English chat',
      'alarm code and password in out-of-office reply',
      'long notes with secret in the middle',
    ],
  },
  {
    // AM's round (after-corpus-am.test.ts): measured at 599/768 (78.0%) and 6/512 false alarms before it (after AL's
    // round).
    name: 'AM',
    file: 'heldout-am.json',
    positives: 768,
    negatives: 512,
    kinds: 372,
    caught: 730,
    minRecall: 0.94,
    // See the list above.
    knownMisses: [
      'casual password (English)',
      'casual password (Jamaican Patois)',
      'password + door code in WeChat export',
      'door/alarm code (French)',
      'casual password (Bemba)',
      'casual password (Taiwanese Hokkien)',
      'password + door code in LINE chat export',
      'card/sim pin (Toki Pona)',
      'door/alarm code (English)',
      'casual password (Kabyle)',
      'casual password (Gagauz)',
      'password + code (Kabyle)',
      'password + code (English)',
      'password + code (Interlingua)',
      'casual password (Interlingua)',
      'old and new password',
      'casual password (Nigerian Pidgin)',
      'password + code (Ladino)',
      'code-switched password (Krio/English)',
      'long text: password + code (Spanish)',
      'casual password (Ladino)',
      'card/sim pin (Moroccan Darija)',
      'casual password (Cantonese)',
      'casual password (Arabic)',
      'casual password (Minangkabau)',
      'code-switched password (Kapampangan/English)',
      'casual password (Spanish)',
      'password + code (Romani)',
      'casual password (Kapampangan)',
      'casual password (French)',
      'wifi key (Spanish)',
      'long text: password + code (Nigerian Pidgin)',
      'casual password (Krio)',
      'password + code (Krio)',
      'card/sim pin (Arabic)',
      'casual password (Antillean Creole)',
    ],
  },
  {
    // AN's round (after-corpus-an.test.ts): measured at 636/808 (78.7%) and 2/533 false alarms before it (after AM's
    // round).
    name: 'AN',
    file: 'heldout-an.json',
    positives: 808,
    negatives: 533,
    kinds: 316,
    caught: 767,
    minRecall: 0.93,
    // See the list above.
    knownMisses: [
      'password in Piedmontese',
      'door code in Piedmontese',
      'wifi key in Piedmontese',
      'password in Arpitan',
      'code-switched Ladin/English',
      'password in Jèrriais',
      'door code in Kölsch',
      'password in Lower Sorbian',
      'door code in Võro',
      'password in Northern Sami',
      'wifi key in Zazaki',
      'password in Hakka',
      'door code in Hakka',
      'password in Shanghainese',
      'door code in Shanghainese',
      'password in Sango',
      'door code in Sango',
      'password in Inuktitut',
      'door code in Inuktitut',
      'password in Sanskrit',
      'password in es',
      'password in de',
      'basic auth in tcl http',
      'jetty realm.properties',
      'drupal settings.php',
      'bios setup screenshot described',
      'fairground ride panel key code',
      'weather station upload key',
      'confluence page credentials table',
      'linear issue with stripe key',
      'google docs comment thread',
      'long notes with secret in the middle (wifi+alarm)',
    ],
  },
  {
    // AO's round (after-corpus-ao.test.ts): measured at 673/852 (79.0%) and 14/567 false alarms before it (after AN's
    // round).
    name: 'AO',
    file: 'heldout-ao.json',
    positives: 852,
    negatives: 567,
    kinds: 318,
    // 794 on the rules before BF's round; 797 since (three card codes "el código de atrás 364" after an expiry).
    // Raised to 799 in BK's round: a random password of every class after a Sakha word and a safe's combination
    // "NN-NN-NN" (password-shaped-words.ts, combination-dials.ts).
    caught: 802,
    minRecall: 0.91,
    // See the list above.
    knownMisses: [
      'card dictated in spanish',
      'casual door or alarm code',
      'casual password mid-sentence',
      'code-switched password Chinese/english',
      'code-switched password Hindi/english',
      'code-switched password Portuguese/english',
      'code-switched password Russian/english',
      'code-switched password Spanish/english',
      'consul acl secret id from cli output',
      'door code in Réunion Creole',
      'gcp service account key in dbt profiles',
      'gps tracker sms commands',
      'gsm alarm panel sms',
      'israeli teudat zehut in form',
      'kubeconfig client key data',
      'long text with software licence keys',
      'long text with zabbix psk file',
      'nagios resource cfg',
      'otp backup codes',
      'pagerduty routing key in alert script',
      'password in Karakalpak',
      'password in Sakha',
      'password in Solomon Pijin',
      'password in Tausug',
      'password in Vietnamese',
      'password in tcl set',
      'robotics team wiki credentials',
      'safe combination',
      'sim pin and puk',
      'snmp private community string',
      'software licence keys',
      'stage crew advance sheet',
      'wifi and password in Alsatian',
      'wifi and password in Buryat',
      'wifi and password in Pangasinan',
      'wifi and password in Picard',
      'wifi and password in Sakha',
      'wifi and password in Udmurt',
      'zabbix psk file',
    ],
  },
  {
    // AP's round (after-corpus-ap.test.ts): measured at 698/803 (86.9%) and 3/552 false alarms before it (after AO's
    // round).
    name: 'AP',
    file: 'heldout-ap.json',
    positives: 803,
    negatives: 552,
    kinds: 342,
    caught: 789,
    minRecall: 0.97,
    // See the list above.
    knownMisses: [
      'Garifuna-English code-switched password',
      'Kabardian-English code-switched password',
      'Portuguese-English code-switched password',
      'casual english password mid-sentence',
      'code-switched taglish lifeguard login',
      'code-switched vietnamese-english loss adjusting',
      'door codes in Cook Islands Maori',
      'door codes in Gallo',
      'door codes in Korean',
      'door codes in Marshallese',
      'password in Buginese chat',
      'password in Dagbani chat',
      'password in English chat',
      'password in Navajo chat',
      'water utility scada operator logins',
    ],
  },
  {
    // AQ's round (after-corpus-aq.test.ts): measured at 789/903 (87.4%) and 7/508 false alarms before it (after AP's
    // round).
    name: 'AQ',
    file: 'heldout-aq.json',
    positives: 903,
    negatives: 508,
    kinds: 308,
    caught: 896,
    // See the list above.
    knownMisses: [
      'casual password (Cherokee)',
      'casual password (Mixtec)',
      'datadog api key pasted in chat',
      'door/alarm code (Japanese)',
      'long note: password and door code (Spanish)',
      'two passwords listed (big language)',
      'two passwords listed (small language)',
    ],
  },
  {
    // AR's round (after-corpus-ar.test.ts): measured at 656/740 (88.6%) and 1/510 false alarms before it (after AP's
    // and AQ's rounds).
    name: 'AR',
    file: 'heldout-ar.json',
    positives: 740,
    negatives: 510,
    kinds: 349,
    caught: 737,
    // See the list above.
    knownMisses: ['casual wifi key in small-language chat', 'mid-sentence password (monitor note)', 'pool service door tag'],
  },
  {
    // AS's round (after-corpus-as.test.ts): measured at 743/876 (84.8%) and 0/565 false alarms before it (after AR's
    // round).
    name: 'AS',
    file: 'heldout-as.json',
    positives: 876,
    negatives: 565,
    kinds: 354,
    // Raised to 796 in BK's round: a random password of every class in a Bodo sentence (password-shaped-words.ts).
    caught: 803,
    minRecall: 0.9,
    // See the list above.
    knownMisses: [
      'algolia admin key in notes',
      'caravan handover checklist',
      'card terminal admin pin',
      'casual password in Arabic',
      'casual password in Assyrian Neo-Aramaic',
      'casual password in Bodo',
      'casual password in Cypriot Greek',
      'casual password in French code-switched',
      'casual password in Garo',
      'casual password in Hindi code-switched',
      'casual password in Indonesian',
      'casual password in Indonesian code-switched',
      'casual password in Italian',
      'casual password in Kalenjin',
      'casual password in Khakas',
      'casual password in Lakota',
      'casual password in Lozi',
      'casual password in Makassarese',
      'casual password in Maranao',
      'casual password in Mooré',
      'casual password in Oshiwambo',
      'casual password in Polish code-switched',
      'casual password in Portuguese',
      'casual password in Sasak',
      'casual password in Swabian',
      'casual password in Tamang',
      'casual password in Tarifit',
      'casual password in Tshiluba',
      'casual password in Turkish code-switched',
      'casual password in Upper Saxon',
      'casual password in Vietnamese code-switched',
      'casual password in english',
      'crypto seed phrase',
      'datadog api key in work app',
      'field padlock combination',
      'gift card code and pin',
      'gotify app token',
      'grandstream p-value password',
      'kennel code and volunteer portal',
      'long text: caravan handover checklist',
      'mobile top-up voucher pin',
      'poultry controller web password',
      'twilio auth token in chat',
      'twitch client secret in work app',
      'two languages two secrets',
      'two passwords in one message',
      'vercel token in work app',
      'wise api token',
    ],
  },
  {
    // AT's round (after-corpus-at.test.ts): measured at 617/746 (82.7%) and 17/604 (2.8%) false alarms before it
    // (after AS's round).
    name: 'AT',
    file: 'heldout-at.json',
    positives: 746,
    negatives: 604,
    kinds: 205,
    caught: 705,
    minRecall: 0.94,
    // See the list above.
    knownMisses: [
      'code-switched two secrets',
      'door code in Acholi message',
      'door code in Kaqchikel message',
      'door code in Makhuwa message',
      "door code in Mi'kmaq message",
      'door code in Otjiherero message',
      'door code in Otomi message',
      'door code in Pitjantjatjara message',
      'door code in Pohnpeian message',
      'door code in Purépecha message',
      'door code in Rapa Nui message',
      'door code in Umbundu message',
      'password in Afar message',
      'password in Chuukese message',
      'password in Kanuri message',
      'password in Kaqchikel message',
      'password in Mandinka message',
      'password in Pitjantjatjara message',
      'password in Plains Cree message',
      'password in Pohnpeian message',
      'password in Shipibo message',
      'password in Tiv message',
      'password in Umbundu message',
      'password in hi message',
      'password in it message',
      'password in notary deed margin',
      'password in tr message',
    ],
  },
  {
    // AU's round (after-corpus-au.test.ts): measured at 652/765 (85.2%) and 15/619 (2.4%) false alarms before it
    // (after AT's round).
    name: 'AU',
    file: 'heldout-au.json',
    positives: 765,
    negatives: 619,
    kinds: 303,
    // Raised to 743 in BH's round: places' codes in a found login's message (numbers-beside-found-passwords.ts).
    // Raised to 744 in BK's round: `word.word.word.word.NN` by its shape (password-shaped-words.ts).
    caught: 746,
    minRecall: 0.96,
    // See the list above.
    knownMisses: [
      'EDN config',
      'Nextdoor post password',
      'PaaS secret CLI',
      'backup codes',
      'big + small language (Turkish/Edo)',
      "big + small language (Vietnamese/Q'eqchi')",
      'card and CVV',
      'fluent-bit output',
      'long thread note with secret',
      'password in prose',
      'small language + English two secrets (Hindko)',
      'small language + English two secrets (Inari Sami)',
      'small language + English two secrets (Zhuang)',
      'small language door code (Shan)',
      'small language door code (Wallisian)',
      'small language door code (Zhuang)',
      'small language password (Inari Sami)',
      'small language password (Marquesan)',
      'small language password wrapped (Inari Sami)',
      'spelled-out password',
      'two passwords',
    ],
  },
  {
    // AV's round (after-corpus-av.test.ts): measured at 596/750 (79.5%) and 56/602 (9.3%) false alarms before it
    // (after AU's round).
    name: 'AV',
    file: 'heldout-av.json',
    positives: 750,
    negatives: 602,
    kinds: 452,
    caught: 731,
    minRecall: 0.97,
    // A policy number in a fixed-width sheet: corpus H counts it as a secret (see the list above).
    falseAlarms: 1,
    knownAlarms: ['fixed-width table'],
    // See the list above.
    knownMisses: [
      'Amis door code, grammar question',
      'Cimbrian password line in Gist',
      'Cimbrian password line in eBay',
      'Dungan door code in a table cell',
      'Dungan door code, grammar question',
      'Istro-Romanian message, what does it say',
      'Istro-Romanian password line, sent bare',
      'Khoekhoe password line, sent bare',
      'Nheengatu door code in a table cell',
      'Nheengatu message, what does it say',
      'Skolt Sami password line in Roam',
      'Wi-Fi password in Front',
      'docker run -e secrets',
      'door code (zh) beside an English alarm code in Joplin',
      'padlock code in a long grant application draft',
      'sim code, casual in Session',
      'sim code, casual on a bog flood schedule',
      'tr password + policy beside a Amis door code',
      'tr password + policy beside a Tzeltal door code',
      'two in one message: Wi-Fi password + safe code in Help Scout',
      'vi password + policy beside a Khoekhoe door code',
    ],
  },
  {
    // AW's round (after-corpus-aw.test.ts): measured at 427/459 (93.0%) and 5/291 (1.7%) false alarms before it
    // (after AV's round).
    name: 'AW',
    file: 'heldout-aw.json',
    positives: 459,
    negatives: 291,
    kinds: 403,
    // Raised to 456 in BH's round: places' codes in a found login's message (numbers-beside-found-passwords.ts).
    caught: 456,
    minRecall: 0.99,
    // See the list above.
    knownMisses: [
      'Portuguese password + Samogitian door code (property management)',
      'Samogitian message (landscaping crews)',
      'Samogitian message (political campaigns)',
      'Vietnamese message (3D-printing farms)',
    ],
  },
  {
    // AX's round (after-corpus-ax.test.ts): measured at 393/462 (85.1%) and 3/290 (1.0%) false alarms before it
    // (at session 46's start and after AW's round).
    name: 'AX',
    file: 'heldout-ax.json',
    positives: 462,
    negatives: 290,
    kinds: 172,
    caught: 457,
    minRecall: 0.98,
    // See the list above.
    knownMisses: [
      'Lojban door line (whatsays)',
      'Lule Sami door line (translate)',
      'Lule Sami door line (whatsays)',
      'Lule Sami pw line (chat)',
      'long log: card number and CVV',
      'session cookie',
    ],
  },
  {
    // AY's round (after-corpus-ay.test.ts): measured at 387/464 (83.4%) and 24/288 (8.3%) false alarms before it
    // (at session 46's start, after AW's round and after AX's).
    name: 'AY',
    file: 'heldout-ay.json',
    positives: 464,
    negatives: 288,
    kinds: 193,
    caught: 458,
    minRecall: 0.98,
    falseAlarms: 4,
    // See the list above.
    knownMisses: [
      'jcl job passwords',
      'Samsung Notes note',
      'Brazilian Portuguese seed line',
      'password in prose',
      'long orchestra tour handbook: Znuny ticket',
      'openssh ecdsa private key',
      'Palenquero pw line',
    ],
    knownAlarms: ['env example with placeholders'],
  },
  {
    // AZ's round (after-corpus-az.test.ts): measured at 352/468 (75.2%) and 10/290 (3.4%) false alarms before it
    // (74.4% / 3.4% at session 46's start, 75.0% after AW's and AX's rounds).
    name: 'AZ',
    file: 'heldout-az.json',
    positives: 468,
    negatives: 290,
    kinds: 363,
    caught: 462,
    minRecall: 0.98,
    // See the list above.
    knownMisses: [
      'dermatology clinics: private key block',
      'treehouse builders: private key block',
      'mural painters: private key block',
      'barge hotels: private key block',
      'Pite Sami (small): pw',
      'Pite Sami (small): door',
    ],
  },
  {
    // BA's round (after-corpus-ba.test.ts): measured at 374/466 (80.3%) and 32/283 (11.3%) false alarms before it
    // (the same at session 47's start and after AZ's round).
    name: 'BA',
    file: 'heldout-ba.json',
    positives: 466,
    negatives: 283,
    kinds: 182,
    // Raised to 439 in BH's round: places' codes in a found login's message (numbers-beside-found-passwords.ts).
    caught: 441,
    minRecall: 0.93,
    falseAlarms: 2,
    // See the list above.
    knownMisses: [
      'firmware signing key',
      'Spanish (Spain, Castilian): message with secrets',
      'Rioplatense Spanish: message with secrets',
      'Austrian German: message with secrets',
      'Sudanese Arabic: message with secrets',
      'Southern Ndebele: message with secrets',
      'Central Atlas Tamazight: message with secrets',
      'Ulster Scots: message with secrets',
      'Poitevin-Saintongeais: message with secrets',
      'UpNote note with site codes',
      'Podio item with site codes',
      'named PINs and codes',
      'casual message with password and code',
      'Alfred snippet export',
      'company card in EtherCalc',
      'long glacier guide season plan with company card in EtherCalc',
      'tmux startup script',
      'Hammerspoon config',
      'Spacelift context',
      'Service Bus key and SQL admin password',
      'Bambu printer LAN access code',
      'Jira wiki markup table of logins',
      'Luanti server config',
    ],
    knownAlarms: ['Southern Ndebele: policy or notice, no secret', 'Pitkern: policy or notice, no secret'],
  },
  {
    // BB's round (after-corpus-bb.test.ts): measured at 388/486 (79.8%) and 27/284 (9.5%) false alarms before it
    // (79.6% / 9.5% at session 47's start and after AZ's round).
    name: 'BB',
    file: 'heldout-bb.json',
    positives: 486,
    negatives: 284,
    kinds: 74,
    // 454 since BF's round: three Algerian Arabic card codes "الكود اللي من لور 738" after an expiry.
    // Raised to 460 in BH's round: places' codes in a found login's message (numbers-beside-found-passwords.ts).
    caught: 466,
    minRecall: 0.92,
    // See the list above.
    knownMisses: [
      'door and access codes',
      'handover with several secrets',
      'Algerian Arabic message with secret',
      'Yemeni Arabic message with secret',
      'Brosix chat with api key',
      'WeCom chat with api key',
      'LINE WORKS chat with api key',
      'password in prose',
      'Reflect note with api key',
      'tavern test yaml',
      'long report with credential in the middle',
      'Swiss Italian message with secret',
      'Swiss French message with secret',
      'Kichwa message with secret',
      'Hessian message with secret',
    ],
  },
  {
    // BC's round (after-corpus-bc.test.ts): measured at 389/492 (79.1%) and 12/287 (4.2%) false alarms before it
    // (79.1% / 10.8% at session 48's start).
    name: 'BC',
    file: 'heldout-bc.json',
    positives: 492,
    negatives: 287,
    kinds: 177,
    caught: 489,
    minRecall: 0.98,
    // See the list above.
    knownMisses: ['provider token: CocoaPods trunk', 'provider token: TikTok access token', 'casual prose', 'Volapük both', 'Volapük door'],
  },
  {
    // BD's round (after-corpus-bd.test.ts): measured at 365/487 (74.9%) and 13/280 (4.6%) false alarms before it
    // (74.3% / 4.6% at session 49's start).
    name: 'BD',
    file: 'heldout-bd.json',
    positives: 487,
    negatives: 280,
    kinds: 66,
    // 459 since BG's round: an env file's `HOTELBEDS_SECRET=` of ten characters.
    // Raised to 463 in BH's round: places' codes in a found login's message (numbers-beside-found-passwords.ts).
    caught: 465,
    minRecall: 0.93,
    // See the list above.
    knownMisses: [
      'private key',
      'self-hosted app env file',
      'non-English credential (San Andrés Creole)',
      'non-English credential (Lorraine Franconian)',
      'non-English credential (Surzhyk)',
      'non-English credential (Kimbundu)',
      'non-English credential (Hawrami (Arabic script))',
      'non-English credential (Hejazi Arabic)',
      'casual credential line',
      'spreadsheet of logins',
      'long report with credentials (handover email)',
      'note with codes',
      'provider token in code',
      'provider token on a command line',
    ],
  },
  {
    // BE's round (after-corpus-be.test.ts): measured at 389/489 (79.6%) and 26/286 (9.1%) false alarms before it
    // (79.3% / 9.1% at session 49's start).
    name: 'BE',
    file: 'heldout-be.json',
    positives: 489,
    negatives: 286,
    kinds: 251,
    // 455 since BG's round: an env file's `FORTNOX_CLIENT_SECRET=` of ten characters.
    // Raised to 460 in BH's round: places' codes in a found login's message (numbers-beside-found-passwords.ts).
    // Raised to 461 in BI's round: a login "user / value" under a label (passwords-beside-a-login.ts).
    caught: 463,
    minRecall: 0.92,
    // See the list above.
    knownMisses: [
      'prose: laser eye clinic',
      'prose: mezcal distillery',
      'prose: drive-in theatre',
      'prose: horse-drawn carriage tour',
      'prose: carillon tower',
      'prose: dog show society',
      'prose: weather balloon launch site',
      'prose: snowmaking crew',
      'prose: sugar-beet cooperative',
      'QOwnNotes note logins',
      'Huly issue reset',
      'long grant progress report (dry dock)',
      'podcast raw transcript (party tent hire)',
      'provider tokens: Fortnox, Selectel, No-IP',
      'provider tokens: Nanoleaf, BulkSMS, Losant, Moesif, OneLogin, Tibber',
      'provider tokens: SendPulse, NLP Cloud, Oracle Cloud',
      'FairEmail payroll (Gambia)',
      'KMail payroll (Bermuda)',
      'private key secp256k1',
      'Lusoga',
      'Muscogee',
      'Ekegusii',
      'Chungcheong Korean',
      'Tsugaru Japanese',
      'backup codes Gusto',
      'session cookie CFID',
      'command line',
    ],
  },
  {
    // BF's round (after-corpus-bf.test.ts): measured at 342/490 (69.8%) and 11/289 (3.8%) false alarms before it
    // (68.0% / 5.9% at session 50's start).
    name: 'BF',
    file: 'heldout-bf.json',
    positives: 490,
    negatives: 289,
    kinds: 286,
    // Raised to 471 in BH's round: places' codes in a found login's message (numbers-beside-found-passwords.ts),
    // a card's "sec" code.
    caught: 474,
    minRecall: 0.95,
    // See the list above.
    knownMisses: [
      'prose: typo',
      'prose: grandma',
      'prose: terse',
      'language: Bornholmsk',
      'language: East Franconian (Fränkisch)',
      'language: Istriot',
      'language: Kildin Sami',
      'language: Torlakian',
      'language: Transylvanian Saxon',
      'private key (RSA 2048 PKCS#1)',
      'private key (RSA 3072 (OpenSSH format))',
      'private key (X25519 PKCS#8)',
      'private key (secp256k1 PKCS#8)',
      'provider tokens: .env (Kushki, Homey, Bitrix24)',
      'provider tokens: Gravitee gravitee.yml (Letta, Mailcoach, Amber Electric, Flightradar24 API, Voltage)',
      'provider tokens: Icon snippet (BEA API)',
      'provider tokens: Icon snippet (Easebuzz)',
      'provider tokens: Thanos objstore.yml (Talkdesk, Oyster HR, Agenta, VesselFinder)',
      'URL / connection string',
      'card',
    ],
  },
  {
    // BG's round (after-corpus-bg.test.ts): measured at 318/497 (64.0%) and 15/289 (5.2%) false alarms before it.
    name: 'BG',
    file: 'heldout-bg.json',
    positives: 497,
    negatives: 289,
    kinds: 291,
    // Raised to 447 in BH's round: places' codes in a found login's message (numbers-beside-found-passwords.ts),
    // two "nombre d'identité" numbers.
    // Raised to 460 in BI's round: generated password shapes whatever names them (password-shaped-words.ts), two
    // identity numbers by their word's stem (ids-near-an-identity-word.ts), a storage row's session cookie
    // (cookies-in-tables.ts), an annex's "user / value" login (passwords-beside-a-login.ts).
    // Raised to 461 in BJ's round: a card's PIN after Japanese 暗証 (pin-numbers.ts).
    caught: 462,
    minRecall: 0.86,
    // See the list above.
    knownMisses: [
      'provider tokens: Pyroscope server.yml (Rutter, PracticePanther, Loja Integrada)',
      'provider tokens: .env (Upstox, Interactive Brokers, OpenTable, Songkick, CleverReach)',
      'provider tokens: Agola config.yml (PartyKit, Railsr, Propel, Woovi, Omie)',
      'provider tokens: .env (Khipu, Procountor, Billy, Przelewy24, Svea)',
      'provider tokens: Clarion snippet (Nubefact)',
      'provider tokens: Arturo snippet (Bandsintown)',
      'provider tokens: Quicksy (Sessionize, Mixedbread, Gumlet, Brite)',
      'prose: clipped',
      'prose: learner',
      'prose: whisper',
      'prose: autocorrect',
      'prose: textspeak',
      'prose: poster',
      'prose: jargon',
      'prose: aunty',
      'prose: glaswegian',
      'prose: appalachian',
      'prose: minnesotan',
      'language: Molise Croatian (Na-našu)',
      'language: Franc-Comtois',
      'language: Barranquenho',
      'language: Ume Sami',
      'language: Sercquiais',
      'language: Texas German',
      'language: Chakavian',
      'language: Hutsul',
      'language: Yapese',
      'language: Tsotsil',
      'language: Cameroonian French (Camfranglais)',
      'language: Taiwanese Mandarin (traditional)',
      'language: Nagoya Japanese',
      'language: Nagoya Japanese card',
      'language: Yanbian Korean',
      'language: Sudanese Arabic',
      'language: Viennese German',
      'language: Odessa Russian',
      'national ID: Monaco (Workplace from Meta)',
      'backup codes (Robinhood)',
      'backup codes (Carbonite)',
      'private key (Ed25519 PKCS#8)',
      'session cookie (express:sess)',
      'session cookie (beegosessionID)',
      'session cookie (PrestaShop)',
      'long: open day debrief',
      'long: insurance renewal narrative',
    ],
  },
  {
    // BH's round (after-corpus-bh.test.ts): measured at 336/488 (68.9%) and 17/285 (6.0%) false alarms before it.
    name: 'BH',
    file: 'heldout-bh.json',
    positives: 488,
    negatives: 285,
    kinds: 287,
    // Raised to 440 in BI's round: generated password shapes whatever names them (password-shaped-words.ts), a random
    // value beside "user ops" (passwords-beside-a-login.ts) and two places' codes beside the passwords now found.
    caught: 444,
    minRecall: 0.88,
    // See the list above.
    knownMisses: [
      'URL / connection string',
      'Wi-Fi key',
      'backup codes (GOG Galaxy)',
      'backup codes (Nutmeg)',
      'backup codes (YNAB)',
      'language: Auregnais (Alderney Norman)',
      'language: Busan Korean',
      'language: Bärndütsch (Bernese German)',
      'language: Hong Kong Cantonese',
      'language: Judeo-Spanish (Ladino)',
      'language: Kuwaiti Arabic',
      'language: Lorrain (Romance)',
      'language: Neapolitan Italian card',
      'language: Pomerano (Brazilian Pomeranian)',
      'language: Seto',
      'language: Sölring (Sylt Frisian)',
      'language: Talian',
      'language: Veps',
      'long: environmental permit report',
      'long: grant monitoring return',
      'long: succession planning memo',
      'private key (RSA 2048 encrypted PKCS#8)',
      'private key (RSA 4096 PKCS#8)',
      'prose: bedtime-story',
      'prose: bermudian',
      'prose: captains-log',
      'prose: gen-z',
      'prose: haiku',
      'prose: legalese',
      'prose: new-york',
      'prose: pakistani-en',
      'prose: pirate',
      'prose: pittsburghese',
      'prose: shopping-list',
      'prose: sports-commentary',
      'prose: weather-forecast',
      'provider tokens: .env (Apiman, TeamUp, Health Gorilla, Cortex, Paga)',
      'provider tokens: .env (Golfgenius, Kobiton, Payconiq, ThingsBoard, Procare)',
      'provider tokens: .env (Novalnet, Vetspire, Clubready, MemberPress, Sandata)',
      'provider tokens: .env (Param, TeamSnap, Wodify)',
      'provider tokens: .env (iiko, Harri, Lansweeper)',
      'provider tokens: OrangeHRM Conf.php (SSLCommerz, Lipa Na Mpesa, Khalti)',
      'provider tokens: curl (Nets Easy)',
      'provider tokens: dBase snippet (Barion)',
      'provider tokens: eDesk ticket (IntaSend)',
    ],
  },
  {
    // BI's round (after-corpus-bi.test.ts): measured at 279/485 (57.5%) and 20/285 (7.0%) false alarms before it.
    name: 'BI',
    file: 'heldout-bi.json',
    positives: 485,
    negatives: 285,
    kinds: 285,
    // Raised to 436 in BJ's round: a card's PIN after "暗証" (pin-numbers.ts).
    caught: 442,
    minRecall: 0.89,
    // Two secrets managers' references written as prose: a tool's name ("git-crypt (encrypted file, …)") and an auth
    // method's ("AppRole role_id only (…)") where a password would stand; see the list above.
    falseAlarms: 2,
    knownAlarms: ['secret references'],
    // See the list above.
    knownMisses: [
      'language: Alguerese (Catalan)',
      'language: Bergamasque',
      'language: Emirati Arabic',
      'language: Eonavian',
      'language: Livvi Karelian',
      'language: Nissart',
      'language: Osaka Japanese',
      'language: Osaka Japanese card',
      'language: Québécois French',
      'language: Salentino',
      'language: Zurich German',
      'plain prose (no code word)',
      'private key (secp256k1 SEC1)',
      'prose: cooking-show',
      'prose: courtroom',
      'prose: cypriot-en',
      'prose: fortune-cookie',
      'prose: limerick',
      'prose: malawian-en',
      'prose: movie-trailer',
      'prose: news-headline',
      'prose: postcard',
      'prose: quiz-show',
      'prose: stage-directions',
      'prose: text-adventure',
      'prose: traffic-report',
      'prose: west-country',
      'provider tokens: .env (Spreaker, Axiell, Magaya, ShowingTime, project44)',
      'provider tokens: Bazarr config.ini (senangPay, Libsyn, Spektrix, Gophr, Kenjo)',
      'voice transcript (Ferrite)',
    ],
  },
  {
    // BJ's round (after-corpus-bj.test.ts): measured at 294/485 (60.6%) and 16/286 (5.6%) false alarms before it.
    name: 'BJ',
    file: 'heldout-bj.json',
    positives: 485,
    negatives: 286,
    kinds: 287,
    // Raised to 392 in BK's round: places' codes as "the X is NNNN now" beside a found password
    // (numbers-beside-found-passwords.ts), NIRs printed in their parts (printed-nir.ts), a Logtalk `key('…')` beside an
    // authorisation header (quoted-keys-beside-auth-headers.ts).
    caught: 401,
    minRecall: 0.79,
    // See the list above.
    knownMisses: [
      'URL / connection string',
      'backup codes (Windscribe)',
      'command line: tf /login:',
      'language: Auvergnat',
      'language: Bahian Portuguese',
      'language: Futunan',
      'language: Ivorian French',
      'language: Jeju Korean',
      'language: Kyoto Japanese',
      'language: Lemko',
      'language: Lucknowi Urdu',
      'language: Miyako (Ryukyuan)',
      'language: Omani Arabic',
      'language: Pothwari',
      'language: Provençal',
      'language: Rarotongan (Cook Islands Māori)',
      'language: St Petersburg Russian',
      'language: Syrian Arabic',
      'language: Taishanese',
      'language: Tuscan Italian',
      'language: Uruguayan Spanish',
      'language: Wenzhounese',
      'long: grant application draft',
      'plain prose (no code word)',
      'private key (P-256 encrypted PKCS#8)',
      'private key (P-384 PKCS#8)',
      'prose: baltimore',
      'prose: bogan',
      'prose: cajun-en',
      'prose: canadian-prairie',
      'prose: classified-ad',
      'prose: corporate-buzzword',
      'prose: cricket-commentary',
      'prose: ham-radio',
      'prose: highland-en',
      'prose: indian-en',
      'prose: leetspeak',
      'prose: linkedin-post',
      'prose: medieval-herald',
      'prose: nepali-en',
      'prose: noir-detective',
      'prose: philly',
      'prose: ransom-note',
      'prose: rap-verse',
      'prose: real-estate-listing',
      'prose: reddit-post',
      'prose: stream-of-consciousness',
      'prose: tarot-reading',
      'prose: treasure-map',
      'prose: yinglish',
      'prose: yoda',
      'provider tokens: .env (Hemnet, Debitoor, AWA, Emag)',
      'provider tokens: BBC BASIC snippet (Paycor)',
      'provider tokens: Franz (Genially, Fnac Darty, LINE Music, Droom, NoBroker)',
      'provider tokens: Logtalk snippet (Tidal)',
      'provider tokens: Rambox (Mobile.de, KiotViet, Oaky, Zwift)',
      'provider tokens: Snikket (Plickers, Housing.com, KG Inicis, Venngage, Carwow)',
      'session cookie (jupyterhub-hub-login)',
      'voice transcript (AudioNote)',
      'voice transcript (Cleft)',
    ],
  },
  {
    // BK's round (after-corpus-bk.test.ts): measured at 285/488 (58.4%) and 5/285 (1.8%) false alarms before it.
    name: 'BK',
    file: 'heldout-bk.json',
    positives: 488,
    negatives: 285,
    kinds: 270,
    caught: 425,
    minRecall: 0.86,
    // See the list above.
    knownMisses: [
      'IBAN (NI)',
      'card',
      'language: Antwerp Dutch',
      'language: Bahraini Arabic',
      'language: Banat Bulgarian',
      'language: Béarnais (Gascon)',
      'language: Davaoeño (Davao Bisaya)',
      'language: Finland Swedish',
      'language: Galloway Scots',
      'language: Hanoi Vietnamese',
      'language: Jakarta Indonesian',
      'language: Kraków Polish',
      'language: Lebanese Arabic',
      'language: Monegasque',
      'language: Niçard (Occitan)',
      'language: Osaka-ben (Kansai Japanese)',
      'language: Savoyard (Franco-Provençal)',
      'language: Singaporean Mandarin',
      'language: Sursilvan (Romansh)',
      'language: Tehrani Persian',
      'language: Valdôtain (Franco-Provençal)',
      'language: Vallader (Romansh)',
      'language: Vivaro-Alpine (Occitan)',
      'national ID: Sabah (Comcast Xfinity Mail)',
      'national ID: Sabah (Tiscali Mail)',
      'plain prose (no code word)',
      'private key (DSA 2048 PKCS#8)',
      'private key (Ed25519 PKCS#8)',
      'private key (RSA 2048 PKCS#1)',
      'prose: chinglish',
      'prose: darts-commentary',
      'prose: gibraltarian-en',
      'prose: ikea-instructions',
      'prose: ottawa-valley-en',
      'prose: philippine-en',
      'prose: pittsburgh-en',
      'prose: png-en',
      'prose: screenplay',
      'prose: tabloid-headline',
      'prose: telegram-style',
      'prose: voice-to-text',
      'session cookie (luckysheet_sess)',
    ],
  },
  {
    // BL's round (after-corpus-bl.test.ts): measured at 249/499 (49.9%) and 19/288 (6.6%) false alarms before it.
    name: 'BL',
    file: 'heldout-bl.json',
    positives: 499,
    negatives: 288,
    kinds: 278,
    caught: 355,
    minRecall: 0.65,
    // See the list above.
    knownMisses: [
      'TOTP seed (Cotp)',
      'TOTP seed (Mauth)',
      'TOTP seed (Passky)',
      'TOTP seed (Sticky Password)',
      'URL / connection string',
      'Wi-Fi key',
      'backup codes (Banco Inter)',
      'backup codes (Daviplata)',
      'backup codes (EQ Bank)',
      'backup codes (GrabPay)',
      'backup codes (Jenius)',
      'backup codes (Kiwibank)',
      'backup codes (Knab)',
      'backup codes (Monese)',
      'backup codes (Quidax)',
      'backup codes (RappiPay)',
      'backup codes (Yellow Card)',
      'backup codes (ZA Bank)',
      'command line: secretsdump user:pass@',
      'language: Banat Swabian',
      'language: Belgrade Serbian',
      'language: Bucharest Romanian',
      'language: Caló (Spanish Romani)',
      'language: Champenois',
      'language: Chennai Tamil',
      'language: Chennai Tamil card',
      'language: Copenhagen Danish',
      'language: Helsinki Finnish (Stadi)',
      'language: Karachi Urdu',
      'language: Kolkata Bengali',
      'language: Lunfardo (Buenos Aires slang)',
      'language: Luo (Dholuo)',
      'language: Mumbai Hindi (Bambaiya)',
      'language: Palestinian Arabic',
      'language: Plattdeutsch (Low German)',
      'language: Polari',
      'language: Roman Italian',
      'language: Tohoku Japanese',
      'language: Tsonga (Xitsonga)',
      'language: Venda (Tshivenḓa)',
      'language: Yenish',
      'long: cold snap contingency plan',
      'long: flood resilience plan',
      'long: grant application narrative',
      'national ID: Alberta (Piotnet)',
      'national ID: Alberta (Sheetdb)',
      'national ID: Alberta (ag-Grid)',
      'national ID: British Columbia (NetEase Mail)',
      'national ID: British Columbia (Sheetdb)',
      'national ID: Corsica (Fabform)',
      'national ID: Corsica (Foxmail)',
      'national ID: Corsica (Mailplane)',
      'national ID: Manitoba (Email.cz)',
      'national ID: Manitoba (Fabform)',
      'national ID: Manitoba (Handsontable)',
      'national ID: Nova Scotia (Forms.app)',
      'national ID: Nova Scotia (Nokia Chat)',
      'national ID: Nova Scotia (Sheetdb)',
      'national ID: Ontario (Sheetdb)',
      'national ID: Ontario (So-net)',
      'national ID: Ontario (TreeSheets)',
      'national ID: Saint Barthélemy (Soma)',
      'national ID: Saint Barthélemy (Textra)',
      'national ID: Saint Martin (Lumina)',
      'national ID: Saint Martin (SheetJS)',
      'plain prose (no code word)',
      'private key (P-256 encrypted PKCS#8)',
      'private key (X25519 PKCS#8)',
      'prose: alaskan-en',
      'prose: belfast-en',
      'prose: black-country-en',
      'prose: bristolian-en',
      'prose: bronx-en',
      'prose: changelog',
      'prose: chess-notation',
      'prose: church-bulletin',
      'prose: cumbrian-en',
      'prose: dear-diary',
      'prose: drunk-text',
      'prose: dublin-en',
      'prose: eulogy',
      'prose: fairy-tale',
      'prose: faq',
      'prose: hashtag',
      'prose: lost-and-found',
      'prose: midwest-en',
      'prose: motswana-en',
      'prose: museum-label',
      'prose: rhyming-slang',
      'prose: sports-radio',
      'prose: sticky-caps',
      'prose: terms-and-conditions',
      'prose: to-do-list',
      'prose: wedding-speech',
      'prose: yat-en',
      'provider tokens: ClickDesk ticket (BentoBox)',
      'provider tokens: DeskXpand ticket (WebRezPro)',
      'provider tokens: Jim Tcl snippet (OfficeMate)',
      'provider tokens: Picat snippet (WriteUpp)',
      'provider tokens: ProProfs Help Desk ticket (Pic-Time)',
      'provider tokens: Quaxi (Nextech, Menufy, CommunityPass)',
      'seed phrase (chinese_simplified)',
      'seed phrase (russian)',
      'session cookie (awx_sessionid)',
      'session cookie (sandstorm_sid)',
      'voice transcript (Cleanvoice)',
      'voice transcript (Transkriptor)',
      'voice transcript (inqscribe)',
    ],
  },
  {
    // BM's round (after-corpus-bm.test.ts): measured at 302/504 (59.9%) and 4/298 (1.3%) false alarms before it.
    name: 'BM',
    file: 'heldout-bm.json',
    positives: 504,
    negatives: 298,
    kinds: 132,
    caught: 484,
    minRecall: 0.95,
    // See the list above.
    knownMisses: [
      'English style: Mississippi Delta English',
      "English style: chef's ticket",
      'English style: crossword clue',
      'English style: mystery novel',
      'English style: stock ticker',
      'Wi-Fi key',
      'national ID: Galápagos',
      'plain handover',
      'provider token in chat',
    ],
  },
  {
    // BN's round (after-corpus-bn.test.ts): measured at 376/498 (75.5%) and 20/295 (6.8%) false alarms before it.
    name: 'BN',
    file: 'heldout-bn.json',
    positives: 498,
    negatives: 295,
    kinds: 17,
    caught: 479,
    minRecall: 0.95,
    // See the list above.
    knownMisses: ['English style', 'language', 'plain handover'],
  },
  {
    // BO's round (after-corpus-bo.test.ts): measured at 337/514 (65.6%) and 18/280 (6.4%) false alarms before it.
    name: 'BO',
    file: 'heldout-bo.json',
    positives: 514,
    negatives: 280,
    kinds: 124,
    caught: 455,
    minRecall: 0.85,
    // See the list above.
    knownMisses: [
      'English style: Durban English',
      'English style: Scottish Highland English',
      'English style: cooking show host',
      'English style: darts commentator',
      'English style: opera libretto',
      'English style: scout leader',
      'IBAN: BV',
      'TOTP seed',
      'Wi-Fi key',
      'command line',
      'language: Bahia Portuguese',
      'language: Beirut Arabic',
      'language: Cusco Spanish',
      'language: Dar es Salaam Swahili',
      'language: Florence Italian',
      'language: Hamburg German',
      'language: Hyderabadi Urdu',
      'language: Incheon Korean',
      'language: Lagos Pidgin',
      'language: Leipzig German',
      'language: Luanda Portuguese',
      'language: Shiraz Persian',
      'language: Trabzon Turkish',
      'language: Zaza',
      'national ID: Friesland',
      'plain handover, no code word',
      'provider token in chat: Cozi',
      'provider token in chat: FamilyWall',
      'provider token in chat: ParentSquare',
      'secret in an aside',
      'seed phrase',
      'session cookie',
    ],
  },
  {
    // BP's round (after-corpus-bp.test.ts): measured at 336/498 (67.5%) and 16/287 (5.6%) false alarms before it.
    name: 'BP',
    file: 'heldout-bp.json',
    positives: 498,
    negatives: 287,
    kinds: 116,
    caught: 420,
    minRecall: 0.8,
    // See the list above.
    knownMisses: [
      'English style: Harare English',
      'English style: Hobart English',
      'English style: Nottingham English',
      'English style: Plymouth English',
      'English style: Queensland English',
      'English style: Texarkana English',
      'English style: Yooper English',
      'English style: answering machine',
      'English style: dog trainer',
      'English style: plumber',
      'English style: sommelier',
      'IBAN: Svalbard and Jan Mayen',
      'Wi-Fi key',
      'backup codes',
      'language: Adana Turkish',
      'language: Antiguan Creole',
      'language: Basra Arabic',
      'language: Dhaka Bengali',
      'language: Gwangju Korean',
      'language: Hokkaido Japanese',
      'language: Indore Hindi',
      'language: Kazan Russian',
      'language: Kittitian Creole',
      'language: Lille French',
      'language: Manaus Portuguese',
      'language: Mashhadi Persian',
      'language: Oran Arabic',
      'language: Strasbourg French',
      'language: Surabaya Indonesian',
      "language: Xi'an Mandarin",
      'long handover note',
      'plain handover, no code word',
      'provider token in chat',
      'provider token in snippet',
      'provider tokens in env file',
      'secret in an aside',
    ],
  },
  {
    // BQ's round (after-corpus-bq.test.ts): measured at 354/510 (69.4%) and 21/286 (7.3%) false alarms before it.
    name: 'BQ',
    file: 'heldout-bq.json',
    positives: 510,
    negatives: 286,
    kinds: 115,
    caught: 430,
    minRecall: 0.75,
    // See the list above.
    knownMisses: [
      'English style: Chicago English',
      'English style: Colombo English',
      'English style: Coventry English',
      'English style: Dar es Salaam English',
      'English style: Houston English',
      'English style: Inverness English',
      'English style: Limerick English',
      'English style: Montreal English',
      'English style: Stoke English',
      'English style: darts caller',
      'English style: film trailer voice',
      'English style: football chant',
      'English style: grandma on Facebook',
      'English style: streamer',
      'English style: weather forecaster',
      'TOTP seed',
      'Wi-Fi key',
      'backup codes',
      'family or flatmate chat',
      'language: Amman Arabic',
      'language: Baghdad Arabic',
      'language: Bhopal Hindi',
      'language: Cocoliche',
      'language: Fukuoka Japanese',
      'language: Khartoum Arabic',
      'language: Värmländska',
      'language: Yogyakarta Indonesian',
      'login in a welcome note',
      'long handover note',
      'national ID: Yukon',
      'plain handover, no code word',
      'provider token in chat',
      'provider tokens in env file',
      'secret in an aside',
      'seed phrase',
      'session cookie',
    ],
  },
  {
    // BR's round (after-corpus-br.test.ts): measured at 382/555 (68.8%) and 33/289 (11.4%) false alarms before it.
    name: 'BR',
    file: 'heldout-br.json',
    positives: 555,
    negatives: 289,
    kinds: 128,
    caught: 461,
    minRecall: 0.79,
    // See the list above.
    knownMisses: [
      'English style: Belize English',
      'English style: Bradford English',
      'English style: Glasgow English',
      'English style: Minnesota English',
      'English style: New Orleans English',
      'English style: Oldham English',
      'English style: Trinidad English',
      'English style: bin man',
      'English style: gamekeeper',
      'English style: horse racing commentator',
      'English style: jockey',
      'English style: lollipop lady',
      'English style: scaffolder',
      'English style: taxi driver',
      'English style: umpire',
      'English style: wrestling announcer',
      'Wi-Fi key',
      'family or flatmate chat',
      'language: Alexandria Arabic',
      'language: Curaçao Papiamentu',
      'language: Dakar French',
      'language: Dakar French (wrapped)',
      'language: Gdańsk Polish (wrapped)',
      'language: Ghent Flemish',
      'language: Gothenburg Swedish',
      'language: Gothenburg Swedish (wrapped)',
      'language: Limassol Greek',
      'language: Limassol Greek (wrapped)',
      'language: Mallorquin',
      'language: Medellín Spanish',
      'language: Medellín Spanish (wrapped)',
      'language: Miami Spanglish',
      'language: Naples Italian',
      'language: Port Moresby Tok Pisin',
      'language: Port-au-Prince Kreyòl',
      'language: Port-au-Prince Kreyòl (wrapped)',
      'language: Seville Spanish',
      'language: Seville Spanish (wrapped)',
      'language: Soweto Tsotsitaal',
      'language: Stellenbosch Afrikaans',
      'language: Vienna German',
      'language: Vienna German (wrapped)',
      'login in a welcome note',
      'long handover note',
      'plain handover, no code word',
      'provider token in chat',
      'secret in an aside',
      'session cookie',
    ],
  },
  {
    // BS's round (after-corpus-bs.test.ts): measured at 324/489 (66.3%) and 2/310 (0.6%) false alarms before it.
    name: 'BS',
    file: 'heldout-bs.json',
    positives: 489,
    negatives: 310,
    kinds: 108,
    caught: 446,
    minRecall: 0.89,
    // See the list above.
    knownMisses: [
      'English style: Cardiff English',
      'English style: Edinburgh English',
      'English style: stage manager',
      'English style: tattoo artist',
      'English style: vet nurse',
      'Wi-Fi key',
      'family or flatmate chat',
      'language: Aleppo Arabic',
      'language: Arvanitika',
      'language: Benghazi Arabic',
      'language: Cauchois',
      'language: Maputo Portuguese',
      'language: Mashhad Persian',
      'language: Nagasaki Japanese',
      'language: Nanjing Mandarin',
      'language: Nantes French',
      'language: Stuttgart German',
      'language: Zeneize',
      'login in a welcome note',
      'national ID (Umbria)',
      'plain handover, no code word',
      'provider token in chat',
      'provider token in snippet (python)',
      'provider tokens in env file',
      'secret in an aside',
      'seed phrase (turkish, 12 words)',
      'seed phrase (turkish, 15 words)',
      'seed phrase (turkish, 24 words)',
    ],
  },  {
    // BT's round (after-corpus-bt.test.ts): measured at 338/552 (61.2%) and 3/315 (1.0%) false alarms before it.
    name: 'BT',
    file: 'heldout-bt.json',
    positives: 552,
    negatives: 315,
    kinds: 117,
    caught: 457,
    minRecall: 0.79,
    // See the list above.
    knownMisses: [
      'English style: Philadelphia English',
      'English style: ferry deckhand',
      'English style: night nurse',
      'English style: postie',
      'English style: swim coach',
      'IBAN: ES',
      'Wi-Fi key',
      'backup codes',
      'card: Capital One Quicksilver',
      'card: Citi Double Cash',
      'card: Shinhan Deep Dream',
      'connection string',
      'family or flatmate chat',
      'language: Herat Persian',
      'language: Jeddah Arabic',
      'language: Moselle Franconian',
      'language: Sfax Arabic',
      'language: Trieste Italian',
      'language: Tucumán Spanish',
      'login in a welcome note',
      'long handover note',
      'national ID: Minas Gerais',
      'old and new value',
      'plain handover, no code word',
      'provider token in chat',
      'secret in an aside',
      'seed phrase',
      'session cookie',
      'shared account list',
      'theme workplace message',
    ],
  },
  {
    // BU's round (after-corpus-bu.test.ts): measured at 299/510 (58.6%) and 3/308 (1.0%) false alarms before it.
    name: 'BU',
    file: 'heldout-bu.json',
    positives: 510,
    negatives: 308,
    kinds: 157,
    caught: 441,
    minRecall: 0.84,
    // See the list above.
    knownMisses: [
      'English style: Ipswich English',
      'TOTP seed',
      'Wi-Fi key',
      'card: Paraf',
      'card: Venture X',
      'family or flatmate chat',
      'language: Braga Portuguese',
      'language: Campidanese',
      'language: Catania Italian',
      'language: Gardiol',
      'language: Tangier Arabic',
      'long handover note',
      'national ID: Lombardy',
      'national ID: Lower Saxony',
      'national ID: Tamil Nadu',
      'national ID: Uppsala',
      'plain handover, no code word',
      'provider token in chat',
      'secret in an aside',
      'session cookie',
      'shared account list',
      'theme workplace message: bike messengers',
      'theme workplace message: carriage driving clubs',
      'theme workplace message: flamenco academies',
      'theme workplace message: guitar pedal builders',
      'theme workplace message: surfboard shapers',
    ],
  },
  {
    // BV's round (after-corpus-bv.test.ts): measured at 297/491 (60.5%) and 0/330 (0.0%) false alarms before it.
    name: 'BV',
    file: 'heldout-bv.json',
    positives: 491,
    negatives: 330,
    kinds: 24,
    caught: 385,
    minRecall: 0.75,
    // Codes named only by a place, or after an entry verb, with no code word; provider tokens in chat with no key word
    // right before them; small languages' sentences; a card's code or PIN after it in prose (see the README).
    knownMisses: [
      'English style',
      'Wi-Fi key',
      'card',
      'family or flatmate chat',
      'language',
      'login in a welcome note',
      'long handover note',
      'old and new value',
      'plain handover, no code word',
      'provider token in chat',
      'provider token in snippet',
      'provider tokens in env file',
      'secret in an aside',
      'shared account list',
      'theme workplace message',
    ],
  },
  {
    // BW's round (after-corpus-bw.test.ts): measured at 373/495 (75.4%) and 21/329 (6.4%) false alarms before it.
    name: 'BW',
    file: 'heldout-bw.json',
    positives: 495,
    negatives: 329,
    kinds: 44,
    caught: 401,
    minRecall: 0.79,
    // Passwords and codes handed over with no word naming them (a place's code after its name alone, a password after
    // "you want", "you'll need", "unlocks with"); provider tokens in chat with no key word near them or beside a word
    // that names ids; one-time codes after "says", "shows" or a bare "code's"; a change's second value; small
    // languages' sentences (see the README).
    knownMisses: [
      'PIN or door code',
      'Wi-Fi key',
      'card',
      'family or flatmate chat',
      'language: Aachen German',
      'language: Achterhoeks',
      'language: Ancona Italian',
      'language: Ankara Turkish',
      'language: Berrichon',
      'language: Homs Arabic',
      'language: Lahore Punjabi',
      'language: Makassar Indonesian',
      'language: Sutsilvan',
      'language: Westphalian',
      'long handover note',
      'memorable passphrase',
      'national ID',
      'one-time code',
      'password changed from A to B',
      'password, plain handover',
      'provider token in chat',
      'provider token in snippet',
      'seed phrase',
      'session cookie',
      'spreadsheet pasted as text',
      'theme workplace message',
    ],
  },
  {
    // BX's round (after-corpus-bx.test.ts): measured at 399/494 (80.8%) and 10/330 (3.0%) false alarms before it.
    name: 'BX',
    file: 'heldout-bx.json',
    positives: 494,
    negatives: 330,
    kinds: 27,
    caught: 438,
    minRecall: 0.88,
    // Backup codes listed with no word before them or in shapes no list rule reads; passwords and codes handed over with
    // no word naming them ("the meter cupboard needs …", "Shed: …", "AQX… gets you past", a spreadsheet's bare code
    // column); provider tokens with no prefix or no name on their line; a Wi-Fi key after "typing" or "the key" alone;
    // passphrases after "the words are", "memorable sentence"; a PESEL or a Norwegian or Estonian number in a table or
    // named after it; seed phrases in Portuguese without a label and French "mots 1-12"; small languages' door codes
    // (a year-like code, "se abre con" after a clause); a one-time code asked as "was that the code?" (see the README).
    knownMisses: [
      'backup-codes',
      'family-chat',
      'lang-password-door',
      'lang-pin-gloss',
      'lang-wifi',
      'long-handover',
      'national-id',
      'otp-before',
      'passphrase',
      'password-change',
      'password-labelled',
      'password-prose',
      'password-sentence',
      'pin-code',
      'provider-chat',
      'seed-phrase',
      'spreadsheet',
      'theme-message',
      'wifi-key',
    ],
  },
  {
    name: 'BY',
    file: 'heldout-by.json',
    positives: 510,
    negatives: 335,
    kinds: 63,
    caught: 456,
    minRecall: 0.87,
    // Provider tokens with no key word, no name right before them, or a name before a hexadecimal key or one of
    // capitals and digits (which after a name are as often a checksum, a VIN or a coin's address); human passwords
    // handed over with no word naming them ("opens with …", "it's literally …", "the admin one is actually …") and
    // the other value of a change said as "from A over to B", "if A doesn't work try B"; PINs and door codes after
    // "set it to", "wants … then OFF", "press 12 then …", or a door named with a colon; Wi-Fi keys with no Wi-Fi word
    // near ("SSID / key", "passkey" alone, a bare number between dashes); a dotted passphrase with its vault's word
    // after it; a card named by its brand alone; a ticket's SMS code; small languages' codes (see the README).
    knownMisses: [
      'PIN in prose',
      'PIN or door code',
      'Wi-Fi key',
      'card',
      'language: Asunción Spanish',
      'language: Savonian Finnish',
      'one-time code named before',
      'passphrase',
      'password change',
      'password in prose',
      'password spelt out',
      'provider token in chat',
      'session cookie',
      'support ticket',
      'workplace handover',
    ],
  },
  {
    name: 'BZ',
    file: 'heldout-bz.json',
    positives: 541,
    negatives: 351,
    kinds: 53,
    caught: 453,
    minRecall: 0.82,
    // Provider tokens with no key word and a name right before them ("Reservoir: <uuid>", "^ that's the vFairs one"),
    // or a hexadecimal key; human passwords handed over with no word naming them ("wants &jjHt… - capital at the
    // start", "type … then enter twice", ten small letters and digits); door, cupboard and room codes named by the room
    // alone ("Staffroom 4665", "store room: 9830": a room's number as often); Wi-Fi keys after a network's name in
    // brackets or "'Name' and KEY"; a card's code in brackets or a reply; one-time codes asked about ("is that the code
    // or the reference?"); small languages' door codes after their own verbs (see the README).
    knownMisses: [
      'backup codes',
      'card',
      'language: Baba Malay',
      'language: Damascene Arabic',
      'language: Gozitan Maltese',
      'language: Kanpur Hindi',
      'language: Kelantanese Malay',
      'language: Linz German',
      'language: Padua Italian',
      'language: Poznań Polish',
      'language: Rodriguan Creole',
      'language: Yazdi Persian',
      'mixed shapes',
      'one-time code: after its name',
      'one-time code: before its name',
      'password: casual',
      'password: change',
      'password: labelled or prose',
      'password: passphrase',
      'password: two',
      'PIN or door code',
      'session cookie',
      'token: chat',
      'token: config',
      'token: mixed',
      'Wi-Fi key',
      'workplace or family handover',
    ],
  },
  {
    name: 'CA',
    file: 'heldout-ca.json',
    positives: 523,
    negatives: 329,
    kinds: 52,
    caught: 436,
    minRecall: 0.82,
    falseAlarms: 1,
    // Provider tokens with no key word and only a guessed brand's name before them ("Focalboard / …", "Abode -> <hex>",
    // "Simkl: <hex>"), or hexadecimal, a UUID or small letters alone; human passwords with no word naming them ("its …
    // with a 2 at the end", "ok it was … the whole time", "I use … for work"); door and room codes named by the room
    // alone ("Grow room 1: 61026", "Freezer room at the dairy: 3149"); one-time codes given before a word that is not a
    // one-time code's own ("… is the code", "that's what the courier app gave"); Wi-Fi keys of ten small letters and
    // digits after another language's Wi-Fi word; small languages' door codes after their own verbs; national IDs by a
    // label alone ("AK:", "ID:"); session cookies of forty hex digits (see the README).
    knownMisses: [
      'backup codes',
      'card',
      'code snippet',
      'config',
      'language: Azorean Portuguese',
      'language: Bolognese (Emilian)',
      'language: Bucaramanga Spanish',
      'language: Gronings',
      'language: Kuban Russian (Krasnodar)',
      'language: Marrakech Darija',
      'language: Patras Greek',
      'language: Pomor Russian (Arkhangelsk)',
      'language: Sanaani Arabic',
      'language: Sorani Kurdish',
      'mixed / handover',
      'national id',
      'one-time code (after)',
      'one-time code (before)',
      'password',
      'pin / door code',
      'provider token',
      'seed phrase',
      'session cookie',
      'wi-fi key',
    ],
    // A broker's note of a client's policy number, which H (and the product) read as a person's secret.
    knownAlarms: ['hard: message'],
  },
  {
    name: 'CB',
    file: 'heldout-cb.json',
    positives: 530,
    negatives: 348,
    kinds: 30,
    caught: 433,
    minRecall: 0.81,
    falseAlarms: 0,
    // Provider tokens with no key word and only a guessed brand's name before them ("ONS = <uuid>", "Messente = <hex>",
    // a notebook's "value ...... <token>", a chat's reply of 40 hex digits), or hexadecimal, a UUID or small letters
    // alone; human passwords with no word naming them ("i keep typing qwertyuiop123", "Just tried Liverpool1892 and
    // then …", "it was Grandad'sAllotment and now it's …"); door codes named by the room or the place alone ("rehearsal
    // room: 4028", "it's 7743, the gate by …", "blimp hangar personnel door: 71#33#", "a 3-digit combi 604"); one-time
    // codes before a word that is not a one-time code's own ("867951 <- code from the email", "Dad read out 73511 as
    // 'the number from the text'"); a Wi-Fi key in the sentence after the Wi-Fi's word; nine-digit national IDs (a
    // Dutch BSN, a Portuguese NIF) after a bare "ID:" (their checks pass one number in eleven); backup codes after the
    // first of a sentence's list; a Google SID cookie ending in a dot (see the README).
    knownMisses: [
      'backup codes',
      'card',
      'config',
      'language',
      'long transcript',
      'mixed / handover',
      'national id',
      'one-time code (after)',
      'one-time code (before)',
      'password',
      'pin / door code',
      'provider token',
      'session cookie',
      'wi-fi key',
    ],
  },
  {
    name: 'CC',
    file: 'heldout-cc.json',
    positives: 500,
    negatives: 329,
    kinds: 28,
    caught: 440,
    minRecall: 0.88,
    falseAlarms: 1,
    // An insurance policy number said to be "not a login" (policy numbers are masked by design; the words deny only a
    // login). Left: provider tokens after a brand's or a field's own name alone ("Key: <32 hex>", `userhash`,
    // `x-client-id`, "KEY_ID=<uuid>", a DNS label that holds the key, `-p <key>` of a vendor's CLI), a hex, a UUID or small
    // letters being an id's or a checksum's as often; human passwords with no password word or a word of their own
    // ("Mum it's Biscuit2009 for the iPad", "is the club gmail still doublesix66", "opens with FullPull!!", listed
    // guesses, a passphrase of plain words in quotes); one-time codes before their name or with a clause of digits
    // between ("I typed 272541, which was the code in the email"); door codes named by the place alone ("walk-in cage:
    // 9168", "on a keypad now — 7947"); a Wi-Fi key of digits alone or of quoted words; a card's PIN after "pin for
    // ATMs"; an Ecuadorian cédula after its name with a hyphen; a Greeklish and a Fingilish code; handovers of a
    // login's pair with no label ("It's manager and Gobstopper#2").
    knownMisses: [
      'card',
      'env file',
      'language',
      'long chat export',
      'long transcript',
      'mixed / handover',
      'national id',
      'one-time code (after)',
      'one-time code (before)',
      'password',
      'pin / door code',
      'provider token',
      'wi-fi key',
    ],
    knownAlarms: ['hard: message'],
  },
  {
    name: 'CD',
    file: 'heldout-cd.json',
    positives: 505,
    negatives: 322,
    kinds: 52,
    caught: 412,
    minRecall: 0.8,
    falseAlarms: 2,
    // Two insurance policy numbers, one in a message and one in a committee thread (policy numbers are masked by design).
    // Left: provider tokens after a brand's or a field's own name alone (a Twitch client id, `tk=`, `accessId=`,
    // `sender=`, "nyckel: <32 hex>", a share link's `t=`, a key after an arrow), a client id issued with its secret, hex,
    // a UUID or small letters being an id's as often; human passwords with no password word and no system's word before
    // them ("snowshoe hire rota spreadsheet is protected with …", keyboard walks alone, passphrases of plain words after
    // a device's name, listed guesses, "I typed … but it says wrong"); one-time codes before "the … one", or named by a
    // chat line after; door codes named by the place alone ("kit room combination", "key box … : 1105", "override
    // 9090", a change from one code to another, "same as the house number twice"); a Wi-Fi key after its network's name
    // with a slash or "with"; two backup-code lists; codici fiscali, a spaced Chinese ID, a CNP and a cédula with a dash;
    // a two-digit partial PIN; a session cookie's `sid=`; a connection string with a space in its user; handovers and
    // long texts that hold the same shapes.
    knownMisses: [
      'backup codes',
      'card',
      'connection string',
      'env file',
      'language: Piauiense Portuguese',
      'language: Sinaloense Spanish',
      'long: call transcript',
      'long: chat export',
      'long: minutes',
      'mixed / handover',
      'national id',
      'one-time code (after)',
      'one-time code (before)',
      'password',
      'pin / door code',
      'provider token',
      'session cookie',
      'wi-fi key',
    ],
    knownAlarms: ['hard: message', 'hard: long thread'],
  },
  {
    name: 'CE',
    file: 'heldout-ce.json',
    positives: 530,
    negatives: 322,
    kinds: 53,
    caught: 445,
    minRecall: 0.83,
    falseAlarms: 0,
    // Left (85 texts): human passwords with no password word and no system's word the rules read before them (42: "the
    // postcard club's payment account: …", "treasurer's Excel: …", phrases with spaces, listed guesses, two people's
    // passwords side by side, yearly changes with no symbol), which no shape tells from a handle, a product or a title;
    // provider tokens after a field's or a brand's own word (8: a `_SERVER_ID=` UUID, "Agent kulcs:" of small letters
    // and digits, `user:token` after "basic auth", a key named "private" after a public one, "TranzilaPW …", an
    // integration's id beside its secret, "tracking key for …:", "backoffice key RLNM-…"), a UUID, hex or small letters
    // being an id's as often; one-time codes before "that's the code" or "to log in", a 2-2-2 code with dashes, a code
    // of capitals after "security code" or "login link code", a 3-3 code after "2FA for …:", a "confirmation number" (8);
    // door codes named by the place alone (3); a Wi-Fi key after "The key for <network> is", of digits after "the code on
    // the router sticker says", or one English noun after "password" (3); a numbered list of backup codes and four
    // groups of small letters (2); four varieties' passwords and codes ("tunnari", "la contra", a Japanese lock's
    // number, a name-shaped Wi-Fi key); handovers and long texts that hold those shapes (14).
    knownMisses: [
      'backup codes',
      'language: Chapín Spanish',
      'language: Hakata-ben Japanese',
      'language: Nagoya-ben Japanese',
      'language: Stadin slangi',
      'long: bug report',
      'long: call transcript',
      'long: chat export',
      'long: incident report',
      'long: minutes',
      'long: notes',
      'mixed / handover',
      'one-time code (after)',
      'one-time code (before)',
      'password',
      'pin / door code',
      'provider token',
      'wi-fi key',
    ],
  },
  {
    name: 'CF',
    file: 'heldout-cf.json',
    positives: 530,
    negatives: 321,
    kinds: 55,
    caught: 470,
    minRecall: 0.88,
    falseAlarms: 0,
    // Left (60 texts): provider tokens after a brand's or a field's own word (15: a key after "Mine reads" or a
    // `…-Project-Key`, a dashed 4x4 hex key, a key after "tokenId", "userkey=" in a link, a 12-hex `key=`, a bearer of
    // a sync call, a base64 key and secret pair, `sttauthorization:`, a UUID after "… key for …:", dashed codes
    // (`CN-…`, `cm-…`), a key after "api for … —", a key between dashes with "order sync" after it, one masked only in
    // part after "login"), an id's shape as often; human passwords with no password word and no system's word the rules
    // read before them, or a word-joined value with no digit after a system's (15: "website: admin / <words run
    // together and a year>", "<a page>: <words joined by _ and a !>", a walk after "pc to … like last year", a phrase
    // with spaces, a name and a birthday), which no shape tells from a title, a product or a choice ("Inbox /
    // Folder#2"); one-time codes before their name with words between ("got … by text just now - that's the login
    // code", "<- code the bank sent"), a 3+3 code after "Enter this code …:", a "verification number" (7); door codes
    // named by the place alone or an alarm's unset code (4); two backup lists of small letters alone; a Wi-Fi key of
    // three groups of small letters; a Norwegian birth number after "format" (a question of shape); an ordinal seed
    // phrase; a Devtools cookie by name and value; four varieties' codes and passwords (a keypad's "y numeral", Greek
    // and Persian verbs of opening, an Arabic "موديباس"); handovers and a long text holding those shapes (9).
    knownMisses: [
      'backup codes',
      'language: Corfiot Greek',
      'language: Cucuteño Spanish',
      'language: Kermanshahi Persian',
      'language: Tetouan Arabic',
      'long: technician notes',
      'mixed / handover',
      'national id',
      'one-time code (after)',
      'one-time code (before)',
      'password',
      'pin / door code',
      'provider token',
      'seed phrase',
      'session cookie',
      'wi-fi key',
    ],
  },
];

// Each corpus is seconds of synchronous work, and this file runs them one after another: a turn of the event loop
// after each test lets the worker answer vitest's main process, which otherwise waited past its 60 s reply window
// once the file outgrew a minute ("Timeout calling onTaskUpdate", an error outside any test).
afterEach(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe.each(CORPORA)('held-out redaction corpus $name (no longer held out)', (c) => {
  const corpus = load(c.file);

  it('is the corpus the issue describes', () => {
    expect(corpus.positives.length).toBe(c.positives);
    expect(corpus.negatives.length).toBe(c.negatives);
    expect(new Set(corpus.positives.map((p) => p.kind)).size).toBe(c.kinds);
    for (const p of corpus.positives) for (const s of p.secrets) expect(p.text.includes(s), p.kind).toBe(true);
  });

  const alarms = c.falseAlarms ?? 0;
  it(`catches >= ${(c.minRecall ?? 0.99) * 100}% of its secrets (${c.caught}/${c.positives}) with at most ${alarms}/${c.negatives} false alarms, each known`, () => {
    const s = score((t) => redactSecrets(t).text, corpus);
    console.log(formatScore(s));
    for (const m of s.missed) console.log('missed', m.kind, JSON.stringify(m.output).slice(0, 200));
    for (const a of s.alarms) console.log('false alarm', a.kind, JSON.stringify(a.output).slice(0, 200));
    expect(s.recall).toBeGreaterThanOrEqual(c.minRecall ?? 0.99);
    expect(s.caught).toBeGreaterThanOrEqual(c.caught);
    expect(s.falseAlarms).toBeLessThanOrEqual(alarms);
    if (alarms === 0) expect(s.falseAlarmRate).toBe(0);
    for (const m of s.missed) expect(c.knownMisses.includes(m.kind), m.kind).toBe(true);
    for (const a of s.alarms) expect(c.knownAlarms?.includes(a.kind), a.kind).toBe(true);
  });
});
