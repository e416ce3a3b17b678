'use client';

import { useKeyboardScrollable } from './use-keyboard-scrollable';

/**
 * Preformatted JSON (or any text) in a scrollable box. While the text overflows, the box is a named,
 * focusable region so a keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export function JsonBlock({
  text,
  label,
  maxHeightClass = 'max-h-96',
  wrap = false,
}: {
  text: string;
  label: string;
  maxHeightClass?: string;
  /** Wrap long lines (narrow columns) instead of scrolling sideways. */
  wrap?: boolean;
}) {
  const { ref, scrollable } = useKeyboardScrollable<HTMLPreElement>();
  return (
    <pre
      ref={ref}
      {...(scrollable && { role: 'region', 'aria-label': label, tabIndex: 0 })}
      data-scrollable={scrollable}
      data-json-label={label}
      className={`json-block ${maxHeightClass}${wrap ? ' break-all whitespace-pre-wrap' : ''}`}
    >
      {text}
    </pre>
  );
}
