import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { median, percentile, round } from './harness.js';

/** Benchmark name shown by bench/run.ts. */
export const name = 'capture';

const CORPUS = join(import.meta.dirname, '..', 'test', 'data', 'postings', 'dev');

/** A 200 KB job page: a real-shaped posting (JSON-LD, header, description) inside the furniture of a big site. */
function bigPage(posting: string, target = 200_000): string {
  const furniture: string[] = [];
  let i = 0;
  const nav = `<nav><ul>${Array.from({ length: 40 }, (_, k) => `<li><a href="/c/${k}">Category ${k}</a></li>`).join('')}</ul></nav>`;
  const script = `<script>window.__STATE__=${JSON.stringify({ jobs: Array.from({ length: 30 }, (_, k) => ({ id: k, title: `Job ${k}`, tags: ['a', 'b'] })) })}</script>`;
  while (furniture.join('').length < target - posting.length - nav.length - script.length) {
    i += 1;
    furniture.push(
      `<div class="similar-job card" data-id="${i}"><h3><a href="/jobs/${i}">Operations Specialist ${i}</a></h3><p class="company">Company ${i} Ltd</p>` +
        `<p class="location">City ${i}, ST</p><p>We are looking for someone organised to join a friendly team &amp; help customers every day. ` +
        `Benefits include a pension, 25 days of holiday and a learning budget.</p><ul><li>Full-time</li><li>£${20 + (i % 30)},000 a year</li></ul></div>`,
    );
  }
  const [head, body = ''] = posting.split(/<body[^>]*>/i);
  return `${head}<body>${nav}${script}${body}<aside class="related">${furniture.join('\n')}</aside></body></html>`;
}

/** Measures one capture of a 200 KB page (JSON-LD and no-JSON-LD), and of pasted text. */
export async function run(): Promise<Record<string, number | string>> {
  const { capturePosting } = await import('../src/core/capture/index.js');
  const strip = (raw: string) => raw.replace(/^---\n[\s\S]*?\n---\n/, '');
  const files = readdirSync(CORPUS).sort();
  const withJsonLd = bigPage(
    strip(
      readFileSync(
        join(
          CORPUS,
          files.find((f) => f.startsWith('01-'))!,
        ),
        'utf8',
      ),
    ),
  );
  const withoutJsonLd = bigPage(
    strip(
      readFileSync(
        join(
          CORPUS,
          files.find((f) => f.startsWith('16-'))!,
        ),
        'utf8',
      ),
    ),
  );
  const text = strip(
    readFileSync(
      join(
        CORPUS,
        files.find((f) => f.startsWith('17-'))!,
      ),
      'utf8',
    ),
  );
  // Wall time, and this process's CPU time: on a shared machine the wall time mostly measures the queue for a core.
  const cpu: Record<string, number[]> = {};
  const time = (label: string, input: Parameters<typeof capturePosting>[0], rounds: number) => {
    for (let k = 0; k < 10; k++) capturePosting(input);
    const times: number[] = [];
    cpu[label] = [];
    for (let k = 0; k < rounds; k++) {
      const start = performance.now();
      const used = process.cpuUsage();
      capturePosting(input);
      const spent = process.cpuUsage(used);
      times.push(performance.now() - start);
      cpu[label].push((spent.user + spent.system) / 1000);
    }
    return times;
  };
  const a = time('jsonLd', { html: withJsonLd, url: 'https://careers.example/jobs/1' }, 60);
  const b = time('markup', { html: withoutJsonLd }, 60);
  const c = time('text', { text }, 300);
  return {
    pageKB: Math.round(withJsonLd.length / 1000),
    jsonLdPageMedianMs: round(median(a)),
    jsonLdPageP95Ms: round(percentile(a, 95)),
    jsonLdPageCpuMedianMs: round(median(cpu.jsonLd!)),
    markupPageMedianMs: round(median(b)),
    markupPageCpuMedianMs: round(median(cpu.markup!)),
    markupPageP95Ms: round(percentile(b, 95)),
    pastedTextMedianMs: round(median(c)),
  };
}
