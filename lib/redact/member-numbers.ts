import { wordAnchors } from './fast-anchors';
import { windowedFinder, type Finder, type RegexRule } from './rules';
import { contextOf } from './values';

/**
 * A member's number on a health or insurance card ("Member ID: W962936719", "Versichertennummer A123456789", "numéro
 * d'adhérent 12345678", "número de afiliado …"): with it, anyone can act as the insured on the phone or a portal. The
 * names "member ID" and "subscriber ID" are used by forums, games and chat services too, so the text around must
 * speak of insurance, a claim or a health plan; the names that only insurers use stand alone. The number must hold
 * digits: "member ID: unknown" names nothing.
 */

/** Names used for insurance and for much else: they need insurance words around them. */
const SHARED_NAME = "member[ \\t-]?(?:id|number|no\\.?|#)|subscriber[ \\t-]?(?:id|number|no\\.?|#)|membership[ \\t]+(?:number|no\\.?|#)|mitgliedsnummer|num[ée]ro[ \\t]+(?:de[ \\t]+)?(?:membre|adh[ée]rent)|n[úu]mero[ \\t]+de[ \\t]+(?:socio|miembro)|numero[ \\t]+(?:di[ \\t]+)?(?:socio|tessera)";
/** Names only insurers and health systems use. */
const INSURER_NAME =
  "versichertennummer|krankenversichertennummer|" +
  // The European Health Insurance Card (its card number identifies the insured abroad) in the EU's languages, and the
  // insured's number in more of them.
  "european[ \\t]+health[ \\t]+insurance[ \\t]+card|\\bEHIC\\b|\\bGHIC\\b|europ(?:ä|ae)ische[ \\t]+krankenversicherungskarte|carte[ \\t]+europ[ée]enne[ \\t]+d['’]assurance[ \\t]+maladie|tarjeta[ \\t]+sanitaria[ \\t]+europea|tessera[ \\t]+(?:sanitaria[ \\t]+)?europea|cart[ãa]o[ \\t]+europeu[ \\t]+de[ \\t]+seguro[ \\t]+de[ \\t]+doen[çc]a|europese[ \\t]+zorgpas|europejsk(?:a|iej|ą)[ \\t]+kart(?:a|y|ą|ę)[ \\t]+ubezpieczenia[ \\t]+zdrowotnego|\\bEKUZ\\b|ευρωπα[ϊι]κ(?:ή|ής|ην)[ \\t]+κάρτα[ςν]?[ \\t]+ασφάλισης[ \\t]+υγείας|κάρτα[ \\t]+ασφάλισης|αριθμ(?:ός|ό|ού)[ \\t]+(?:μητρώου[ \\t]+)?ασφαλισμένου|zorgverzekeringsnummer|numer[ \\t]+ubezpieczenia|[čc][íi]slo[ \\t]+poji[šs]t[ěe]nce|f[öo]rs[äa]kringsnummer|sigorta[ \\t]+numaras\\p{L}*|被保険者番号|保険証番号|医保卡号|社保卡号|건강보험증[ \\t]*번호|num[ée]ro[ \\t]+(?:de[ \\t]+)?s[ée]curit[ée][ \\t]+sociale|n[úu]mero[ \\t]+de[ \\t]+(?:afiliad[oa]|afiliaci[óo]n|benefici[áa]ri[oa]|carteirinha)|n[úu]mero[ \\t]+(?:do[ \\t]+)?cart[ãa]o[ \\t]+(?:do[ \\t]+)?SUS|tessera[ \\t]+sanitaria";

const INSURANCE_TALK =
  /insur|health[ \t]+plan|medical|medicaid|medicare|\bHMO\b|\bPPO\b|copay|deductible|versicher|krankenkasse|assur|mutuelle|s[ée]curit[ée][ \t]+sociale|seguro|aseguradora|plano[ \t]+de[ \t]+sa[úu]de|assicura|sanitari/i;

/** Between the name and the number: a colon, "is", "#", or nothing. */
// Whose it is may stand before the verb ("Versichertennummer der Patientin ist …", "number of the insured is …"), and a
// card "has the number" ("… κάρτα ασφάλισης υγείας έχει αριθμό …", "hat die Nummer …").
const OWNER = "(?:[ \\t]+(?:der|des|of|de|du|del|della|do|da|dla|van|του|της)(?:[ \\t]+[\\p{L}'’]{1,15}){1,2}?)?";
const HAS_NUMBER =
  "(?:[ \\t]+(?:has|hat|έχει|με|with|mit|tiene|tem|ha|a)(?:[ \\t]+(?:the|die|der|el|o|le|il|la))?[ \\t]+(?:number|no\\.?|nummer|αριθμό|αριθμός|número|numéro|numero|numer|číslo|nr\\.?))?";
const CARD_NUMBER = "(?:[ \\t]+(?:card|karte|carte|tarjeta|cart[ãa]o))?(?:[ \\t]+(?:number|no\\.?|nummer|num[ée]ro|número|numer))?";
const LINK = `${CARD_NUMBER}${OWNER}${HAS_NUMBER}(?:[ \\t]+(?:is|ist|lautet|est|es|é|è|είναι))?[ \\t]*[:#=：]?[ \\t]*`;
const VALUE = '([A-Z]{0,4}[-/]?\\d[\\dA-Z/-]{4,24})(?![\\p{L}\\p{N}_])';

function memberRule(name: string, words: string, needsTalk: boolean): Finder {
  const rule: RegexRule = {
    name,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words})${LINK}${VALUE}`, 'dgiu'),
    judge(m, text) {
      const value = m[1]!;
      const start = m.indices![1]![0];
      if ((value.match(/\d/g) ?? []).length < 4 || /^(\d)\1+$/.test(value)) return null;
      if (needsTalk && !INSURANCE_TALK.test(contextOf(text, m.index - 240, start + value.length + 240))) return null;
      return { start, end: start + value.length, label: 'policy number' };
    },
  };
  return windowedFinder(rule, wordAnchors(words), 0, 80);
}

export const MEMBER_NUMBER_FINDERS: readonly Finder[] = [
  memberRule('member-number', SHARED_NAME, true),
  memberRule('insured-number', INSURER_NAME, false),
];
