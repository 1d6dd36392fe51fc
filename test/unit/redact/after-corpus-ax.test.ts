import { describe, expect, it } from 'vitest';
import { r, unchanged, masks } from './made-up';

/** The general rules added after held-out corpus AX, on values and sentences made up here. */
describe('look-alikes that open nothing', () => {
  it('keeps a namespaced id as a log field’s value on a line that names a portal or a login', () => {
    unchanged('2026-03-02T10:00:01Z INFO portal cache miss key=item:7c2e91ab40d3 trace=1a2b3c4d5e6f7081');
    unchanged('login service: lookup object_id=user:9f8e7d6c5b4a done');
  });

  it('still masks a user and password pair in a sentence about logging in', () => {
    masks('for the router login use admin:Tw1ggy-Lark77 please', 'Tw1ggy-Lark77');
  });

  it('keeps numbers shaped like the new countries’ IDs under other names or with a wrong check', () => {
    unchanged('Zimbabwe office, ref 63-281904D17 (check letter wrong)');
    unchanged('Senegal supplier NINEA 4802156 was rejected');
    unchanged('Jamaica office phone: 876-555-0142');
    unchanged('Panama trip dates: 8-12-2025 to 9-1-2026');
    unchanged('Bangladesh desk, call +880 1712345678');
    unchanged('Malta office moved in 2019, staff 120');
  });

  it('keeps a gate’s or a door’s number that is followed by more words, and a gate at an airport', () => {
    unchanged('boarding at gate 1234 tonight');
    unchanged('the back door 4471 Harbour Road is the depot');
    unchanged('the serial number on the rear gate 5821.');
    unchanged('stock count: 2564 (changed after the audit)');
    unchanged('* Phone: 5551234 (changed last month)');
  });

  it('keeps the words a Redis ACL line, a YAML key and a DeepL-like id use elsewhere', () => {
    unchanged('user admin logged in > ok');
    unchanged('cache:\n  entries:\n    - name: sessions\n      key: 5b1d0e8c7a4f2e9d3c6b1a0f');
    unchanged('request id 2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e5f:fxy');
    unchanged('echo "hello world" | grep key');
  });
});

describe('secrets in the families AX showed', () => {
  it('finds IDs of Zimbabwe and Senegal by their checks', () => {
    masks('my Zimbabwe national ID is 63-281904C17, is the format right?', '63-281904C17');
    masks('Supplier: Baobab Traders (Senegal)\nNINEA: 7319024 2B1', '7319024 2B1');
  });

  it('finds IDs of eight more countries by structure under their own or their country’s name', () => {
    masks('| Staff | Country | ID |\n| Ana | Malta | 0481273M |', '0481273M');
    masks('Nationality: Bahrain\nCPR: 910412345', '910412345');
    masks('my Jamaica TRN is 118-402-937', '118-402-937');
    masks('Panama cédula 8-731-2209 on file', '8-731-2209');
    masks('Honduras | 0801-1991-04417', '0801-1991-04417');
    masks('Bangladesh NID 4519827630', '4519827630');
    masks('Rwanda | 1 1985 7 0042391 2 61', '1 1985 7 0042391 2 61');
    masks('Tanzania NIDA 19910314-11220-00034-17', '19910314-11220-00034-17');
  });

  it('finds a code after a door named by its place, at the end of a note or a chat line', () => {
    masks('note for Friday: rear gate 58213', '58213');
    masks('09:14  Sam: bin store door 4417\n09:15  Ola: thanks', '4417');
  });

  it('finds a list item’s number said to have been changed', () => {
    masks('Closing card\n* loading bay: 60481 (changed Monday)\n- plant room — 7719 (reset in May)', '60481', '7719');
  });

  it('finds the new key shapes: DeepL Free keys and Tor onion service keys', () => {
    const deepl = '5e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b:fx';
    masks(`(def auth-key "${deepl}")`, deepl);
    const onion = `ED25519-V3:${'Kq3b'.repeat(21)}Zx==`;
    masks(`ADD_ONION ${onion} Port=443,127.0.0.1:8443`, onion);
  });

  it('finds secrets piped into commands that store them, with printf’s format first', () => {
    masks("printf '%s' 'Qz8vLm2Kp4Rt6Wx0' | wrangler secret put SESSION_SECRET", 'Qz8vLm2Kp4Rt6Wx0');
    masks('echo -n "tok_7Hc2Lq9Vm4Xw1Bz8" | vercel env add SIGNING_KEY preview', 'tok_7Hc2Lq9Vm4Xw1Bz8');
    masks('echo "harbor-linen-spruce4" | /usr/local/sbin/emcmd cmdStart=Start luksKey=1', 'harbor-linen-spruce4');
  });

  it('finds passwords in Redis ACL rules and keys under a key list', () => {
    masks('redis-cli ACL SETUSER reports on >Gable#2041 ~reports:* +get', 'Gable#2041');
    masks('user backup on >Willow-77-stone ~* +@read', 'Willow-77-stone');
    masks('gateway:\n  api_keys:\n    - name: ci\n      key: 9b2f61c0d4e87a35b1c6e0f2', '9b2f61c0d4e87a35b1c6e0f2');
  });

  it('finds an Arabic “the code” beside a card number as its security code', () => {
    expect(r('رقم البطاقة 4539 1488 0343 6467 والرمز 318')).not.toContain('318');
  });
});
