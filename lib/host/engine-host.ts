import { openReverieDb, type ReverieDb } from '../db/schema';
import type { EngineApi, EngineMethod } from '../messaging/protocol';
import type { HostConnection } from './connection';
import { engineApi } from './facade';
import { ReverieService, type ServiceOptions } from './service';
import { ownEntry } from '../util/own';

/**
 * The engine host: one ReverieService for this context, started on first use and restarted if its start failed.
 * Chrome runs it in the offscreen document, Firefox in the background page; both call it through this object.
 */
export function createEngineHost(options: (db: ReverieDb) => Omit<ServiceOptions, 'db'> = () => ({})): HostConnection & {
  service(): Promise<ReverieService>;
} {
  let starting: Promise<{ service: ReverieService; api: EngineApi }> | null = null;
  const started = () => {
    starting ??= ReverieService.start({ db: openReverieDb(), ...options(openReverieDb()) }).then(
      (service) => ({ service, api: engineApi(service) }),
      (error) => {
        starting = null;
        throw error;
      },
    );
    return starting;
  };
  return {
    service: async () => (await started()).service,
    async call(method, ...data) {
      const { api } = await started();
      const answer = ownEntry(api, method) as ((...args: unknown[]) => Promise<never>) | undefined;
      if (!answer) throw new Error(`Unknown engine-host call: ${String(method).slice(0, 60)}`);
      return answer(...data);
    },
  };
}

const ENGINE_METHODS: ReadonlySet<string> = new Set(Object.keys(engineApi({} as ReverieService)));

export function isEngineMethod(name: unknown): name is EngineMethod {
  return typeof name === 'string' && ENGINE_METHODS.has(name);
}
