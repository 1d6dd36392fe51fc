import { createEngineHost } from './engine-host';
import { engineHostOptions } from './runtime-models';

/** Firefox: the background page is the engine host; calls are plain function calls. */
export function inProcessHost() {
  return createEngineHost(engineHostOptions);
}
