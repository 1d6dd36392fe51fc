import { describe, expect, it } from 'vitest';
import { isInstructionToAssistant } from '../../../lib/dream/directives';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * After held-out scenario set BZ, on sentences made up here: words the assistant is to stop using, quoted ("stop saying
 * 'circle back'", "stop telling me to 'touch base' with people"), and a request after a lead that announces one more
 * ("And another thing — …").
 */
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 3, 1) }).facts.map((f) => f.text);

describe('words to stop saying', () => {
  it('"stop saying \'X\'", "stop telling me to \'X\'" is a standing instruction', () => {
    expect(isInstructionToAssistant("Stop saying 'circle back'.")).toBe(true);
    expect(isInstructionToAssistant("Please stop telling me to 'touch base' with people.")).toBe(true);
    expect(isInstructionToAssistant("Can you stop using the phrase 'deep dive'?")).toBe(true);
  });

  it('after "And another thing —", in a message about something else', () => {
    expect(facts("Kettle's leaking again. And another thing — stop telling me to 'touch base' with people. Hate it.")).toEqual([
      "Another thing — stop telling me to 'touch base' with people.",
    ]);
  });

  it('not words said to someone else, nor a lead before no request', () => {
    expect(isInstructionToAssistant("Please stop saying 'like' to the kids.")).toBe(false);
    expect(isInstructionToAssistant('And another thing - what time does the tip open?')).toBe(false);
  });
});
