import Link from 'next/link';

export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="mb-3 inline-block text-sm text-indigo-600 hover:underline dark:text-indigo-400">
      ← {children}
    </Link>
  );
}
