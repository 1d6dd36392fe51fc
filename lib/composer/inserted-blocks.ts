/**
 * Every block Reverie wrote into a composer on this page (each refresh is a new text), newest last. Capture uses them
 * to take the block out of the user's turn by its content once it is sent (stripPreamble), without guessing from
 * markers. Page memory only: a reload forgets them, and the background's copy for the tab takes over.
 */
const MAX_BLOCKS = 32;
const written: string[] = [];

export function rememberInsertedBlock(text: string): void {
  if (text === '') return;
  const at = written.indexOf(text);
  if (at >= 0) written.splice(at, 1);
  written.push(text);
  if (written.length > MAX_BLOCKS) written.shift();
}

export function insertedBlocks(): readonly string[] {
  return written;
}
