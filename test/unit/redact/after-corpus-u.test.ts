import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, HEX, KEY, PW } from './made-up';

/** The general rules added after held-out corpus U, on values made up here. */
const pick = picker(6307);

describe('values shown masked, scopes and public keys kept', () => {
  it('keeps a value printed masked: mask characters with the last digits, or a prefix and an ellipsis before its end', () => {
    unchanged('The receipt says my password is fine and my card is ****-****-****-4410, the bank masked it.');
    unchanged('Il mio login è ok, la carta è XXXX XXXX XXXX 0082 sullo scontrino.');
    unchanged(`The audit log prints \`token=ghp_…${pick(ALNUM, 4)}\` and \`secret_key=rk_live_...${pick(ALNUM, 4)}\`, is that enough masking?`);
  });

  it('still masks the whole value when no characters are hidden', () => {
    const t = `rk_live_${pick(ALNUM, 28)}`;
    expect(r(`secret_key=${t}`)).toBe(`secret_key=${KEY}`);
  });

  it('keeps an OAuth scope written resource:access, not a user:password pair in a login sentence', () => {
    unchanged('Log in with the sandbox app: client_id=88213, scope profile:write_all, then approve.');
    unchanged('For the login flow I request scopes=calendar:read_only and nothing else.');
    const pw = `Qe7${pick(ALNUM, 6)}!x`;
    expect(r(`To log in to the router use admin:${pw} for now.`)).toBe(`To log in to the router use admin:${PW} for now.`);
  });

  it('reads a statement closed by a tag question as a statement: a key it calls search-only is kept', () => {
    const k = pick(HEX, 32);
    unchanged(`index = searchClient('QW3RTY7UIO', '${k}') — the search-only key is meant for the browser, right?`);
    unchanged(`init('${k}') — c'est la clé publique, n'est-ce pas ?`);
  });

  it('still masks a key when the aside only asks whether it is public', () => {
    const k = pick(HEX, 32);
    expect(r(`index = searchClient('QW3RTY7UIO', '${k}') — is the search-only key safe in the browser?`)).not.toContain(k);
  });
});

describe('keys and passwords in more formats', () => {
  it("masks a PuTTY key file's private lines with the MAC that seals them, not its public lines", () => {
    const pub = Array.from({ length: 2 }, () => pick(ALNUM, 64)).join('\n');
    const priv = Array.from({ length: 3 }, () => pick(ALNUM, 64)).join('\n');
    const mac = pick(HEX, 64);
    const out = r(`PuTTY-User-Key-File-2: ssh-ed25519\nEncryption: none\nComment: build-box\nPublic-Lines: 2\n${pub}\nPrivate-Lines: 3\n${priv}\nPrivate-MAC: ${mac}\n`);
    expect(out).toContain(pub);
    expect(out).not.toContain(priv.slice(0, 20));
    expect(out).not.toContain(mac);
  });

  it("masks an API key in an Android manifest's meta-data, its attributes namespaced", () => {
    const k = pick(HEX, 32);
    expect(r(`<meta-data android:name="io.example.maps.API_KEY" android:value="${k}" />`)).toBe(
      `<meta-data android:name="io.example.maps.API_KEY" android:value="${KEY}" />`,
    );
    unchanged('<meta-data android:name="io.example.sdk.VERSION_NAME" android:value="4.12.0" />');
  });

  it('masks the plaintext a cracker printed after the hash, not the hash alone nor a shadow line', () => {
    const md5 = pick(HEX, 32);
    expect(r(`john --show found it:\n${md5}:Plum42!harbor`)).toBe(`john --show found it:\n${md5}:${PW}`);
    const crypt = `$6$${pick(ALNUM, 12)}$${pick(ALNUM, 86)}`;
    expect(r(`hashcat -m 1800 cracked the admin hash:\n${crypt}:otter.Lamp88\nnice`)).toBe(`hashcat -m 1800 cracked the admin hash:\n${crypt}:${PW}\nnice`);
    unchanged(`Trying to crack this shadow entry:\nroot:${crypt}:19700:0:99999:7:::`);
    unchanged(`The cracked hash list has ${md5} and nothing else.`);
  });

  it('masks a token the issuer says it shows only once, whatever its prefix, not prose after the same words', () => {
    const t = `qvx_${pick(ALNUM, 40)}`;
    expect(r(`Service account created. Copy the key now, you won't be able to see it again:\n    ${t}\n`)).toBe(
      `Service account created. Copy the key now, you won't be able to see it again:\n    ${KEY}\n`,
    );
    unchanged('Copy the key now, you will not see it again: the dashboard hides it after you close the dialog.');
  });
});

describe('seed phrases in the Japanese list', () => {
  it('masks twelve Japanese words written apart by ideographic spaces under a wallet word, not the words in prose', async () => {
    const { entropyToMnemonic } = await import('@scure/bip39');
    const { wordlist } = await import('@scure/bip39/wordlists/japanese.js');
    const entropy = Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + 11) % 256);
    const phrase = entropyToMnemonic(entropy, wordlist).normalize('NFC').split(/\s+/).join('\u3000');
    expect(r(`ウォレットのバックアップです：\n${phrase}\n大丈夫ですか？`)).toBe(`ウォレットのバックアップです：\n[redacted seed phrase]\n大丈夫ですか？`);
    unchanged(`ウォレットの使い方：あいこくしん　あおぞら　を覚えてください。`);
  });
});

describe('a passport MRZ', () => {
  const mrz = (s: string) =>
    String([...s].reduce((sum, c, i) => sum + (/\d/.test(c) ? Number(c) : c === '<' ? 0 : c.charCodeAt(0) - 55) * [7, 3, 1][i % 3]!, 0) % 10);

  it('masks the whole second line (number, birth date, expiry), the name line kept', () => {
    const doc = pick('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 9);
    const line = `${doc}${mrz(doc)}ITA920417${mrz('920417')}M310230${mrz('310230')}<<<<<<<<<<<<<<04`;
    const out = r(`Is this right?\nP<ITAROSSI<<MARCO<<<<<<<<<<<<<<<<<<<<<<<<<<<\n${line}`);
    expect(out).toContain('P<ITAROSSI<<MARCO');
    expect(out).not.toContain('920417');
    expect(out).not.toContain(doc);
  });
});

describe('identity numbers in more layouts', () => {
  it("masks each row's number in a table column its header names, not another column", () => {
    const out = r('employee,joined,ni_number,tax_code\nA. Grey,2025-03-01,JK 44 19 02 B,1257L\nB. Hale,2025-04-01,TM 61 08 75 C,BR\n');
    expect(out).toBe('employee,joined,ni_number,tax_code\nA. Grey,2025-03-01,[redacted national id],1257L\nB. Hale,2025-04-01,[redacted national id],BR\n');
    unchanged('employee,joined,team,tax_code\nA. Grey,2025-03-01,JK 44 19 02 B,1257L\n');
  });

  it('reads a passport number after another name of the document joined by a slash, not after another thing', () => {
    expect(r('- Passport/ID number: 571203948\n- Visa class: B2')).toBe('- Passport/ID number: [redacted national id]\n- Visa class: B2');
    unchanged('Passport/booking reference 4839201 is on the ticket.');
  });
});

describe('PINs, codes and passwords in more wordings and layouts', () => {
  it('masks four to eight digits alone on the line below a PIN label alone on its line', () => {
    expect(r('Voicemail\nMailbox PIN\n70318\nthanks')).toBe(`Voicemail\nMailbox PIN\n${PW}\nthanks`);
    unchanged('Delivery address\nCity: Pune\nPIN code\n411001\n');
    unchanged('Mailbox PIN\nreset it from the app\n');
  });

  it('masks a PIN the writer set, whoever set it, or recalls, after the sentence naming it; not a year', () => {
    expect(r('The gym locker wants a PIN again. They set it to 30571 when I joined.')).toBe(`The gym locker wants a PIN again. They set it to ${PW} when I joined.`);
    expect(r('The tablet asks for the parental PIN. I think it was 6620, or close.')).toBe(`The tablet asks for the parental PIN. I think it was ${PW}, or close.`);
    unchanged('The PIN pad on the old till broke. I think it was 2019 when we bought it.');
    unchanged('We set it to 5000 rows per page and the report still times out.');
  });

  it("masks a safe's code after an article and one word, not a safe without a code", () => {
    expect(r('Reminder: the office safe is 728104, the gate is on a timer.')).toBe(`Reminder: the office safe is ${PW}, the gate is on a timer.`);
    unchanged('Your data is safe and the safe is 40 years old.');
  });

  it('masks a password given as the new one after a sentence saying an account was reset, not without a reset', () => {
    const pw = `Lynx${pick('0123456789', 3)}&Harbor`;
    expect(r(`The kiosk signs in with a shared account. Support reset it today. The new one is ${pw}, mind the case.`)).toBe(
      `The kiosk signs in with a shared account. Support reset it today. The new one is ${PW}, mind the case.`,
    );
    unchanged(`The kiosk signs in with a shared account. The new one is ${pw}, the old one broke.`);
  });
});

describe('values in more wordings', () => {
  it('masks a PIN that is a password, letters and symbols after the word; not a word after it', () => {
    expect(r('Zugang fürs Onlinebanking: Anmeldename K.Ortmann, PIN harbor-lime-58?. Danke!')).toBe(`Zugang fürs Onlinebanking: Anmeldename K.Ortmann, PIN ${PW}. Danke!`);
    unchanged('The card shows PIN reset-required after three wrong tries; the PIN pad is fine.');
  });

  it('masks a code read out in answer to a turn that asks for it, not a postal code', () => {
    expect(r(`Rep: 'Could you read me the verification code from the text?' Caller: 'Sure, 604-719.' Rep: 'Thank you.'`)).toBe(
      `Rep: 'Could you read me the verification code from the text?' Caller: 'Sure, [redacted recovery code].' Rep: 'Thank you.'`,
    );
    expect(r('Support: What is the PIN on the account?\nCaller: 48213')).toBe('Support: What is the PIN on the account?\nCaller: [redacted recovery code]');
    unchanged(`Rep: 'And the postal code for the delivery?' Caller: 'It's 10435.'`);
  });

  it("masks a key in a quoted curl header followed by the URL argument, not the URL", () => {
    const k = pick(ALNUM, 32);
    expect(r(`curl -H 'Subscription-Key: ${k}' 'https://api.freight.test/v2/tracking/events'`)).toBe(
      `curl -H 'Subscription-Key: ${KEY}' 'https://api.freight.test/v2/tracking/events'`,
    );
  });
});

describe("round U's rules kept to their cases", () => {
  it('keeps a hardware pin over its number, a model year after a safe, and a digest list a colleague named John sent', () => {
    unchanged('GPIO PIN\n1718\nset high before boot');
    unchanged('The office safe is 1998 model, the lock still works.');
    unchanged('john sent the md5 list:\n5d41402abc4b2a76b9719d911017c592:hello');
  });
});
