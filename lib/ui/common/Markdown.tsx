import { Lexer, type Token, type Tokens } from 'marked';
import type { ComponentChildren } from 'preact';
import { useId, useMemo, useState } from 'preact/hooks';
import { safeHttpUrl } from './format';

/**
 * Captured chat text (an assistant's answer, often Markdown) shown as plain formatting: `marked`'s lexer turns it into
 * tokens, and each token becomes a Preact element, so every piece of captured text reaches the page as a text node.
 * No HTML is ever parsed from it: raw HTML in the text (`<img onerror=…>`, `<script>`) is shown as the characters it
 * is, images are never loaded (a remote image would tell its host you looked), and a link is clickable only when it
 * points to an http(s) address (a `javascript:` link stays inert text). Headings are demoted to bold text, so a memory
 * cannot shout over the list it sits in.
 */

/** Beyond this many characters the rest is shown unparsed, as plain text: a pathological text must not stall the popup. */
export const MAX_PARSED_CHARS = 20_000;
/** Lists and quotes nested deeper than this are shown as their plain text. */
const MAX_DEPTH = 8;
/** A text longer than this, or with more lines, starts folded with a "Show more" toggle (no scroll box in a list). */
export const FOLD_CHARS = 420;
const FOLD_LINES = 8;

const LINK_REL = 'noopener noreferrer nofollow';

function isLongText(text: string): boolean {
  if (text.length > FOLD_CHARS) return true;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (++lines > FOLD_LINES) return true;
  return false;
}

function lex(text: string): Token[] | null {
  try {
    // breaks: a single newline in a chat message is a line break, as the person who typed it meant.
    return new Lexer({ gfm: true, breaks: true }).lex(text);
  } catch {
    return null;
  }
}

/** Children of an inline token, or its text when it has none. */
function inline(tokens: Token[] | undefined, fallback: string, depth: number): ComponentChildren {
  return tokens && tokens.length ? tokens.map((t, i) => renderInline(t, i, depth)) : fallback;
}

function renderInline(token: Token, key: number, depth: number): ComponentChildren {
  if (depth > MAX_DEPTH) return token.raw;
  const next = depth + 1;
  switch (token.type) {
    case 'text': {
      const t = token as Tokens.Text;
      return t.tokens?.length ? t.tokens.map((c, i) => renderInline(c, i, next)) : t.text;
    }
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'strong':
      return <strong key={key}>{inline((token as Tokens.Strong).tokens, (token as Tokens.Strong).text, next)}</strong>;
    case 'em':
      return <em key={key}>{inline((token as Tokens.Em).tokens, (token as Tokens.Em).text, next)}</em>;
    case 'del':
      return <del key={key}>{inline((token as Tokens.Del).tokens, (token as Tokens.Del).text, next)}</del>;
    case 'codespan':
      return <code key={key}>{(token as Tokens.Codespan).text}</code>;
    case 'br':
      return <br key={key} />;
    case 'link': {
      const t = token as Tokens.Link;
      const children = inline(t.tokens, t.text, next);
      const href = safeHttpUrl(t.href);
      if (!href) return <span key={key}>{children}</span>;
      return (
        <a key={key} href={href} title={href} target="_blank" rel={LINK_REL}>
          {children}
        </a>
      );
    }
    case 'image': {
      // Never an <img>: shown as its description, with a link to open it when it is a web address.
      const t = token as Tokens.Image;
      const label = `[image${t.text ? `: ${t.text}` : ''}]`;
      const href = safeHttpUrl(t.href);
      return href ? (
        <a key={key} href={href} title={href} target="_blank" rel={LINK_REL}>
          {label}
        </a>
      ) : (
        label
      );
    }
    case 'checkbox':
      return (token as Tokens.Checkbox).checked ? '☑ ' : '☐ ';
    case 'html':
    default:
      // Raw HTML, and anything this renderer does not know: the characters as written.
      return 'text' in token && typeof token.text === 'string' ? token.text : token.raw;
  }
}

function renderBlock(token: Token, key: number, depth: number): ComponentChildren {
  if (depth > MAX_DEPTH) return <p key={key} class="md-plain">{token.raw}</p>;
  const next = depth + 1;
  switch (token.type) {
    case 'space':
    case 'def': // a link reference definition: the links that use it carry its address
      return null;
    case 'paragraph': {
      const t = token as Tokens.Paragraph;
      return <p key={key}>{inline(t.tokens, t.text, next)}</p>;
    }
    case 'heading': {
      const t = token as Tokens.Heading;
      return (
        <p key={key} class="md-heading">
          <strong>{inline(t.tokens, t.text, next)}</strong>
        </p>
      );
    }
    case 'code':
      return (
        <pre key={key} class="md-code">
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote key={key}>{renderBlocks((token as Tokens.Blockquote).tokens, next)}</blockquote>;
    case 'list':
      return renderList(token as Tokens.List, key, next);
    case 'table':
      return renderTable(token as Tokens.Table, key, next);
    case 'hr':
      return <hr key={key} class="md-hr" />;
    case 'html':
      // A block of raw HTML is shown as text, exactly as captured.
      return (
        <p key={key} class="md-plain">
          {(token as Tokens.HTML).text}
        </p>
      );
    case 'text': {
      // A tight list item's content: inline, without a paragraph around it.
      const t = token as Tokens.Text;
      return t.tokens?.length ? t.tokens.map((c, i) => renderInline(c, i, next)) : t.text;
    }
    default:
      return renderInline(token, key, depth);
  }
}

/** A list, numbered from its own start when it is ordered; each item's content at `depth`. */
function renderList(t: Tokens.List, key: number, depth: number): ComponentChildren {
  const items = t.items.map((item, i) => <li key={i}>{renderBlocks(item.tokens, depth)}</li>);
  return t.ordered ? (
    <ol key={key} start={typeof t.start === 'number' && t.start !== 1 ? t.start : undefined}>
      {items}
    </ol>
  ) : (
    <ul key={key}>{items}</ul>
  );
}

/** A table: its header row, then its body rows; each cell's inline content at `depth`. */
function renderTable(t: Tokens.Table, key: number, depth: number): ComponentChildren {
  return (
    <table key={key} class="md-table">
      <thead>
        <tr>
          {t.header.map((cell, i) => (
            <th key={i}>{inline(cell.tokens, cell.text, depth)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {t.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (
              <td key={i}>{inline(cell.tokens, cell.text, depth)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function renderBlocks(tokens: Token[], depth: number): ComponentChildren {
  return tokens.map((t, i) => renderBlock(t, i, depth));
}

/**
 * The elements for `text`. A text that is one plain paragraph comes back as its inline content alone (no <p>), so it
 * sits in its container as the words themselves; anything else as block elements.
 */
function renderMarkdown(text: string): ComponentChildren {
  const parsed = text.length > MAX_PARSED_CHARS ? text.slice(0, MAX_PARSED_CHARS) : text;
  const rest = text.length > MAX_PARSED_CHARS ? text.slice(MAX_PARSED_CHARS) : '';
  const tokens = lex(parsed);
  if (!tokens) return <p class="md-plain">{text}</p>;
  const content = tokens.filter((t) => t.type !== 'space');
  if (!rest && content.length === 1 && content[0]!.type === 'paragraph') {
    const p = content[0] as Tokens.Paragraph;
    return inline(p.tokens, p.text, 1);
  }
  return (
    <>
      {renderBlocks(tokens, 0)}
      {rest && <p class="md-plain">{rest}</p>}
    </>
  );
}

/**
 * Markdown text as safe formatting, inside the caller's element (use a <div>: the result may hold paragraphs and
 * lists). A long text starts folded to a few lines with a "Show more" button; nothing scrolls inside the list.
 */
export function Markdown({ text }: { text: string }) {
  const content = useMemo(() => renderMarkdown(text), [text]);
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!isLongText(text)) return <>{content}</>;
  return (
    <>
      <div id={id} class={open ? 'md-fold is-open' : 'md-fold'}>
        {content}
      </div>
      <button type="button" class="link-button md-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Show less' : 'Show more'}
      </button>
    </>
  );
}
