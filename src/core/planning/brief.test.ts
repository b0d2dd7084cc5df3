import { describe, expect, it } from 'vitest';
import { escapeHtml, renderBriefHtml } from './brief-html.js';
import { BRIEF_SECTIONS, renderBriefMarkdown, roleLabel, workplaceLine, type BriefInput } from './brief.js';

const input: BriefInput = {
  employerName: 'Acme <Rockets>',
  roleTitle: 'Test Pilot',
  location: 'Faro',
  remotePolicy: 'onsite',
  snapshot: [{ label: 'Size', statement: 'About 300 people' }],
  people: [{ name: 'Wile E.', title: null, role: 'hiring-manager' }],
  talkingPoints: ['# not a heading', 'Flew 40 test flights'],
  questions: [
    { interviewer: { name: 'Wile E.', role: 'hiring-manager' }, items: [{ text: 'What does a first month look like?', asked: true }] },
    { interviewer: null, items: [{ text: 'How is success measured?', asked: false }] },
  ],
  closingLine: 'I would love to join. Anything that gives you pause?',
  housekeeping: [
    { text: 'What happens next?', answer: 'A panel' },
    { text: 'By when?', answer: '' },
  ],
  preparedOn: '2026-11-25',
};

describe('one-page brief', () => {
  it('writes every section in Markdown with checkboxes for asked questions and heard answers', () => {
    const md = renderBriefMarkdown(input);
    for (const title of Object.values(BRIEF_SECTIONS)) expect(md).toContain(`## ${title}\n`);
    expect(md).toContain('### Wile E. (hiring manager)\n\n- [x] What does a first month look like?');
    expect(md).toContain('### Not yet assigned\n\n- [ ] How is success measured?');
    expect(md).toContain('- [x] What happens next? — A panel');
    expect(md).toContain('- [ ] By when?');
    expect(md).toContain('> I would love to join.');
    expect(md).toContain('1. \\# not a heading');
    expect(md).toContain('- Work: Faro (on site)');
  });

  it('says what is missing instead of leaving a section empty', () => {
    const md = renderBriefMarkdown({ ...input, snapshot: [], people: [], talkingPoints: [], questions: [] });
    expect(md).toMatch(/No facts noted yet/);
    expect(md).toMatch(/Nobody linked yet/);
    expect(md).toMatch(/No questions planned yet/);
  });

  it('renders a standalone HTML page that escapes user text and has no script', () => {
    const html = renderBriefHtml({ ...input, talkingPoints: ['<img src=x onerror=alert(1)>'] });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Brief: Test Pilot at Acme &lt;Rockets&gt;</title>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('@page');
    expect(html).toContain('<li class="done">What does a first month look like?</li>');
  });

  it('escapes the five HTML specials and names roles and workplaces in words', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(roleLabel('hiring-manager')).toBe('hiring manager');
    expect(workplaceLine(null, 'remote')).toBe('Work is remote');
    expect(workplaceLine(null, null)).toBe('Location not noted yet');
  });
});
