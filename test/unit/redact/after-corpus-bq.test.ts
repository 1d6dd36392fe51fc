import { describe, it } from 'vitest';
import { unchanged, masks, keeps } from './made-up';

/**
 * The general rules added after held-out corpus BQ, on values and sentences made up here. Each positive case and each
 * mended false alarm fails on the rules at the round's start (dfd92da); the guards set beside them pass there too and
 * keep passing.
 */
describe('look-alikes that open nothing (false alarms mended)', () => {
  it("keeps a locker's own number where something is left in it", () => {
    unchanged('Your shoes are in locker 418273 by the pool, the attendant has the key.');
    unchanged('I left the charger at locker 60552 on the second floor.');
  });

  it('still masks a locker code given with "is" or a colon', () => {
    masks('the locker is 73914, shut it firmly', '73914');
  });

  it("keeps a lock's model number", () => {
    unchanged("The combination padlock model is Master Lock 1523 and it came with a spare shackle.");
  });

  it('keeps a pointer to where the value is kept', () => {
    unchanged('# sample env\nBILLING_API_KEY=see-1password-vault\nHOST=0.0.0.0');
    unchanged('WEBHOOK_SIGNING_SECRET=see-bitwarden-entry');
  });
});

describe("padlocks said with another language's own is or has", () => {
  it('reads French, Spanish, Portuguese, Italian, Swedish, Russian, Turkish and Chinese', () => {
    masks("Le cadenas de la cave c'est 5170, à demain", '5170');
    masks('el candado del trastero lleva 940316, nos vemos', '940316');
    masks('O aloquete do armazém tem 20577, até logo', '20577');
    masks("Il lucchetto della cantina gl'ha 6093, ciao", '6093');
    masks('Hänglåset på förrådet ä 77261, vi ses', '77261');
    masks('Замок на складе — 48290, до встречи', '48290');
    masks('depo kilidi 31974, yarın görüşürüz', '31974');
    masks('仓库那锁是 5528，明天见', '5528');
  });

  it('reads a named room as the place of the lock', () => {
    masks('O cadeado do meeting room é 6640, tá?', '6640');
  });

  it('keeps what a padlock has that is no code', () => {
    keeps('Il lucchetto ha 4 cifre, costa 1299 lire', '1299');
  });
});

describe('codes and passwords given in answer in a chat', () => {
  it('reads a lone number after someone says a door will not open', () => {
    masks("Kit: I'm at the side entrance and it won't open\nme: 530182\nKit: in, ta", '530182');
    masks('Bea: locked out of the bike store again\nJo: 7716', '7716');
  });

  it('keeps a lone number after someone is merely outside', () => {
    unchanged("Bea: I'm outside the cinema\nJo: 2145\nBea: see you in there");
  });

  it('reads a password given when asked what to type, or whether it changed', () => {
    masks('[8:02] Leo: what do I type in on the stock app again\n[8:03] me: Quartz_lantern-5813\n[8:04] Leo: ta', 'Quartz_lantern-5813');
    masks('Ana: did you change the rota site??\nme: yes sorry, HERON+pickle73\nAna: fine', 'HERON+pickle73');
  });

  it('keeps an answer of words to whether a plan changed', () => {
    unchanged('Ana: did you change the plan??\nme: yes sorry, moved-it-to-friday');
  });
});

describe('backup codes in more groupings', () => {
  it('reads a list of three, three and two digits, or letters and digits joined by dots, under the heading', () => {
    masks('garden club backup codes\n• 418-207-63\n• 902-115-48\n• 377-640-19', '418-207-63', '902-115-48', '377-640-19');
    masks('recovery codes:\n→ KTV.406.PWA\n→ MRD.813.QEX\n→ BLN.257.HOZ', 'KTV.406.PWA', 'MRD.813.QEX', 'BLN.257.HOZ');
  });

  it('reads a run of them on one line after a colon', () => {
    masks('backup codes: 512-778-30, 604-219-87, 873-450-16', '512-778-30', '604-219-87', '873-450-16');
  });

  it('keeps phone numbers listed under another heading', () => {
    unchanged('numbers to ring:\n• 555-201-7788\n• 555-310-4421');
  });
});
