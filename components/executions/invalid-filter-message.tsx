/** A filter the URL asked for that cannot be applied, named, with what to type instead. */
export function InvalidFilterMessage({ message }: { message: string }) {
  return (
    <div
      role="alert"
      className="m-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700/60 dark:bg-amber-950/40"
    >
      <p className="font-semibold text-amber-900 dark:text-amber-200">Filter not applied</p>
      <p className="mt-1 text-amber-900 dark:text-amber-100">{message}</p>
    </div>
  );
}
