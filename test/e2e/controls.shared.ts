import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FixtureServer } from './harness/server';
import { COMPOSERS_ROOT, sitePage, type SiteTurn } from './pages/sites';

/**
 * Shared by the Chromium and Firefox ESR runs of the in-page controls (controls.chromium/firefox.e2e.test.ts): the
 * look-alike chats they open, and how each reads the indicator, which lives in a closed shadow root that page scripts
 * cannot reach. The browsers' automation protocols can: Chromium's DevTools `DOM.getDocument` with `pierce`, Firefox's
 * WebDriver BiDi with `includeShadowTree: 'all'`. Either tree is read here the way a user sees it: the style sheet, and
 * parts that are `hidden` or not displayed, left out.
 */

export const FIXTURE_ROOTS = { composers: COMPOSERS_ROOT };
export const TEST_CONTROL_TYPE = 'reverieTestControl';
export const REMEMBER_MENU_ID = 'reverie-remember-selection';

/** Conversations by id; any look-alike path ending in one of these ids shows its turns. */
const CHATS: Record<string, SiteTurn[]> = {
  'state-1': [
    { role: 'user', text: 'Which bread flour keeps best in a damp kitchen?' },
    { role: 'assistant', text: 'Keep strong white flour in an airtight tin; it lasts about a year.' },
  ],
  'remember-1': [
    { role: 'user', text: 'Which walk should I do on Madeira on Sunday?' },
    { role: 'assistant', text: 'Take the Levada do Caldeirão Verde trail, and bring a torch for the tunnels.' },
  ],
  'remember-2': [
    { role: 'user', text: 'How do I keep basil alive indoors?' },
    { role: 'assistant', text: 'Water basil from below and keep it on a sunny sill above fifteen degrees.' },
  ],
  'forget-1': [
    { role: 'user', text: 'My neighbour Mrs. Haversham waters my plants when I travel.' },
    { role: 'assistant', text: 'How kind of Mrs. Haversham; leave her a note with the watering days.' },
  ],
  'forget-2': [
    { role: 'user', text: 'My locker code at the Quinta gym is behind the blue poster.' },
    { role: 'assistant', text: 'Noted about the Quinta gym locker.' },
  ],
  'other-1': [
    { role: 'user', text: 'What is a good name for a grey cat?' },
    { role: 'assistant', text: 'Try Pebble, Ash or Smoky.' },
  ],
};

const UNREADABLE = fileURLToPath(new URL('../fixtures/pages/chatgpt-unreadable.html', import.meta.url));

/**
 * Routes the look-alike chats: `/claude/…` and `/chatgpt/…` (the conversation id is the last path segment) and
 * `/broken/c/<id>`, a ChatGPT page whose turns capture cannot read (after a site redesign), for "not working".
 */
export function routeControlPages(server: FixtureServer): void {
  const turnsOf = (url: URL) => CHATS[url.pathname.split('/').pop() ?? ''] ?? [];
  server.route('/claude/*', (url) => sitePage('claude', { turns: turnsOf(url) }));
  server.route('/chatgpt/*', (url) => sitePage('chatgpt', { turns: turnsOf(url) }));
  const broken = readFileSync(UNREADABLE, 'utf8').replace('<head>', '<head><meta name="reverie-test-site" content="chatgpt">');
  server.route('/broken/*', broken);
  server.route('/blank', '<!doctype html><title>blank</title><body style="margin:0">');
}

/** An element or text node of a DOM tree as a protocol reports it, shadow roots included. */
export interface TreeNode {
  tag: string;
  attrs: Record<string, string>;
  text?: string;
  children: TreeNode[];
}

/** A node of Chromium's `DOM.getDocument({ depth: -1, pierce: true })`. */
export interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export function fromCdp(node: CdpNode): TreeNode {
  const attrs: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) attrs[list[i]!] = list[i + 1]!;
  return {
    tag: node.nodeType === 3 ? '#text' : node.nodeName.toLowerCase(),
    attrs,
    ...(node.nodeType === 3 ? { text: node.nodeValue ?? '' } : {}),
    children: [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(fromCdp),
  };
}

/** A node of a WebDriver BiDi serialization (`script.callFunction` with `includeShadowTree: 'all'`). */
export interface BidiNode {
  type: string;
  value?: { nodeType: number; localName?: string; nodeValue?: string; attributes?: Record<string, string>; children?: BidiNode[]; shadowRoot?: BidiNode | null };
}

export function fromBidi(node: BidiNode): TreeNode {
  const v = node.value ?? { nodeType: 0 };
  return {
    tag: v.nodeType === 3 ? '#text' : v.nodeType === 11 ? '#shadow-root' : (v.localName ?? ''),
    attrs: v.attributes ?? {},
    ...(v.nodeType === 3 ? { text: v.nodeValue ?? '' } : {}),
    children: [...(v.shadowRoot ? [v.shadowRoot] : []), ...(v.children ?? [])].map(fromBidi),
  };
}

function find(node: TreeNode, tag: string): TreeNode | null {
  if (node.tag === tag) return node;
  for (const child of node.children) {
    const found = find(child, tag);
    if (found) return found;
  }
  return null;
}

/** What the indicator shows a user, from a tree holding it ('' when it is not there or not displayed). */
export function indicatorText(tree: TreeNode): string {
  const host = tree.tag === 'reverie-indicator' ? tree : find(tree, 'reverie-indicator');
  if (!host || /display:\s*none/.test(host.attrs.style ?? '')) return '';
  const parts: string[] = [];
  const walk = (node: TreeNode) => {
    if (node.tag === 'style' || 'hidden' in node.attrs) return;
    if (node.text !== undefined) parts.push(node.text);
    for (const child of node.children) walk(child);
    if (node.tag !== '#text') parts.push(' ');
  };
  walk(host);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
