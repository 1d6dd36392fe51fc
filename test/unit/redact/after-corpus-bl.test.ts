import { describe, expect, it } from 'vitest';
import { HEX, picker, r, unchanged } from './made-up';

/** The general rules added after held-out corpus BL, on values and sentences made up here. */
function masks(text: string, ...values: string[]): void {
  const out = r(text);
  for (const v of values) expect(out, text).not.toContain(v);
}

const pick = picker(20261206);
const uuid = (): string => `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-8${pick(HEX, 3)}-${pick(HEX, 12)}`;

describe('look-alikes that open nothing', () => {
  it("keeps a template's stand-ins: a shouted name that opens with digits, and 'put … here' with a service's digits", () => {
    unchanged('# .env.example\n9TILES_SECRET=none\nKILN42_API_TOKEN=put-kiln42-token-here\n');
    unchanged('PORTAL_KEY=insert_ledger7_key_here\n');
  });

  it("keeps a store's references: a name restated in a type's brackets or after a bearer's scheme", () => {
    unchanged('loom_api_token: AWS::SSM::Parameter::Value<LOOM_API_TOKEN>\n');
    unchanged('dock_bearer: envsecret:DOCK_BEARER\n');
  });

  it("keeps the argument of a password manager's lookup and a path where a ticket says the value was stored", () => {
    unchanged('kiln_secret: lpass show --password shared/KILN_SECRET\n');
    unchanged(`ledger_token: bw get password ${uuid()}\n`);
    unchanged('Rotated. The new one lives at gopass:ops/tills/api and is not pasted here.');
  });

  it('still masks a password given on a command line beside a lookup, and one after "pass:"', () => {
    masks('mysql -u kiln -pQv7rTz92Lm shop', 'Qv7rTz92Lm');
    masks('pass: Rq8/zuvT41x', 'Rq8/zuvT41x');
  });
});
