import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProbe, loadScenarios, runScenario, summaryLine, validateScenario, type ScenarioStep } from '../../../bench/lib/scenario';

/**
 * The scenario runner (npm run bench:scenarios) on one of the project's own scenarios, lexical-only: it drives the
 * capture intake, the nightly alarm dream, the popup's delete and the warm-start block, and reports what it saw.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const file = path.join(repoRoot, 'bench/scenarios/deleted-fact-source.json');

describe('scenario runner', () => {
  it('runs a scenario through the product and passes its probes', async () => {
    const { scenario } = loadScenarios(file)[0]!;
    const result = await runScenario(scenario, { embedder: null });
    expect(result.error).toBeUndefined();
    expect(result.probes.map((p) => [p.step, p.failures])).toEqual([
      [3, []],
      [4, []],
    ]);
    // The probed text is what the composer holds: the block, then the typed message.
    expect(result.probes[0]!.text).toMatch(/^⟦reverie⟧[\s\S]*User lives in Ghent\.[\s\S]*⟦\/reverie⟧\n\nWhich travel insurance/);
    // The nightly alarm ran a dream between the chat and the delete; the delete went through the popup's calls.
    expect(result.log.some((l) => l.startsWith('nightly dream 2026-04-02T03:00: done'))).toBe(true);
    expect(result.log).toContain('delete /neurologist/: 1 memory (passage)');
    expect(summaryLine([result]).line).toBe('2 passed, 0 failed');
  });

  it('reports a failed expectation with the probed text, and counts it', async () => {
    const { scenario } = loadScenarios(file)[0]!;
    const broken = validateScenario({
      ...scenario,
      steps: scenario.steps.map((s: ScenarioStep) => ('newChat' in s ? { ...s, expect: { includes: ['epilepsy'], excludes: ['Ghent'] } } : s)),
    });
    const result = await runScenario(broken, { embedder: null });
    const first = result.probes[0]!;
    expect(first.failures).toEqual(['missing  /epilepsy/', 'present  /Ghent/  matched "Ghent"']);
    const lines = formatProbe(first);
    expect(lines[0]).toMatch(/^FAIL deleted-fact-source · step 3 · 2026-04-03T09:01:00 · newChat chatgpt/);
    expect(lines).toContain('     ✗ missing  /epilepsy/');
    expect(summaryLine([result]).line).toBe('0 passed, 2 failed');
  });

  it('refuses a malformed scenario with a reason', () => {
    expect(() => validateScenario({ name: 'x', steps: [{ at: 'yesterday', dream: {} }] })).toThrow(/"at" is not an ISO time/);
    expect(() => validateScenario({ name: 'x', steps: [{ at: '2026-01-01T00:00:00', search: { query: 'a' }, expect: { includes: ['('] } }] })).toThrow(
      /bad regular expression/,
    );
  });
});
