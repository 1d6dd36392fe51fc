import type { SecretSpan } from './rules';

/**
 * CD's round: a version control commit's id named in its sentence ("the commit that removed the hard-coded password:
 * cb8f6c6a…", "reverted in commit 3f9a2b7"): a full SHA (forty or sixty-four lower-case hex digits) after a commit as
 * a thing ("the commit", "a changeset", "revision") on its line, or an abbreviated one of seven digits or more right
 * after the word. A password's word in between is what the commit was about; the id names a change in a repository and
 * opens nothing. An owner's word in between ("a commit with my API key: …") makes the value the owner's key.
 */
const FULL_SHA = /^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const SHORT_SHA = /^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}$/;
const COMMIT_AS_A_THING = /(?<![\p{L}])(?:the|a|this|that|last|latest|previous|bad|offending|in|at|from|of)[ \t]+(?:commit|changeset|revision)(?![\p{L}])/iu;
const COMMIT_RIGHT_BEFORE = /(?<![\p{L}])(?:commit|changeset|revision)(?:[ \t]+(?:id|hash|sha))?[ \t]*[:#]?[ \t]*$/iu;
const OWNER = /(?<![\p{L}])(?:my|our|your|his|her|their)(?![\p{L}])/iu;

export function isNamedCommitId(text: string, span: SecretSpan): boolean {
  const value = text.slice(span.start, span.end);
  if (!SHORT_SHA.test(value)) return false;
  const before = text.slice(Math.max(0, span.start - 120), span.start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (COMMIT_RIGHT_BEFORE.test(line)) return true;
  if (!FULL_SHA.test(value)) return false;
  const thing = COMMIT_AS_A_THING.exec(line);
  return thing !== null && !OWNER.test(line.slice(thing.index + thing[0].length));
}
