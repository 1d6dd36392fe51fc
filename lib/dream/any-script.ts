/** A word boundary for any script: `\b` is ASCII's, so "retraité " or "volví " has none after the accent. */
const BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;

/** A pattern whose `\b` is a word boundary in any script. */
export const anyScript = (src: string, flags: string) => new RegExp(src.replace(/\\b/g, BOUNDARY), flags);
