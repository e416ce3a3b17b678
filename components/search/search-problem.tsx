/** A query or filter that cannot be read: what is wrong, as the parser or the index said it. */
export function SearchProblem({ message }: { message: string }) {
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700/60 dark:bg-amber-950/40"
      data-testid="search-problem"
    >
      <p className="font-semibold text-amber-900 dark:text-amber-200">This search cannot be run</p>
      <p className="mt-1 break-words text-amber-900 dark:text-amber-100">{message}</p>
    </div>
  );
}
