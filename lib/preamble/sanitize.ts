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
