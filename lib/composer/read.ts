import { isTextControl, type ComposerKind } from './kinds';
import { composerLines } from './lines';

/** The text a composer shows, one line per paragraph or hard break, the way the user sees it. */
export function readComposerText(el: HTMLElement, _kind?: ComposerKind): string {
  if (isTextControl(el)) return el.value;
  return composerLines(el).lines.map((l) => l.text).join('\n');
}
