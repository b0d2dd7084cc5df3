import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * Where an element starts on the page (its top plus the page's scroll), kept up to date as the
 * layout above it changes: the scroll margin of a list virtualised against the window.
 */
export function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setTop(Math.round(el.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return top;
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
