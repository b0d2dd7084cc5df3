import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * Where an element starts on the page (its top plus the page's scroll), kept up to date as the
 * layout above it changes: the scroll margin of a list virtualised against the window.
 */
export function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const refs = useMemo(() => ({ current: [ref] }), [ref]);
  return useDocumentTops(refs)[0] ?? 0;
}

/**
 * Where several elements start on the page, read together: one layout for all of them, one
 * render when any moved. The board's columns each start a virtual list; measured one by one, each
 * column's read came after the previous column's render had changed the page, and forced a layout
 * of the whole board of its own.
 */
export function useDocumentTops(refs: RefObject<readonly RefObject<HTMLElement | null>[]>): number[] {
  const [tops, setTops] = useState<readonly number[]>([]);
  useLayoutEffect(() => {
    const measure = () => {
      const next = refs.current.map((ref) => (ref.current ? Math.round(ref.current.getBoundingClientRect().top + window.scrollY) : 0));
      setTops((prev) => (prev.length === next.length && prev.every((top, i) => top === next[i]) ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [refs]);
  return tops as number[];
}

/**
 * The rows a virtualiser renders: those in view (plus overscan) and the pinned ones wherever they
 * are — the focused card, a card being dragged, a card about to get focus back — so focus and drag
 * never lose their element when it scrolls out of view.
 */
export function usePinnedRange(pinned: readonly number[]): (range: Range) => number[] {
  const key = pinned.join(',');
  return useCallback((range: Range) => withPinned(defaultRangeExtractor(range), key ? key.split(',').map(Number) : [], range.count), [key]);
}

/** Indexes in view plus the pinned ones, sorted, each once (pinned out-of-range ones dropped). */
export function withPinned(inView: number[], pinned: readonly number[], count = Number.POSITIVE_INFINITY): number[] {
  const all = new Set(inView);
  for (const i of pinned) if (i >= 0 && i < count) all.add(i);
  return [...all].sort((a, b) => a - b);
}

/**
 * The window's size for a window virtualiser's first render: its default (0 × 0) draws no row until
 * a layout effect has measured the window and rendered again, so the first records waited a pass.
 */
export function windowRect(): { width: number; height: number } {
  return typeof window === 'undefined' ? { width: 0, height: 0 } : { width: window.innerWidth, height: window.innerHeight };
}

/**
 * False until the page has painted once, then true: a virtual list draws only the rows in view for
 * its first frame (records on screen sooner) and its overscan once that frame is on screen.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
