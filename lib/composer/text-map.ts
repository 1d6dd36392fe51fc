/**
 * Maps between character offsets in the concatenated text of a contenteditable's text nodes and DOM points, to select
 * exactly the Reverie block for replacement and to put the user's caret back where it was.
 */
export interface TextMap {
  /** All text-node data, concatenated (paragraph breaks contribute nothing). */
  flat: string;
  nodes: { node: Text; start: number }[];
}

export function buildTextMap(root: HTMLElement): TextMap {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: TextMap['nodes'] = [];
  let flat = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push({ node: t, start: flat.length });
    flat += t.data;
  }
  return { flat, nodes };
}

/** The DOM point at a flat offset; at a node boundary, the end of the earlier node when `preferEnd`. */
export function pointAt(map: TextMap, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  for (let i = 0; i < map.nodes.length; i++) {
    const { node, start } = map.nodes[i]!;
    const end = start + node.data.length;
    if (offset < end || (offset === end && (preferEnd || i === map.nodes.length - 1))) {
      return { node, offset: offset - start };
    }
  }
  return null;
}

/** The flat offset of a DOM point inside root, or null when it is outside. */
export function offsetOf(map: TextMap, root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === 3) {
    const entry = map.nodes.find((n) => n.node === node);
    return entry ? entry.start + Math.min(offset, (node as Text).data.length) : null;
  }
  // An element point: count the text of everything before it inside root.
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}
