import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The shared third-party snapshots (read in place, never copied into the repo). */
const SHARED_FIXTURES = path.resolve(repoRoot, '..', 'shared', 'fixtures');
/** Our own small hand-written pages. */
const OWN_PAGES = path.resolve(repoRoot, 'test', 'fixtures', 'pages');
/** Real pages of sites the shared set lacks, kept with their licence (test/fixtures/sites/<site>/SOURCES.md). */
const SITE_PAGES = path.resolve(repoRoot, 'test', 'fixtures', 'sites');

/**
 * Parses a saved page. Declarative shadow roots (`<template shadowrootmode>`, injected by other extensions in
 * some captures) are dropped first: they are not part of the light DOM a content script sees, and happy-dom's
 * parser stops at them.
 */
function parsePage(html: string): Document {
  const cleaned = html
    .replace(/<template shadowrootmode[\s\S]*?<\/template>/g, '')
    // Scripts, stylesheet links and iframes play no part in reading text, and happy-dom would try to load them.
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<(\/?)iframe\b/gi, '<$1div');
  return new DOMParser().parseFromString(cleaned, 'text/html');
}

export function loadShared(relative: string): Document {
  return parsePage(fs.readFileSync(path.join(SHARED_FIXTURES, relative), 'utf8'));
}

export function loadOwn(name: string): Document {
  return parsePage(fs.readFileSync(path.join(OWN_PAGES, name), 'utf8'));
}

export function loadSitePage(relative: string): Document {
  return parsePage(fs.readFileSync(path.join(SITE_PAGES, relative), 'utf8'));
}

export const norm = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();
