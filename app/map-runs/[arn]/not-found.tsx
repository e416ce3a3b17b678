import Link from 'next/link';

export default function MapRunNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">Map Run not found</h1>
      <p className="mx-auto mt-2 max-w-xl text-sm text-zinc-600 dark:text-zinc-400">
        No Map Run has this ARN in the current account and region. Check the ARN and the region; a Map Run is kept as long as the execution
        that started it.
      </p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Back to state machines
      </Link>
    </div>
  );
}
