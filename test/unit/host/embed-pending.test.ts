import { describe, expect, it } from 'vitest';
import { CaptureDrain } from '../../../lib/host/capture-drain';
import type { EngineSlot } from '../../../lib/host/engine-slot';
import { freshDb } from '../engine/helpers';

/** A stand-in engine that records which engine embedded, and can be held mid-run. */
function engine(name: string, log: string[], gate?: Promise<void>) {
  return {
    async processEmbedQueue() {
      log.push(`embed:${name}`);
      await gate;
      return { embedded: 0, remaining: 0 };
    },
    async flush() {
      log.push(`flush:${name}`);
    },
  };
}

describe('embedding what waits', () => {
  it('a call during a run goes round once more, on the engine that is current then', async () => {
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slot = { engine: engine('old', log, gate) } as unknown as EngineSlot;
    const drain = new CaptureDrain(freshDb(), slot, () => false);
    const first = drain.embedPending();
    // The model finished loading meanwhile: a new engine with the embedder, and the registry asks again.
    (slot as { engine: unknown }).engine = engine('new', log);
    const second = drain.embedPending();
    release();
    await Promise.all([first, second]);
    expect(log).toEqual(['embed:old', 'flush:old', 'embed:new', 'flush:new']);
  });

  it('calls that do not overlap run once each', async () => {
    const log: string[] = [];
    const slot = { engine: engine('only', log) } as unknown as EngineSlot;
    const drain = new CaptureDrain(freshDb(), slot, () => false);
    await drain.embedPending();
    await drain.embedPending();
    expect(log).toEqual(['embed:only', 'flush:only', 'embed:only', 'flush:only']);
  });
});
