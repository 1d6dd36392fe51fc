import { removeDelimiters } from './delimiters';

/**
 * Memory text is untrusted (it came from web pages and chats): make it one safe plain-text line. Control and
 * invisible format characters (bidi overrides, zero-width) go, whitespace collapses, and Reverie's markers are removed
 * so a memory can never close the block it sits in.
 */
export function cleanMemoryText(text: string | undefined | null): string {
  if (!text) return '';
  return removeDelimiters(text.normalize('NFC'))
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Links made inert: a URL in the block is shown, never followed or fetched by whoever reads it ("https://a.example/x"
 * → "a[.]example/x"). The block's text comes from chats and pages; a live link in it is an invitation.
 */
export function inertLinks(text: string): string {
  // A URL runs to whitespace; punctuation that ends it ends the sentence instead.
  return text.replace(/\b(?:(?:https?|ftp|wss?):\/\/|www\.)[^\s<>()"'`]*[^\s<>()"'`.,;:!?]/gi, (url) => {
    const bare = url.replace(/^(?:(?:https?|ftp|wss?):\/\/)/i, '');
    const slash = bare.search(/[/?#]/);
    const host = slash < 0 ? bare : bare.slice(0, slash);
    const rest = slash < 0 ? '' : bare.slice(slash);
    return host.replace(/\./g, '[.]') + rest;
  });
}
