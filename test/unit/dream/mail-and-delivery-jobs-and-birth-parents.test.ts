import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { namesAll, topicRoots, topicWords } from '../../../lib/preamble/topic-words';
import { withTopicsSaidOneWay } from '../../../lib/preamble/topics-said-many-ways';

/**
 * Mail and delivery work said in the languages the rules read (a letter carrier, a courier, an app delivery rider),
 * and a parent by birth kept off as an adoptee names them in other words. Sentences written here for these tests.
 */
const AT = Date.UTC(2026, 7, 20, 9);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => f.text);
const names = (topic: string, text: string) => namesAll(new Set(topicRoots(text)), topicWords(topic));

describe('mail and delivery work in another language', () => {
  it.each([
    ['Je suis facteur à Villeurbanne, il me faut des chaussures pour marcher.', 'User works as facteur in Villeurbanne.'],
    ['Je suis livreuse, je fais 60 km par jour.', 'User works as livreuse.'],
    ['Soy cartera en Teruel y necesito un horario.', 'User works as cartera in Teruel.'],
    ['Soy repartidor, ¿qué mochila me compro?', 'User works as repartidor.'],
    ['Sono postino a Bari, mi serve una dieta.', 'User works as postino in Bari.'],
    ['Ich bin Briefträgerin in Kassel und brauche neue Schuhe.', 'User works as Briefträgerin in Kassel.'],
    ['Ik ben postbode in Zwolle.', 'User works as postbode in Zwolle.'],
    ['Agora sou carteiro dos Correios, tô no centro de distribuição desde segunda.', 'User works as carteiro dos Correios.'],
    ['Sou entregadora em Niterói, preciso de uma capa de chuva.', 'User works as entregadora in Niterói.'],
  ])('%s', (said, fact) => {
    expect(facts(said)).toContain(fact);
  });

  it('a word of where after the job is no part of it', () => {
    expect(facts('Seguinte: sou motoboy de aplicativo aqui na Tijuca, rodo de segunda a sábado.')).toContain('User works as motoboy de aplicativo in Tijuca.');
  });

  it("someone else's mail round, or the post itself, is no job of the user's", () => {
    expect(facts('O carteiro passou às dez e deixou a encomenda.').filter((f) => /works as/.test(f))).toEqual([]);
    expect(facts('Le facteur est passé ce matin.').filter((f) => /works as/.test(f))).toEqual([]);
  });
});

describe('a parent by birth, kept off however the chats name them', () => {
  it('a request naming the birth mother meets the chats that say biological mom, bio mom, birth parents', () => {
    expect(names('my birth mother', 'The letter came back. My biological mom wrote two lines on it.')).toBe(true);
    expect(names('my birth mother', 'how do people handle being turned away by a biological parent?')).toBe(true);
    expect(names('my birth mother', 'the DNA kit matched me to my bio mom in Ohio')).toBe(true);
    expect(names('my birth father', 'I finally met my birth parents last spring')).toBe(true);
    expect(names('my birth mother', 'mi madre biológica vive en Cádiz')).toBe(true);
    expect(withTopicsSaidOneWay('ma mère biologique m’a écrit')).toContain('birthmother');
  });

  it('a mother alone, a birth alone or biology’s other words are no birth parent', () => {
    expect(names('my birth mother', 'gift idea for my mom’s 70th? she raised me, loves birds')).toBe(false);
    expect(names('my birth mother', 'I need a copy of my birth certificate for the passport')).toBe(false);
    expect(names('my birth mother', 'my biological clock is ticking, says my mother')).toBe(false);
    expect(names('my birth mother', 'she is a natural mother to those kids')).toBe(false);
    expect(names('my birth father', 'my biological mother wrote back')).toBe(false);
  });
});
