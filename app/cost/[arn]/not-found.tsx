import Link from 'next/link';
import { costHref } from '@/components/cost/cost-routes';

export default function StateMachineCostNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">State machine not found</h1>
      <p className="mx-auto mt-2 max-w-xl text-sm text-zinc-600 dark:text-zinc-400">
        No state machine has this ARN in the current account and region, so there is no cost to review. Check the ARN and the region shown
        above.
      </p>
      <Link href={costHref()} className="mt-4 inline-block text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Back to the cost review
      </Link>
    </div>
  );
}
