import Link from 'next/link';
import { formatCount } from '@/lib/format/format-cost';

export interface StatusLink {
  label: string;
  href: string;
  /** The filter in use: marked aria-current="page" and filled. */
  active: boolean;
  /** How many the filter finds, shown after the label when known. */
  count?: number;
}

/** Status filters as plain links, so each has its own URL and works without JavaScript. */
export function StatusLinkNav({ label, links }: { label: string; links: StatusLink[] }) {
  // Counts are drawn at 80 % opacity; the darker text keeps them at AA contrast.
  const idleText = links.some((link) => link.count !== undefined) ? 'text-zinc-700' : 'text-zinc-600';
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1">
      {links.map((link) => (
        <Link
          key={link.label}
          href={link.href}
          aria-current={link.active ? 'page' : undefined}
          className={`rounded-md px-2.5 py-1 text-xs font-medium ${
            link.active
              ? 'bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900'
              : `${idleText} hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800`
          }`}
        >
          {link.label}
          {link.count !== undefined && <span className="ml-1 tabular-nums opacity-80">{formatCount(link.count)}</span>}
        </Link>
      ))}
    </nav>
  );
}
