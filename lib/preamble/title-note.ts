import { terms } from '../engine/text';
import type { CorrectionNote } from '../dream/corrections';

/**
 * The notes on a chat shown by its title, the one about the title's subject first. A chat's passages may carry several
 * things said later ("Gazebo footing", whose passage named the old town, carries the move and then "we're calling off
 * the gazebo"); a title line is short and cut at its end, so a note about something else the chat said could leave the
 * one about what the title names cut off. A note that shares a word with the title leads; the others follow by date.
 */
export function noteLedByTitle(note: CorrectionNote, title: string): CorrectionNote {
  const chain: CorrectionNote[] = [];
  for (let n: CorrectionNote | undefined = note; n; n = n.later) chain.push(n);
  if (chain.length < 2) return note;
  const words = new Set(terms(title).filter((t) => t.length >= 3 && !/^\d+$/.test(t)));
  const lead = chain.findIndex((n) => terms(n.said).some((t) => words.has(t)));
  if (lead <= 0) return note;
  const order = [chain[lead]!, ...chain.filter((_, i) => i !== lead)];
  return order.reduceRight<CorrectionNote | undefined>((rest, n) => {
    const { later: _later, ...own } = n;
    return rest ? { ...own, later: rest } : own;
  }, undefined)!;
}
