/** A link out to the AWS console page of what this page shows; opens in a new tab, sends no referrer. */
export function ConsoleLink({ href }: { href: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
      Open in AWS console <span aria-hidden="true">↗</span>
    </a>
  );
}
