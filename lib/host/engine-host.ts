import { openReverieDb, type ReverieDb } from '../db/schema';
import type { HostConnection } from '../background/host-connection';
import { dispatchToService } from './dispatch';
import { ReverieService, type ServiceOptions } from './service';

/**
 * The engine host: one ReverieService for this context, started on first use and restarted if its start failed.
 * Chrome runs it in the offscreen document, Firefox in the background page; both call it through this object.
 */
export function createEngineHost(options: (db: ReverieDb) => Omit<ServiceOptions, 'db'> = () => ({})): HostConnection & { service(): Promise<ReverieService> } {
  let starting: Promise<ReverieService> | null = null;
  const service = () => {
    starting ??= ReverieService.start({ db: openReverieDb(), ...options(openReverieDb()) }).catch((error) => {
      starting = null;
      throw error;
    });
    return starting;
  };
  return {
    service,
    async call(method, data) {
      const s = await service();
      if (method === 'host/drain') return s.drainCaptureQueue();
      if (method === 'host/dream-alarm') return s.dream('alarm');
      return dispatchToService(s, method, data);
    },
  };
}
