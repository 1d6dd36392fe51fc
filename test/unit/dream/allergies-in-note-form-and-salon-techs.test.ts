import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

const learn = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 }).facts.map((f) => f.text);

describe('an allergy said in note form, its "I\'m" left out', () => {
  it('is the writer’s at the start of a message or sentence, or after a one-word label', () => {
    expect(learn('Allergic to penicillin.')).toEqual(['User is allergic to penicillin.']);
    expect(learn('S: UTI again. B: allergic to nitrofurantoin (Macrobid), i had a lung reaction to it in 2021. A: urgent care reaches for it first.')).toEqual([
      'User is allergic to nitrofurantoin.',
    ]);
    expect(learn('Health: severely allergic to peanuts.')).toEqual(['User is allergic to peanuts.']);
  });

  it('is not the writer’s after a sentence about someone else, nor in a question', () => {
    expect(learn('My daughter is 5. Allergic to eggs.')).toEqual([]);
    expect(learn('allergic to cats? what about dogs')).toEqual([]);
    expect(learn('the kid is allergic to eggs')).toEqual([]);
  });

  it('is not the writer’s after a label that names someone else', () => {
    expect(learn('Patient: allergic to latex, so we need the non-latex gloves kit for bed 4.')).toEqual([]);
    expect(learn('Client: allergic to shellfish. Can you suggest a menu for her wedding?')).toEqual([]);
    expect(learn('Emma: allergic to nuts. What should I bake for her birthday?')).toEqual([]);
    expect(learn('Dog: allergic to chicken. Which kibble?')).toEqual([]);
  });
});

describe('technicians of the salon', () => {
  it('reads a lash tech and a brow tech as jobs, as a nail tech is', () => {
    expect(learn("hiii i'm a lash tech, i rent a room at a salon in Fremont")).toContain('User is a lash tech.');
    expect(learn("I'm a brow tech")).toEqual(['User is a brow tech.']);
  });
});
