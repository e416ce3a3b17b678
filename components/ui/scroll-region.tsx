'use client';

import type { ReactNode } from 'react';
import { useKeyboardScrollable } from './use-keyboard-scrollable';

/** Shown only for keyboard focus: the box being scrolled with the arrow keys is outlined. */
export const SCROLL_REGION_FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500';

/**
 * A box that scrolls its content on its own (a wide table on a phone), so the page does not. While
 * its content overflows it is a named, focusable region: a keyboard user can reach it and scroll it
 * with the arrow keys (axe: scrollable-region-focusable); otherwise it is a plain box.
 */
export function ScrollRegion({
  label,
  className = 'overflow-x-auto',
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const { ref, scrollable } = useKeyboardScrollable<HTMLDivElement>();
  return (
    <div
      ref={ref}
      {...(scrollable && { role: 'region', 'aria-label': label, tabIndex: 0 })}
      data-scrollable={scrollable}
      className={`${className} ${SCROLL_REGION_FOCUS}`}
    >
      {children}
    </div>
  );
}
