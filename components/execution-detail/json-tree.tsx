/** Children shown per object or array before "… more"; huge payloads stay responsive. */
const MAX_CHILDREN = 200;

function Scalar({ value }: { value: unknown }) {
  if (typeof value === 'string') return <span className="text-emerald-700 dark:text-emerald-400">&quot;{value}&quot;</span>;
  if (typeof value === 'number') return <span className="text-sky-700 dark:text-sky-400">{value}</span>;
  if (typeof value === 'boolean') return <span className="text-violet-700 dark:text-violet-400">{String(value)}</span>;
  return <span className="text-zinc-500">null</span>;
}

function Entry({ name, value, depth }: { name: string | null; value: unknown; depth: number }) {
  const key = name !== null && <span className="text-zinc-700 dark:text-zinc-300">{name}: </span>;
  if (value === null || typeof value !== 'object') {
    return (
      <li className="pl-4">
        {key}
        <Scalar value={value} />
      </li>
    );
  }
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    return (
      <li className="pl-4">
        {key}
        {open}
        {close}
      </li>
    );
  }
  return (
    <li className="pl-4">
      <details open={depth < 2}>
        <summary className="-ml-4 cursor-pointer list-none pl-4 marker:hidden">
          <span className="mr-1 inline-block w-3 text-zinc-400">▸</span>
          {key}
          <span className="text-zinc-500">
            {open} {entries.length} {Array.isArray(value) ? (entries.length === 1 ? 'item' : 'items') : entries.length === 1 ? 'key' : 'keys'} {close}
          </span>
        </summary>
        <ul className="ml-1.5 border-l border-zinc-200 dark:border-zinc-800">
          {entries.slice(0, MAX_CHILDREN).map(([childName, child]) => (
            <Entry key={childName} name={childName} value={child} depth={depth + 1} />
          ))}
          {entries.length > MAX_CHILDREN && <li className="pl-4 text-zinc-500">… {entries.length - MAX_CHILDREN} more</li>}
        </ul>
      </details>
    </li>
  );
}

/** A collapsible tree of a JSON value: the first two levels open. */
export function JsonTree({ value, label }: { value: unknown; label: string }) {
  return (
    <ul aria-label={label} className="max-h-96 overflow-auto rounded-md bg-zinc-50 p-2 font-mono text-xs leading-relaxed ring-1 ring-zinc-200 ring-inset dark:bg-zinc-950 dark:ring-zinc-800 [&>li]:pl-0">
      <Entry name={null} value={value} depth={0} />
    </ul>
  );
}
