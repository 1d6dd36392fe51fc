import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * A reply language asked for from now on in French, Spanish, Italian, Portuguese, German and Dutch, with the "from now
 * on" said first or last, the German or Dutch verb left at the end, or asked as a question (session 74, the lead's
 * older misses; made-up sentences). Each is the reply-language rule, which a later language replaces, not an
 * instruction kept as typed beside it.
 */
const AT = Date.UTC(2026, 4, 10);
const replyLanguage = (text: string) =>
  extractFromTurn({ id: 't1', text, at: AT })
    .facts.filter((f) => f.slot === 'user/reply-language')
    .map((f) => f.value);

describe('a reply language ordered from now on, in other languages', () => {
  // The first reading builds every rule's pattern: slow on a loaded machine, so it is not a test's own time.
  beforeAll(() => void replyLanguage('warm up'), 120_000);

  it('the "from now on" first, or after the language', () => {
    expect(replyLanguage("à partir de maintenant, réponds-moi en français s'il te plaît")).toEqual(['French']);
    expect(replyLanguage('Désormais, réponds-moi en anglais.')).toEqual(['English']);
    expect(replyLanguage('réponds-moi en allemand à partir de maintenant')).toEqual(['German']);
    expect(replyLanguage('a partir de ahora, contéstame en catalán')).toEqual(['Catalan']);
    expect(replyLanguage("d'ora in poi rispondimi in inglese per favore")).toEqual(['English']);
    expect(replyLanguage('a partir de agora me responda em inglês')).toEqual(['English']);
    expect(replyLanguage('ab jetzt antworte mir bitte auf Englisch.')).toEqual(['English']);
    expect(replyLanguage('vanaf nu antwoord me in het Engels')).toEqual(['English']);
  });

  it('the German and Dutch verb last, and asked as a question', () => {
    expect(replyLanguage('ab sofort bitte nur noch auf Englisch antworten')).toEqual(['English']);
    expect(replyLanguage('kannst du ab jetzt auf Deutsch antworten?')).toEqual(['German']);
    expect(replyLanguage('kun je voortaan in het Nederlands antwoorden?')).toEqual(['Dutch']);
    expect(replyLanguage('peux-tu désormais me répondre en français ?')).toEqual(['French']);
    expect(replyLanguage('¿puedes responderme en español a partir de ahora?')).toEqual(['Spanish']);
    expect(replyLanguage('puoi rispondermi in italiano d’ora in poi?')).toEqual(['Italian']);
    expect(replyLanguage('você pode me responder em português de agora em diante?')).toEqual(['Portuguese']);
  });

  it('not for one answer, not someone else’s mail, not the user’s own plan, not a condition or a negation', () => {
    for (const s of [
      'peux-tu me répondre en anglais ?',
      'tu peux toujours me répondre en anglais si tu préfères',
      'kannst du mir auf Deutsch antworten?',
      'puedes responderme en inglés?',
      'a partir de ahora, responde en inglés a este correo',
      'à partir de maintenant, réponds en anglais aux mails de Paul',
      'désormais, réponds-moi en détail',
      'je vais désormais écrire en français pour pratiquer',
      'ich werde ab jetzt auf Deutsch antworten',
      'ab jetzt auf Deutsch schreiben, das ist mein Vorsatz',
      'désormais je réponds en anglais à mes clients',
      'si à partir de maintenant tu me réponds en anglais, je ne comprendrai rien',
    ])
      expect(replyLanguage(s), s).toEqual([]);
  });
});
