/** One side of a Standard-versus-Express comparison: its cost, how it is billed, and whether it is the cheaper one. */
export function WhatIfOption({ title, cost, lines, cheaper }: { title: string; cost: string; lines: string[]; cheaper: boolean }) {
  return (
    <div
      className={`rounded-lg border px-4 py-3 ${cheaper ? 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40' : 'border-zinc-200 dark:border-zinc-800'}`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        {cheaper && <span className="text-xs font-medium text-emerald-700 dark:text-emerald-400">cheaper</span>}
      </div>
      <p className="mt-1 text-xl font-semibold tabular-nums" aria-label={`${title} cost`}>
        {cost}
      </p>
      <ul className="mt-1 space-y-0.5 text-xs text-zinc-500 dark:text-zinc-400">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
