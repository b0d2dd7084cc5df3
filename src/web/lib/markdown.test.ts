// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import type { WindowLike } from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS, createMarkdownRenderer, isSafeHref, renderMarkdown, sanitizeHtml } from './markdown.js';

const allowedTags = new Set<string>(ALLOWED_TAGS.map((t) => t.toUpperCase()));
const allowedAttrs = new Set<string>([...ALLOWED_ATTR, 'target', 'rel']);

/** Parses output HTML and lists every way it could run code or leave the allow-list. */
function problems(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const found: string[] = [];
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    if (!allowedTags.has(el.nodeName)) found.push(`tag ${el.nodeName}`);
    for (const attr of Array.from(el.attributes)) {
      if (!allowedAttrs.has(attr.name)) found.push(`attribute ${attr.name} on ${el.nodeName}`);
      if (/^on/i.test(attr.name)) found.push(`event handler ${attr.name}`);
    }
    const href = el.getAttribute('href');
    if (href !== null && !/^(?:https?:|mailto:)/i.test(href)) found.push(`href ${href}`);
  }
  return found;
}

const markdownAttacks = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'text <img src=x onerror=alert(1)> inline',
  '[a](javascript:alert(1))',
  '[a](JaVaScRiPt:alert(1))',
  '[a](java&#115;cript:alert(1))',
  '[a](&#106;avascript:alert(1))',
  '[a](&#x6A;&#x61;vascript:alert(1))',
  '[a](javascript&colon;alert(1))',
  '[a](java&#x09;script:alert(1))',
  '[a](<javascript:alert(1)>)',
  '[a](\tjavascript:alert(1))',
  '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[a](vbscript:msgbox(1))',
  '[a](VBScript:msgbox(1))',
  '<javascript:alert(1)>',
  '[a][r]\n\n[r]: javascript:alert(1)',
  '![x](javascript:alert(1))',
  '![x](https://ok.example/x.png "t\\" onerror=\\"alert(1)")',
  '[x](https://ok.example "t\\" onmouseover=\\"alert(1)")',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<<script>script>alert(1)<</script>/script>',
  '<scr<script>ipt>alert(1)</script>',
  '[[a](javascript:alert(1))](https://ok.example)',
  '[a](https://ok.example)<img src=x onerror=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |',
  '[a](//evil.example/path)',
];

const htmlAttacks = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)//',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JAVASCRIPT:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href="javas&#99;ript:alert(1)">x</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="https://ok.example" onclick="alert(1)">x</a>',
  '<a href="https://ok.example" style="position:fixed">x</a>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<body onload=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<div data-x="1" aria-label="y">x</div>',
  '<table><tr><td background="javascript:alert(1)">x</td></tr></table>',
];

describe('renderMarkdown', () => {
  it.each(markdownAttacks)('leaves no script, handler or unsafe link from %j', (attack) => {
    expect(problems(renderMarkdown(attack))).toEqual([]);
  });

  it('shows raw HTML typed in Markdown as text instead of rendering it', () => {
    const html = renderMarkdown('Hello <b>there</b>');
    expect(html).toContain('&lt;b&gt;there&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('renders headings, emphasis, lists, quotes, code, rules and tables', () => {
    const html = renderMarkdown(
      '# Title\n\n**bold** and *it*\n\n- one\n- two\n\n1. first\n\n> quoted\n\n`code`\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    for (const tag of ['<h1>', '<strong>', '<em>', '<ul>', '<ol>', '<li>', '<blockquote>', '<code>', '<hr>', '<table>', '<th>', '<td>']) {
      expect(html).toContain(tag);
    }
  });

  it('keeps the text of headings beyond h4 but drops the tag', () => {
    const html = renderMarkdown('##### Small');
    expect(html).not.toContain('<h5');
    expect(html).toContain('Small');
  });

  it('turns single line breaks into <br>, as notes are typed', () => {
    expect(renderMarkdown('line one\nline two')).toContain('<br>');
  });

  it('keeps http(s) and mailto links, opening them in a new tab without referrer or opener', () => {
    const template = document.createElement('template');
    template.innerHTML = renderMarkdown('[site](https://ok.example/a "Title") [mail](mailto:a@ok.example)');
    const links = Array.from(template.content.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://ok.example/a', 'mailto:a@ok.example']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    }
    expect(links[0]?.getAttribute('title')).toBe('Title');
  });

  it('removes the href of an unsafe link and adds no target to it', () => {
    const template = document.createElement('template');
    template.innerHTML = renderMarkdown('[a](javascript:alert(1))');
    const a = template.content.querySelector('a');
    expect(a?.hasAttribute('href') ?? false).toBe(false);
    expect(a?.hasAttribute('target') ?? false).toBe(false);
    expect(template.content.textContent).toContain('a');
  });

  it('works with an explicitly given window', () => {
    const renderer = createMarkdownRenderer(window);
    expect(renderer.render('*x*')).toBe('<p><em>x</em></p>\n');
  });

  it('works with a separate jsdom window, as the CLI and server would pass', async () => {
    // A computed specifier: jsdom ships no type declarations, and only its window matters here.
    const specifier = 'jsdom';
    const { JSDOM } = (await import(specifier)) as { JSDOM: new (html: string) => { window: WindowLike } };
    const other = new JSDOM('<!doctype html>').window;
    const html = renderMarkdown('[a](https://ok.example) <script>x</script>', other);
    expect(html).toBe(
      '<p><a href="https://ok.example" target="_blank" rel="noopener noreferrer nofollow">a</a> &lt;script&gt;x&lt;/script&gt;</p>\n',
    );
  });
});

describe('sanitizeHtml', () => {
  it.each(htmlAttacks)('leaves no script, handler or unsafe link from %j', (attack) => {
    expect(problems(sanitizeHtml(attack))).toEqual([]);
  });

  it('replaces a target given in the input with _blank and our rel', () => {
    const out = sanitizeHtml('<a href="https://ok.example" target="_self" rel="opener">x</a>');
    expect(out).toBe('<a href="https://ok.example" target="_blank" rel="noopener noreferrer nofollow">x</a>');
  });
});

describe('isSafeHref', () => {
  it('accepts http, https and mailto in any case', () => {
    for (const ok of ['http://a.example', 'HTTPS://a.example/x', 'mailto:a@b.example']) expect(isSafeHref(ok)).toBe(true);
  });

  it('refuses other schemes even when padded with spaces or control characters', () => {
    for (const bad of [
      'javascript:x',
      ' javascript:x',
      'java\tscript:x',
      'java\u0000script:x',
      'data:text/html,x',
      'vbscript:x',
      '//a.example',
      '/relative',
      'https//missing-colon',
    ]) {
      expect(isSafeHref(bad)).toBe(false);
    }
  });
});
