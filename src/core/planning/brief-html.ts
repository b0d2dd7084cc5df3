import { BRIEF_SECTIONS, LOGISTICS_PENDING, logisticsLines, preparedLine, roleLabel, workplaceLine, type BriefInput } from './brief.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

// Sized for the smaller of A4 and US Letter (210 × 279 mm printable box), so either paper fits one page.
const CSS = `
@page { margin: 10mm 12mm; }
* { box-sizing: border-box; }
html { color: #111; background: #fff; }
body { font: 9pt/1.3 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0 auto; max-width: 186mm; padding: 8mm 0; }
h1 { font-size: 15pt; margin: 0 0 1mm; }
.meta { color: #555; margin: 0 0 3mm; }
h2 { font-size: 9.5pt; margin: 2.5mm 0 1mm; padding-bottom: 0.5mm; border-bottom: 1px solid #bbb; text-transform: uppercase; letter-spacing: 0.04em; }
h3 { font-size: 9pt; margin: 1mm 0 0.3mm; }
ul, ol { margin: 0; padding-left: 5mm; }
li { margin: 0 0 0.4mm; }
.cols { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; }
.qgroups, .hk { columns: 2; column-gap: 6mm; }
.hk li { break-inside: avoid; }
.qgroup { break-inside: avoid; }
ul.check { list-style: none; padding-left: 0; }
ul.check li::before { content: "\\2610\\00a0"; }
ul.check li.done::before { content: "\\2611\\00a0"; }
blockquote { margin: 0; padding: 1.5mm 3mm; border-left: 3px solid #444; background: #f4f4f4; }
.answer { color: #333; font-style: italic; }
.logistics ul { padding-left: 4mm; }
.logistics li { overflow-wrap: anywhere; }
section { break-inside: avoid; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
@media screen and (max-width: 700px) { .cols, .qgroups, .hk { display: block; columns: 1; } body { padding: 4mm; } }
`;

const list = (items: readonly string[], empty: string, tag: 'ul' | 'ol' = 'ul') =>
  items.length ? `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>` : `<p>${escapeHtml(empty)}</p>`;

/** The brief as one standalone HTML page with print CSS and no scripts (fits one A4 or Letter page for a typical plan). */
export function renderBriefHtml(b: BriefInput): string {
  const e = escapeHtml;
  const title = `${b.roleTitle} at ${b.employerName}`;
  const snapshot = list(
    b.snapshot.map((f) => `<strong>${e(f.label)}:</strong> ${e(f.statement)}`),
    'No facts noted yet: research the employer first.',
  );
  const people = list(
    b.people.map((p) => `${e(p.name)}${p.title ? `, ${e(p.title)}` : ''} <span class="meta">(${e(roleLabel(p.role))})</span>`),
    'Nobody linked yet.',
  );
  const points = list(b.talkingPoints.map(e), 'Rate your fit and note evidence to get talking points.', 'ol');
  const groups = b.questions
    .map((g) => {
      const heading = g.interviewer
        ? `${e(g.interviewer.name)} <span class="meta">(${e(roleLabel(g.interviewer.role))})</span>`
        : 'Not yet assigned';
      const items = g.items.map((i) => `<li${i.asked ? ' class="done"' : ''}>${e(i.text)}</li>`).join('');
      return `<div class="qgroup"><h3>${heading}</h3><ul class="check">${items}</ul></div>`;
    })
    .join('');
  const housekeeping = b.housekeeping
    .map((h) => `<li${h.answer ? ' class="done"' : ''}>${e(h.text)}${h.answer ? ` <span class="answer">${e(h.answer)}</span>` : ''}</li>`)
    .join('');
  const interviews = (b.interviews ?? []).map(logisticsLines);
  const logistics = `<ul class="logistics">${
    interviews.length
      ? interviews
          .map((l) => `<li><strong>${e(l.heading)}</strong><ul>${l.details.map((d) => `<li>${e(d)}</li>`).join('')}</ul></li>`)
          .join('')
      : `<li>${e(LOGISTICS_PENDING)}</li>`
  }<li>Work: ${e(workplaceLine(b.location, b.remotePolicy))}</li></ul>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(`Brief: ${title}`)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${e(title)}</h1><p class="meta">${e(preparedLine(b))}</p></header>
<main>
<div class="cols">
<section aria-labelledby="s-logistics"><h2 id="s-logistics">${BRIEF_SECTIONS.logistics}</h2>${logistics}</section>
<div><section aria-labelledby="s-people"><h2 id="s-people">${BRIEF_SECTIONS.people}</h2>${people}</section>
<section aria-labelledby="s-snapshot"><h2 id="s-snapshot">${BRIEF_SECTIONS.snapshot}</h2>${snapshot}</section></div>
</div>
<section aria-labelledby="s-points"><h2 id="s-points">${BRIEF_SECTIONS.talkingPoints}</h2>${points}</section>
<section aria-labelledby="s-questions"><h2 id="s-questions">${BRIEF_SECTIONS.questions}</h2>${groups ? `<div class="qgroups">${groups}</div>` : '<p>No questions planned yet.</p>'}</section>
<section aria-labelledby="s-closing"><h2 id="s-closing">${BRIEF_SECTIONS.closing}</h2><blockquote>${e(b.closingLine)}</blockquote></section>
<section aria-labelledby="s-housekeeping"><h2 id="s-housekeeping">${BRIEF_SECTIONS.housekeeping}</h2><ul class="check hk">${housekeeping}</ul></section>
</main>
</body>
</html>
`;
}
