import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { recoveriesInOtherLanguages } from '../../../lib/dream/recovered-other-languages';
import { replacements } from '../../../lib/dream/replaced';
import { ownPremises } from '../../../lib/dream/own-premises';
import { T0 } from './fixture';

/**
 * An illness got over and a thing sold for another, said in Norwegian, Danish or Swedish; where the user's own
 * workshop or salon is, and a venue's town kept; an illness said with "the"; a home said in passing with a time after
 * it, and one got after a move said without "I"; on sentences made up here.
 */
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: T0 }).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());

describe('an illness or injury got over, in Norwegian, Danish or Swedish', () => {
  it('named in its plain form, from its definite one', () => {
    expect(recoveriesInOtherLanguages('Endelig frisk etter influensaen!')).toEqual(['influensa']);
    expect(recoveriesInOtherLanguages('ferdig med lungebetennelsen, takk og lov')).toEqual(['lungebetennelse']);
    expect(recoveriesInOtherLanguages('Kneet er endelig grodd.')).toEqual(['kne']);
    expect(recoveriesInOtherLanguages('äntligen frisk från förkylningen')).toEqual(['förkylning']);
    expect(recoveriesInOtherLanguages('Forkølelsen er overstået nu')).toEqual(['forkølelse']);
  });

  it('not a question, a hope, a negation or someone else', () => {
    expect(recoveriesInOtherLanguages('Er du frisk etter influensaen?')).toEqual([]);
    expect(recoveriesInOtherLanguages('håper jeg er frisk etter influensaen til helgen')).toEqual([]);
    expect(recoveriesInOtherLanguages('Kneet er ikke grodd ennå')).toEqual([]);
    expect(recoveriesInOtherLanguages('Kona er endelig frisk etter influensaen.')).toEqual([]);
    expect(recoveriesInOtherLanguages('Jeg har hatt bronkitt i to uker')).toEqual([]);
  });
});

describe('a thing sold for another, in Norwegian, Danish or Swedish', () => {
  it('sold, then what was got: the old name without its definite ending', () => {
    expect(replacements('Solgte Golfen i mai og kjøpte en elsykkel.')).toEqual([{ old: 'Golf', now: 'elsykkel', about: 'Golfen' }]);
    expect(replacements('Jag sålde Volvon och köpte en Polestar')).toEqual([{ old: 'Volvo', now: 'Polestar', about: 'Volvon' }]);
    expect(replacements('vi har solgt campingvognen og kjøpt en hytte')).toEqual([{ old: 'campingvognen', now: 'hytte' }]);
  });

  it('not a sale alone (a price), a plan, a question or someone else\'s', () => {
    expect(replacements('Solgte Golfen for 90 000 kr.')).toEqual([]);
    expect(replacements('Skal jeg selge Golfen og kjøpe en elsykkel?')).toEqual([]);
    expect(replacements('Pappa solgte båten og kjøpte en hytte.')).toEqual([]);
  });
});

describe("where the user's own workshop or salon is", () => {
  it('"my workshop in X", "our bakery near X", and a later move of it', () => {
    expect(ownPremises('I fix clocks from my workshop in Ludlow, mostly longcases')).toEqual([{ kind: 'fact', slot: 'user/premises:workshop', text: "User's workshop is in Ludlow.", value: 'Ludlow', importance: 0.7 }]);
    expect(ownPremises('our little bakery near Keswick sells out by ten').map((f) => f.text)).toEqual(["User's bakery is in Keswick."]);
    expect(ownPremises('we moved the studio over to Frome in June').map((f) => f.text)).toEqual(["User's studio is in Frome."]);
  });

  it("not someone else's, a place that is no town, a wish or a question", () => {
    for (const s of ['her studio in Leeds is lovely', 'my studio in the back garden leaks', 'if I moved my studio to Bath would it pay', 'Is my shop in York covered?', 'my salon in May was quiet'])
      expect(ownPremises(s), s).toEqual([]);
  });

  it('a venue built where it stands keeps its town in what the user does there; a workshop does not', () => {
    expect(facts('i repair the rides at a pier on brighton seafront')).toContain('User repairs the rides at a pier on brighton seafront.');
    expect(facts('I fix forklifts at a depot near Crewe')).toContain('User fixes forklifts at a depot near Crewe.');
    expect(facts('I make guitars in a small workshop in Penryn')).toContain('User makes guitars in a small workshop.');
  });
});

describe('an illness said with "the", and homes said in passing', () => {
  it('"I have the asthma since …", not a thing named after it or a question', () => {
    expect(facts('I have the asthma since I was small, is this inhaler ok?')).toContain('user/health:asthma User has asthma.');
    expect(facts("I've got the diabetes, type 2")).toContain('user/health:diabetes User has diabetes.');
    expect(facts('I have the asthma inhaler in my bag').filter((f) => f.startsWith('user/health'))).toEqual([]);
    expect(facts('Is it true I have the arthritis?').filter((f) => f.startsWith('user/health'))).toEqual([]);
  });

  it('"my flat in X around 11pm": where the home is, a time after it', () => {
    expect(facts('i only get back to my flat in stockbridge around midnight')).toContain('user/location User lives in stockbridge.');
    expect(facts('selling my flat in Hove after Christmas').filter((f) => f.startsWith('user/location'))).toEqual([]);
  });

  it('"moving out of X this weekend, got a 2 bed in Y": the home got after a move said without "I"', () => {
    expect(facts('moving out of gorgie on friday, got a 1 bed in leith with my cousin')).toContain('user/location User lives in Leith.');
    expect(facts('Finally moved, got a two-bedroom house in Didcot!')).toContain('user/location User lives in Didcot.');
    expect(facts('thinking of moving out, got a viewing for a flat in Leith').filter((f) => f.startsWith('user/location'))).toEqual([]);
    expect(facts('moving to a new team, got a desk in the Leeds office').filter((f) => f.startsWith('user/location'))).toEqual([]);
  });
});
