import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities.js';
import { htmlToMarkdown } from './markdown.js';
import { sanitizeTree } from './sanitize.js';
import { parseHtml, textOf, walk } from './tree.js';
import { writeText } from './write.js';

describe('parseHtml', () => {
  it('closes paragraphs, list items and cells the way HTML does', () => {
    const { root } = parseHtml('<ul><li>One<li>Two</ul><p>A<p>B<table><tr><td>x<td>y<tr><td>z</table>');
    const items = [...walk(root, new Set(['li']))].map((li) => textOf(li));
    expect(items).toEqual(['One', 'Two']);
    expect([...walk(root, new Set(['p']))].map((p) => textOf(p))).toEqual(['A', 'B']);
    expect([...walk(root, new Set(['td']))].map((td) => textOf(td))).toEqual(['x', 'y', 'z']);
  });

  it('ignores stray end tags, skips scripts and styles, and keeps JSON-LD blocks', () => {
    const { root, jsonLd } = parseHtml(
      '<div></span>Hello</b> <script>var a = "<p>not text</p>";</script><style>p{}</style><script type="application/ld+json">{"a":1}</script>world</div>',
    );
    expect(textOf(root)).toBe('Hello world');
    expect(jsonLd).toEqual(['{"a":1}']);
  });

  it('reads attributes in every quoting style', () => {
    const { root } = parseHtml(`<a href="https://x.example/a?b=1&amp;c=2" class='one two' data-x=plain hidden>t</a>`);
    const a = [...walk(root, new Set(['a']))][0]!;
    expect(a.attrs).toEqual({ href: 'https://x.example/a?b=1&c=2', class: 'one two', 'data-x': 'plain', hidden: '' });
  });

  it('never throws and keeps the text of any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const { root } = parseHtml(s);
        expect(typeof textOf(root)).toBe('string');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<div>',
            '</div>',
            '<p>',
            '<li>',
            '</ul>',
            '<!--',
            '-->',
            '<b>',
            'text',
            '&amp;',
            '<',
            '>',
            '"',
            '<td>',
            '<script>',
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          expect(() => parseHtml(parts.join(''))).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal, hexadecimal and Windows-1252 references and leaves unknown ones', () => {
    expect(decodeEntities('Caf&eacute; &amp; &#8364;5 &#x2014; &#150; &bogus; &nbsp;')).toBe('Café & €5 — – &bogus; \u00a0');
  });
});

describe('writeText', () => {
  it('writes clean Markdown: headings, lists, emphasis and links', () => {
    const md = htmlToMarkdown(
      '<h2>About</h2><p>We <b>ship</b> <a href="https://x.example">things</a>.</p><ul><li>Go</li><li>SQL</li></ul><ol><li>First</li></ol>',
    );
    expect(md).toBe('### About\n\nWe **ship** [things](https://x.example).\n\n- Go\n- SQL\n\n1. First');
  });

  it('reads HTML written escaped, as JSON-LD descriptions often are', () => {
    expect(htmlToMarkdown('&lt;p&gt;Hello&lt;/p&gt;&lt;ul&gt;&lt;li&gt;A&lt;/li&gt;&lt;/ul&gt;')).toBe('Hello\n\n- A');
  });

  it('leaves out navigation, forms, buttons and hidden parts', () => {
    const { root } = parseHtml(
      '<nav>Menu</nav><p>Body</p><form><label>Name</label></form><button>Apply</button><div hidden>x</div><div style="display:none">y</div>',
    );
    expect(writeText(root, { plain: true })).toBe('Body');
  });
});

describe('sanitizeTree', () => {
  it('keeps formatting and http links only; scripts, handlers and javascript: links are gone', () => {
    const { root } = parseHtml(
      '<div onclick="x()"><p style="color:red">Hi <a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">ok</a></p><script>alert(1)</script><img src=x onerror=alert(1)><iframe src="https://x"></iframe></div>',
    );
    const html = sanitizeTree(root);
    expect(html).toBe('<p>Hi <a>bad</a> <a href="https://ok.example/" rel="noopener noreferrer nofollow">ok</a></p>');
  });

  it('escapes text so markup written as text stays text', () => {
    const { root } = parseHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(sanitizeTree(root)).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
});
