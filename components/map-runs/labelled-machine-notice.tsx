import Link from 'next/link';
import type { LabelledMachine } from '@/lib/map-runs/labelled-machine-arn';
import { stateMachineHref } from '../routes';
import { LINK } from '../ui/table-classes';

/**
 * The state machine page for `…:stateMachine:NAME/LABEL`, the machine a Distributed Map's children
 * run: it has no page or executions list of its own, so this names the machine it belongs to.
 */
export function LabelledMachineNotice({ machine }: { machine: LabelledMachine }) {
  return (
    <div className="py-16 text-center" data-testid="labelled-machine">
      <h1 className="text-xl font-semibold break-words">
        {machine.parentName}/{machine.label} is a Distributed Map&rsquo;s child workflow
      </h1>
      <p className="mx-auto mt-2 max-w-xl text-sm break-words text-zinc-600 dark:text-zinc-400">
        The Map state labelled <code className="font-mono text-xs">{machine.label}</code> in state machine{' '}
        <strong className="font-semibold">{machine.parentName}</strong> runs each of its items as an execution of this workflow. These
        executions are listed on their Map Run&rsquo;s page, linked from the parent execution&rsquo;s graph and from each child execution.
      </p>
      <Link
        href={stateMachineHref(machine.parentArn)}
        className={`${LINK} mt-4 inline-block text-sm font-medium`}
        data-testid="labelled-machine-parent"
      >
        Open state machine {machine.parentName}
      </Link>
    </div>
  );
}
