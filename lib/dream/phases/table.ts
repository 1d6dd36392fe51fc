import type { DreamPhase } from '../../db/schema';
import { consolidatePhase } from './consolidate';
import { decayPhase } from './decay';
import { diaryTallyPhase } from './diary-tally';
import { domainsPhase } from './domains';
import { gatherPhase } from './gather';
import { orientPhase } from './orient';
import type { DreamPhaseStep } from './phase';
import { patternsPhase } from './patterns';
import { profilePhase } from './profile';
import { stylePhase } from './style';

/**
 * The dream's phases, in the order they run. A run stores the name of the phase it is at, so names are never reused
 * for something else. The profile is written before the patterns (a pinned pattern's new wording reaches the profile
 * on the next dream, as it always has); domains, patterns and style depend on nothing the others write.
 */
export const DREAM_PHASES: readonly DreamPhaseStep[] = [
  orientPhase,
  gatherPhase,
  consolidatePhase,
  decayPhase,
  profilePhase,
  domainsPhase,
  patternsPhase,
  stylePhase,
  diaryTallyPhase,
];

/** Where a stored run resumes. 'prune' is what runs stored before decay, profile, domains, patterns and style were phases of their own: it did all five, so it resumes at the first. */
export function phaseIndex(phase: Exclude<DreamPhase, 'done'>): number {
  const name = phase === 'prune' ? 'decay' : phase;
  const i = DREAM_PHASES.findIndex((p) => p.name === name);
  if (i < 0) throw new Error(`unknown dream phase: ${phase}`);
  return i;
}
