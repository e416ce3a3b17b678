'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import type { ComponentProps } from 'react';

/** Search parameters the execution debugger owns, kept when the events table is filtered or paged. */
const DEBUGGER_PARAMS = ['visit', 'tab'] as const;

/** Hidden fields carrying the debugger's current selection through the event-type GET form. */
export function PreservedParamFields() {
  const params = useSearchParams();
  return DEBUGGER_PARAMS.map((name) => {
    const value = params.get(name);
    return value === null ? null : <input key={name} type="hidden" name={name} value={value} />;
  });
}

/** A Link that keeps the debugger's selection (`visit`, `tab`) in the URL it goes to. */
export function PreservingLink({ href, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const params = useSearchParams();
  const [path, query = ''] = href.split('?');
  const next = new URLSearchParams(query);
  for (const name of DEBUGGER_PARAMS) {
    const value = params.get(name);
    if (value !== null && !next.has(name)) next.set(name, value);
  }
  const search = next.toString();
  return <Link href={`${path}${search ? `?${search}` : ''}`} {...props} />;
}
