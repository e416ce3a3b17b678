'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether a box actually scrolls, so it becomes a keyboard stop only then: a named, focusable
 * region for every short JSON block or desktop-width table would add a Tab stop and a landmark that
 * scroll nothing (a 100-event history page had about 100). Until measured (server render, before
 * hydration) the box counts as scrollable, so it is never unreachable.
 */
export function useKeyboardScrollable<T extends HTMLElement>(): { ref: RefObject<T | null>; scrollable: boolean } {
  const ref = useRef<T | null>(null);
  const [scrollable, setScrollable] = useState(true);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // A pixel of slack: sub-pixel rounding makes scrollWidth exceed clientWidth by 1 on some zooms.
    const measure = () => setScrollable(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return { ref, scrollable };
}
