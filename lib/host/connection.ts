import type { EngineCalls, EngineMethod } from '../messaging/protocol';

/**
 * How the background reaches the engine host: one typed call per contract method. Chrome's MV3 service worker cannot
 * load modules at run time or run the WASM/WebGPU engine, so the host lives in an offscreen document
 * (`lib/background/offscreen-client.ts` reaches it); Firefox's background page hosts it in-process.
 */
export interface HostConnection {
  call<M extends EngineMethod>(method: M, ...data: Parameters<EngineCalls[M]>): Promise<Awaited<ReturnType<EngineCalls[M]>>>;
}
