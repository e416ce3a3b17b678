'use client';

import { useState } from 'react';

/** Children shown per object or array before "… more"; huge payloads stay responsive. */
const MAX_CHILDREN = 100;
/** Levels open at first; deeper ones, and long lists, open on click (and only then enter the DOM). */
const OPEN_DEPTH = 2;
const OPEN_MAX_ENTRIES = 50;

function Scalar({ value }: { value: unknown }) {
  if (typeof value === 'string') return <span className="text-emerald-700 dark:text-emerald-400">&quot;{value}&quot;</span>;
  if (typeof value === 'number') return <span className="text-sky-700 dark:text-sky-400">{value}</span>;
  if (typeof value === 'boolean') return <span className="text-violet-700 dark:text-violet-400">{String(value)}</span>;
  return <span className="text-zinc-500 dark:text-zinc-400">null</span>;
}

function Key({ name }: { name: string | null }) {
  return name === null ? null : <span className="text-zinc-700 dark:text-zinc-300">{name}: </span>;
}

function Composite({ name, value, depth }: { name: string | null; value: object; depth: number }) {
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value);
  const [open, setOpen] = useState(depth === 0 || (depth < OPEN_DEPTH && entries.length <= OPEN_MAX_ENTRIES));
  const [start, end] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    return (
      <li className="pl-4">
        <Key name={name} />
        {start}
        {end}
      </li>
    );
  }
  const noun = Array.isArray(value) ? (entries.length === 1 ? 'item' : 'items') : entries.length === 1 ? 'key' : 'keys';
  return (
    <li className="pl-4">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="-ml-4 cursor-pointer list-none pl-4 marker:hidden">
          <span className="mr-1 inline-block w-3 text-zinc-400">{open ? '▾' : '▸'}</span>
          <Key name={name} />
          <span className="text-zinc-500 dark:text-zinc-400">
            {start} {entries.length} {noun} {end}
          </span>
        </summary>
        {open && (
          <ul className="ml-1.5 border-l border-zinc-200 dark:border-zinc-800">
            {entries.slice(0, MAX_CHILDREN).map(([childName, child]) => (
              <Entry key={childName} name={childName} value={child} depth={depth + 1} />
            ))}
            {entries.length > MAX_CHILDREN && (
              <li className="pl-4 text-zinc-500 dark:text-zinc-400">… {entries.length - MAX_CHILDREN} more (use Text or Copy for all)</li>
            )}
          </ul>
        )}
      </details>
    </li>
  );
}

function Entry({ name, value, depth }: { name: string | null; value: unknown; depth: number }) {
  if (value !== null && typeof value === 'object') return <Composite name={name} value={value} depth={depth} />;
  return (
    <li className="pl-4">
      <Key name={name} />
      <Scalar value={value} />
    </li>
  );
}

/** A collapsible tree of a JSON value; closed branches are not rendered until opened. */
export function JsonTree({ value, label }: { value: unknown; label: string }) {
  return (
    <ul
      aria-label={label}
      className="max-h-96 overflow-auto rounded-md bg-zinc-50 p-2 font-mono text-xs leading-relaxed ring-1 ring-zinc-200 ring-inset dark:bg-zinc-950 dark:ring-zinc-800 [&>li]:pl-0"
    >
      <Entry name={null} value={value} depth={0} />
    </ul>
  );
}
