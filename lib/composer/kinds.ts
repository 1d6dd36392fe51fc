/** The editor technologies the chat sites use for their composers (each adapter names its own). */
export type ComposerKind = 'prosemirror' | 'quill' | 'lexical' | 'textarea' | 'tiptap';

export type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** Textareas (and inputs) are handled by value, whatever the adapter called them; the rest are contenteditables. */
export function isTextControl(el: Element): el is TextControl {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** Whitespace-insensitive form for "does the composer show this text": editors turn newlines into paragraphs. */
export function normaliseVisible(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
