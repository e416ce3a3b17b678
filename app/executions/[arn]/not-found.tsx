import Link from 'next/link';

export default function ExecutionNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">Execution not found</h1>
      <p className="mx-auto mt-2 max-w-xl text-sm text-zinc-600 dark:text-zinc-400">
        No execution has this ARN in the current account and region. Check the ARN and the region shown above; Step Functions deletes
        Standard execution histories 90 days after they close.
      </p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Back to state machines
      </Link>
    </div>
  );
}
