/**
 * A message typed as a checklist ("[x] van's serviced [ ] I'm allergic to latex, which gloves? [ ] quote for Tuesday")
 * puts a task box where a sentence would start: each box begins an item of its own, and the box itself, put first,
 * hid the item's words from the rules that read a sentence from its start ("I'm allergic to …"). Each box is read as
 * a line break. A box is only a box at a line's start or where the message has two or more of them: "replace [x] with
 * your name" is a stand-in, not a list.
 */

const BOX = String.raw`\[(?: |x|X|✓|✔|✗|-)\]`;
const BOX_AT_LINE_START = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]*)?${BOX}[ \t]*`, 'gmu');
const BOX_ANYWHERE = new RegExp(String.raw`(?:^|[ \t]+)${BOX}[ \t]*`, 'gu');

/** The message with each task box read as the start of a line of its own. */
export function withTaskBoxesAsLines(text: string): string {
  if (!text.includes('[')) return text;
  const boxes = text.match(new RegExp(BOX, 'gu'))?.length ?? 0;
  const lined = text.replace(BOX_AT_LINE_START, '');
  return boxes >= 2 ? lined.replace(BOX_ANYWHERE, '\n').replace(/^\n+/, '') : lined;
}
