import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import clsx from 'clsx';
import { controlClass } from '../../components/ui/field.js';
import type { Prompt } from '../../../core/library/prompts/index.js';
import type { Finding, Review } from '../../../core/coach/index.js';
import { useCoach } from './coach-loader.js';
import { findingsAt, segmentText, worstSeverity } from './highlight.js';
import { FindingsList } from './findings-list.js';
import { MetricsBar } from './metrics-bar.js';

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  prompt: Prompt | undefined;
  describedBy?: string | undefined;
  invalid?: boolean;
  /** Shorter box for rehearsal notes. */
  rows?: number;
}

const MARK_CLASS = {
  info: 'bg-accent-soft',
  warning: 'bg-warn-soft underline decoration-warn decoration-wavy',
  problem: 'bg-danger-soft underline decoration-danger decoration-wavy',
} as const;

// Text metrics shared by the textarea and its mirror so the marks sit exactly under the words.
const TEXT_BOX = 'whitespace-pre-wrap break-words px-3 py-2 text-sm leading-6 font-sans';
// The textarea must be see-through so the marks drawn behind it show.
const AREA_CLASS = controlClass.replace('bg-surface', 'bg-transparent');

let measureCount = 0;

/**
 * A textarea checked by the coach on every keystroke, in the browser: a mirror of the text behind the
 * (transparent) textarea marks each finding's words and sets the height, so the box grows with the
 * text and never scrolls away from its marks; the findings list and the caret line give the
 * message and suggestion to keyboard users, hovering a mark gives them to mouse users.
 */
export function CoachedTextarea({ id, value, onChange, prompt, describedBy, invalid, rows = 10 }: Props) {
  const coach = useCoach();
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const typedAt = useRef<number | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [hover, setHover] = useState<{ findings: Finding[]; x: number; y: number } | null>(null);

  const analysis: Review | null = useMemo(() => (coach ? coach.review({ prompt, answer: value }) : null), [coach, prompt, value]);
  const findings = useMemo(() => analysis?.findings ?? [], [analysis]);
  const groups = useMemo(() => (coach && analysis ? coach.groupFindings(analysis.findings, value) : []), [coach, analysis, value]);
  const segments = useMemo(() => segmentText(value, findings), [value, findings]);

  // Keystroke → highlights in the DOM, measured for the journey and for anyone profiling.
  useLayoutEffect(() => {
    const start = typedAt.current;
    if (start === null || !analysis) return;
    typedAt.current = null;
    // The browser keeps every measure: drop them now and then so a long session does not pile them up.
    if (++measureCount % 1000 === 0) performance.clearMeasures('coach-update');
    performance.measure('coach-update', { start, end: performance.now() });
  }, [analysis]);

  function select(f: Finding) {
    const el = areaRef.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
    setCaret(f.start);
  }

  function onMouseMove(e: MouseEvent<HTMLTextAreaElement>) {
    const marks = mirrorRef.current?.querySelectorAll<HTMLElement>('mark[data-findings]') ?? [];
    for (const m of marks) {
      for (const r of m.getClientRects()) {
        if (e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom) {
          const idx = (m.dataset.findings ?? '').split(',').map(Number);
          const hit = idx.map((i) => findings[i]).filter((f): f is Finding => f !== undefined);
          const box = e.currentTarget.getBoundingClientRect();
          setHover({ findings: hit, x: r.left - box.left, y: r.bottom - box.top + 4 });
          return;
        }
      }
    }
    if (hover) setHover(null);
  }

  const atCaret = caret === null ? [] : findingsAt(findings, caret, value.length);

  return (
    <div className="flex flex-col gap-3">
      <div className="relative">
        <div
          ref={mirrorRef}
          aria-hidden="true"
          data-testid="coach-highlights"
          className={clsx(TEXT_BOX, 'pointer-events-none rounded-lg border border-transparent bg-surface text-transparent')}
          style={{ minHeight: `calc(${rows} * 1.5rem + 1rem + 2px)` }}
        >
          {segments.map((s) =>
            s.findings.length === 0 ? (
              <span key={s.start}>{s.text}</span>
            ) : (
              <mark
                key={s.start}
                data-findings={s.findings.join(',')}
                data-codes={s.findings.map((i) => findings[i]?.code ?? '').join(' ')}
                className={clsx(
                  'rounded-sm text-transparent',
                  MARK_CLASS[worstSeverity(s.findings.map((i) => findings[i]).filter((f): f is Finding => f !== undefined))],
                )}
              >
                {s.text}
              </mark>
            ),
          )}
          {/* A trailing newline needs a character after it to take up a line in the mirror. */}
          {'\u200b'}
        </div>
        <textarea
          id={id}
          ref={areaRef}
          value={value}
          rows={rows}
          spellCheck
          aria-describedby={clsx(describedBy, `${id}-caret`)}
          aria-invalid={invalid}
          onChange={(e) => {
            typedAt.current = performance.now();
            onChange(e.target.value);
            setCaret(e.target.selectionStart);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onMouseMove={onMouseMove}
          onMouseLeave={() => setHover(null)}
          className={clsx(AREA_CLASS, TEXT_BOX, 'absolute inset-0 h-full resize-none overflow-hidden')}
        />
        {hover && hover.findings.length > 0 && (
          <div
            role="tooltip"
            className="pointer-events-none absolute z-10 max-w-sm rounded-lg border border-line-strong bg-surface p-3 text-sm shadow-lg"
            style={{ left: Math.max(0, hover.x), top: hover.y }}
          >
            {hover.findings.map((f, i) => (
              <p key={i} className={i > 0 ? 'mt-2' : undefined}>
                <span className="font-medium">{f.message}</span> <span className="text-muted">{f.suggestion}</span>
              </p>
            ))}
          </div>
        )}
      </div>
      <p id={`${id}-caret`} aria-live="polite" className="min-h-5 text-sm text-muted">
        {atCaret[0] ? (
          <>
            <span className="font-medium text-fg">At the cursor: {atCaret[0].message}</span> {atCaret[0].suggestion}
          </>
        ) : null}
      </p>
      {analysis ? (
        <>
          <MetricsBar metrics={analysis.metrics} prompt={prompt} score={value.trim() ? analysis.score : undefined} />
          <FindingsList groups={groups} strengths={analysis.strengths} text={value} onSelect={select} />
        </>
      ) : (
        <p role="status" className="text-sm text-muted">
          Loading the coach…
        </p>
      )}
    </div>
  );
}
