import { describe, expect, it } from 'vitest';
import { r, unchanged } from './made-up';

/** The general rules added after held-out corpus W, on values made up here. */
const ID = '[redacted national id]';

describe('document numbers named in more languages and in table columns', () => {
  it('masks a passport number after the declined name, "my" and "is" in Romanian, Ukrainian, Russian, Malay and Thai', () => {
    expect(r('Seria și numărul pașaportului meu: RK5521907, am nevoie de viză.')).toBe(`Seria și numărul pașaportului meu: ${ID}, am nevoie de viză.`);
    expect(r('Numărul de pașaport: 051837264 — e valabil?')).toBe(`Numărul de pașaport: ${ID} — e valabil?`);
    expect(r('Мій номер паспорта FT3310928, треба перевірити візу.')).toBe(`Мій номер паспорта ${ID}, треба перевірити візу.`);
    expect(r('Мой загранпаспорт — номер 712045538.')).toBe(`Мой загранпаспорт — номер ${ID}.`);
    expect(r('No pasport saya A40912276, boleh check?')).toBe(`No pasport saya ${ID}, boleh check?`);
    expect(r('เลขหนังสือเดินทาง AA7205511 ครับ')).toBe(`เลขหนังสือเดินทาง ${ID} ครับ`);
  });

  it('keeps a passport sentence with a date, a count or a price after the name', () => {
    unchanged('Pașaportul meu expiră în 2031, trebuie reînnoit?');
    unchanged('Паспорт коштує 1200 гривень.');
  });

  it("masks each row's cell under a passport, licence or ID card column, whatever the table's separator", () => {
    expect(r('guest;country;Passport Number;room\nAna Pop;ROU;054219873;12\nLi Wei;CHN;E12345678;4')).toBe(
      `guest;country;Passport Number;room\nAna Pop;ROU;${ID};12\nLi Wei;CHN;${ID};4`,
    );
    expect(r('driver,licence_no,van\nJ. Okoro,OKORO801229J99,VN-2\nM. Berg,B0722194,VN-5')).toBe(`driver,licence_no,van\nJ. Okoro,${ID},VN-2\nM. Berg,${ID},VN-5`);
    expect(r('member|id_card_number|team\nSara|CZ4471920|U18')).toBe(`member|id_card_number|team\nSara|${ID}|U18`);
  });

  it('keeps other columns, and a document column holding no number', () => {
    unchanged('order,sku,qty\nA1,BX44199,3');
    unchanged('guest,passport_no,nights\nTom,n/a,2\nEve,pending,3');
    unchanged('guest,country,passport_no\nTom,GBR,');
  });
});
