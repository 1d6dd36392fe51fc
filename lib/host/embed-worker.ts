// A dedicated worker that runs the embedding model (started by embedder-offthread.ts), so that inference never
// blocks the thread the engine host shares with the popup and the other extension pages.
import { serveEmbedding, type EmbedScope } from './embedding-channel';
import { loadEmbedder } from './embedder-load';

serveEmbedding(self as unknown as EmbedScope, loadEmbedder);
