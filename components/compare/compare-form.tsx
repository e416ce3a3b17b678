/**
 * Two execution ARNs to compare; a plain GET form to /compare, so it works before any script runs.
 * A is usually the failed execution, B one that succeeded.
 */
export function CompareForm({ a, b }: { a?: string; b?: string }) {
  const input =
    'w-full min-w-0 rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-xs text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100';
  return (
    <form
      action="/compare"
      method="get"
      className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      aria-label="Compare two executions"
    >
      <label className="block text-sm font-medium">
        Execution A (usually the failed one)
        <input name="a" defaultValue={a} required placeholder="arn:aws:states:…:execution:…" className={`mt-1 ${input}`} />
      </label>
      <label className="block text-sm font-medium">
        Execution B (one to compare it with)
        <input name="b" defaultValue={b} required placeholder="arn:aws:states:…:execution:…" className={`mt-1 ${input}`} />
      </label>
      <button
        type="submit"
        className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700"
      >
        Compare
      </button>
    </form>
  );
}
