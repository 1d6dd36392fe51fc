// A dedicated worker that parses one chat export (started by offthread.ts): unzipping, decoding and JSON parsing of
// up to 512 MB happen here, not on the options page's thread.
import { serveExportParsing, type ParserScope } from './worker-protocol';

serveExportParsing(self as unknown as ParserScope);
