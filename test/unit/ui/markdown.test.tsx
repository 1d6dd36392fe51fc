// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FOLD_CHARS, Markdown, MAX_PARSED_CHARS } from '../../../lib/ui/common/Markdown';
import { DiaryView } from '../../../lib/ui/popup/DiaryView';
import { MemoriesView } from '../../../lib/ui/popup/MemoriesView';
import { diaryRow, fakeApi, memory } from './fakes';

afterEach(cleanup);

function show(text: string) {
  const { container } = render(
    <div class="box">
      <Markdown text={text} />
    </div>,
  );
  return container.querySelector('.box')!;
}

/** Every element and attribute in `root`: none may run script, load anything, or point anywhere but http(s). */
function expectInert(root: Element) {
  expect(root.querySelector('img, script, iframe, object, embed, style, svg, form, input, video, audio, source, link, meta')).toBeNull();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      if (attr.name === 'href' || attr.name === 'src') expect(attr.value).toMatch(/^https?:\/\//);
    }
  }
}

describe('Markdown', () => {
  it('renders the formatting of an assistant answer', () => {
    const box = show(
      [
        '# Keeping a starter',
        '',
        'Feed it **daily** with *rye* flour and `100 g` water. ~~Never~~ Rarely skip.',
        '',
        '1. Discard half',
        '2. Add flour',
        '',
        '- [x] jar',
        '- [ ] scale',
        '',
        '> Patience beats heat.',
        '',
        '```',
        'mix(flour, water)',
        '```',
        '',
        '| Day | Feed |',
        '| --- | ---- |',
        '| 1   | 50 g |',
        '',
        'See [the guide](https://example.com/guide) or https://example.org.',
      ].join('\n'),
    );
    // Headings are demoted to bold text: no heading elements from captured text.
    expect(box.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    expect(box.querySelector('.md-heading strong')!.textContent).toBe('Keeping a starter');
    expect([...box.querySelectorAll('strong')].map((s) => s.textContent)).toEqual(['Keeping a starter', 'daily']);
    expect(box.querySelector('em')!.textContent).toBe('rye');
    expect(box.querySelector('p code')!.textContent).toBe('100 g');
    expect(box.querySelector('del')!.textContent).toBe('Never');
    expect([...box.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['Discard half', 'Add flour']);
    expect([...box.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['☑ jar', '☐ scale']);
    expect(box.querySelector('blockquote')!.textContent).toBe('Patience beats heat.');
    expect(box.querySelector('pre.md-code code')!.textContent).toBe('mix(flour, water)');
    expect([...box.querySelectorAll('table th')].map((c) => c.textContent)).toEqual(['Day', 'Feed']);
    expect([...box.querySelectorAll('table td')].map((c) => c.textContent)).toEqual(['1', '50 g']);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['the guide', 'https://example.com/guide'],
      ['https://example.org', 'https://example.org/'],
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    }
    expectInert(box);
  });

  it('keeps line breaks of a plain chat message, and a one-line text is just its words', () => {
    const box = show('first line\nsecond line');
    expect(box.querySelector('br')).not.toBeNull();
    expect(box.textContent).toBe('first linesecond line');
    expect(show('Just a sentence.').innerHTML).toBe('Just a sentence.');
  });

  it.each([
    ['an image tag with a handler', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['a script block', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['inline script in a sentence', 'Hi <script>alert(2)</script> there', 'Hi <script>alert(2)</script> there'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', '<iframe src="https://evil.example"></iframe>'],
    ['a javascript: link', '[x](javascript:alert(1))', 'x'],
    ['a data: link', '[click](data:text/html,<script>alert(1)</script>)', 'click'],
    ['an entity-disguised javascript: link', '[y](jav&#x61;script:alert(1))', 'y'],
    ['a javascript: autolink', '<javascript:alert(1)>', 'javascript:alert(1)'],
    ['an image', '![pixel](https://tracker.example/p.gif)', '[image: pixel]'],
    ['an image with a javascript: source', '![x](javascript:alert(1))', '[image: x]'],
    ['an html link', '<a href="javascript:alert(1)">click me</a>', '<a href="javascript:alert(1)">click me</a>'],
    ['a style block', '<style>body{display:none}</style>', '<style>body{display:none}</style>'],
    [
      'the end-to-end tests’ hostile turn',
      'Render test: <img src=x onerror="window.__pwned=1"> then <script>window.__pwned=1</script> and <a href="javascript:alert(1)">click me</a> javascript:alert(1)',
      'Render test: <img src=x onerror="window.__pwned=1"> then <script>window.__pwned=1</script> and <a href="javascript:alert(1)">click me</a> javascript:alert(1)',
    ],
  ])('shows %s as text, inert', (_name, text, shown) => {
    const box = show(text);
    expect(box.textContent).toBe(shown);
    expectInert(box);
    // A javascript:, data: or disguised link is not a link at all; an image is at most a link to open it.
    for (const a of box.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\/tracker\.example\//);
  });

  it('shows raw HTML inside formatting as text too', () => {
    const box = show('**bold <img src=x onerror=alert(1)>** and `<b>code</b>`\n\n```html\n<script>alert(1)</script>\n```');
    expect(box.querySelector('strong')!.textContent).toBe('bold <img src=x onerror=alert(1)>');
    expect(box.querySelector('p code')!.textContent).toBe('<b>code</b>');
    expect(box.querySelector('pre code')!.textContent).toBe('<script>alert(1)</script>');
    expectInert(box);
    expect(box.querySelector('b')).toBeNull();
  });

  it('folds a long text behind "Show more", without a scroll box', () => {
    const long = `${'A long answer about sourdough. '.repeat(Math.ceil(FOLD_CHARS / 30) + 2)}The end.`;
    const box = show(long);
    const toggle = screen.getByRole('button', { name: 'Show more' });
    const fold = box.querySelector('.md-fold')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(fold.id);
    expect(fold.classList.contains('is-open')).toBe(false);
    expect(fold.textContent).toBe(long); // all of it is there (screen readers read it); the fold only hides it
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
    expect(fold.classList.contains('is-open')).toBe(true);
    cleanup();
    show('Short.');
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    show(Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n'));
    expect(screen.getByRole('button', { name: 'Show more' })).toBeTruthy();
  });

  it('shows all of a text too long to parse, the rest as plain text', () => {
    const tail = '**not parsed** <img src=x onerror=alert(1)>';
    const text = `${'word '.repeat(MAX_PARSED_CHARS / 5)}${tail}`;
    const box = show(text);
    expect(box.querySelector('.md-fold')!.textContent).toBe(text);
    expectInert(box);
  });
});

describe('Markdown in the popup', () => {
  it('memory items render their text as formatting, never as HTML', async () => {
    const api = fakeApi({
      listMemories: async () => [
        memory({ id: 'a', text: 'Use **oak** for shelves:\n\n- strong\n- cheap' }),
        memory({ id: 'b', text: 'Nice <img src=x onerror=alert(1)> [x](javascript:alert(1))' }),
      ],
    });
    render(<MemoriesView api={api} debounceMs={0} />);
    const first = (await screen.findByText('oak')).closest('li.memory')!;
    expect(first.querySelector('.memory-text strong')!.textContent).toBe('oak');
    expect([...first.querySelectorAll('.memory-text li')].map((li) => li.textContent)).toEqual(['strong', 'cheap']);
    const second = document.querySelector('li.memory[data-memory-id="b"]')!;
    expect(second.querySelector('.memory-text')!.textContent).toBe('Nice <img src=x onerror=alert(1)> x');
    expect(second.querySelector('.memory-text a')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
  });

  it('the diary renders memory text as formatting, never as HTML', async () => {
    const api = fakeApi({
      getDiary: async () => [
        diaryRow({
          before: [memory({ id: 'x', text: 'Said <script>alert(1)</script> once' })],
          after: [memory({ id: 'y', text: 'Prefers **short** answers' })],
        }),
      ],
    });
    render(<DiaryView api={api} />);
    const strong = await screen.findByText('short');
    expect(strong.tagName).toBe('STRONG');
    expect(strong.closest('li')!.className).toBe('after');
    expect(screen.getByText('Said <script>alert(1)</script> once').className).toBe('before');
    expect(document.querySelector('script, img')).toBeNull();
  });
});
