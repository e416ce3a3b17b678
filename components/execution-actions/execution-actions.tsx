'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { executionHref } from '@/components/routes';
import { describeStartConfirmation } from '@/lib/execution-actions/describe-action-confirmation';
import type { ActionOutcome, ExecutionAction, ExecutionActionOffers } from '@/lib/execution-actions/types';
import { validateExecutionInput } from '@/lib/execution-actions/validate-execution-input';
import { ActionDialog, DANGER_BUTTON, PRIMARY_BUTTON, SECONDARY_BUTTON } from './action-dialog';
import { formatInputForEditing } from './format-input-for-editing';
import { postAction } from './post-action';
import { StartInputEditor } from './start-input-editor';

export interface ExecutionActionsProps {
  executionArn: string;
  executionName: string;
  stateMachineName: string;
  input: string | undefined;
  offers: ExecutionActionOffers;
  stopConfirmation: string;
  redriveConfirmation: string;
}

const LABELS: Record<ExecutionAction, { button: string; title: string; confirm: string }> = {
  stop: { button: 'Stop', title: 'Stop this execution', confirm: 'Stop execution' },
  redrive: { button: 'Redrive', title: 'Redrive this execution', confirm: 'Redrive execution' },
  start: { button: 'Start new execution…', title: 'Start a new execution', confirm: 'Start execution' },
};

/** Stop, redrive, start again: each behind a confirmation naming the execution; the outcome is shown and the page refreshed. */
export function ExecutionActions(props: ExecutionActionsProps) {
  const router = useRouter();
  const [open, setOpen] = useState<ExecutionAction | undefined>(undefined);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<ActionOutcome | undefined>(undefined);
  const originalInput = formatInputForEditing(props.input);
  const [inputText, setInputText] = useState(originalInput);
  const inputVerdict = validateExecutionInput(inputText);

  const openDialog = (action: ExecutionAction) => {
    setError(undefined);
    setOpen(action);
  };
  const confirm = async (action: ExecutionAction) => {
    if (action === 'start' && !inputVerdict.ok) return;
    setPending(true);
    setError(undefined);
    const posted = await postAction(props.executionArn, action, action === 'start' ? inputText : undefined);
    setPending(false);
    if (!posted.ok) {
      setError(posted.message);
      return;
    }
    setOpen(undefined);
    setOutcome(posted.outcome);
    router.refresh();
  };

  const descriptions: Record<ExecutionAction, string> = {
    stop: props.stopConfirmation,
    redrive: props.redriveConfirmation,
    start: describeStartConfirmation(props.stateMachineName, inputText.trim() === originalInput.trim()),
  };
  const notOffered = (['stop', 'redrive'] as const).flatMap((action) => {
    const offer = props.offers[action];
    return offer.offered ? [] : [{ action, reason: offer.reason }];
  });

  return (
    <div className="space-y-3 p-4" data-testid="execution-actions">
      <div className="flex flex-wrap gap-2">
        {props.offers.stop.offered && (
          <button type="button" className={DANGER_BUTTON} onClick={() => openDialog('stop')}>
            {LABELS.stop.button}
          </button>
        )}
        {props.offers.redrive.offered && (
          <button type="button" className={PRIMARY_BUTTON} onClick={() => openDialog('redrive')}>
            {LABELS.redrive.button}
          </button>
        )}
        {props.offers.start.offered && (
          <button type="button" className={SECONDARY_BUTTON} onClick={() => openDialog('start')}>
            {LABELS.start.button}
          </button>
        )}
      </div>
      {notOffered.length > 0 && (
        <ul className="space-y-1 text-sm text-zinc-600 dark:text-zinc-300">
          {notOffered.map(({ action, reason }) => (
            <li key={action}>
              <span className="font-medium">{action === 'stop' ? 'Stop' : 'Redrive'} is not offered:</span> {reason}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="text-sm break-words text-emerald-800 dark:text-emerald-300">
        {outcome && (
          <>
            {outcome.message}{' '}
            {outcome.action === 'start' && (
              <Link href={executionHref(outcome.executionArn)} className="font-medium underline underline-offset-2">
                Open the new execution
              </Link>
            )}
          </>
        )}
      </p>
      {(Object.keys(LABELS) as ExecutionAction[]).map((action) => (
        <ActionDialog
          key={action}
          open={open === action}
          title={LABELS[action].title}
          description={descriptions[action]}
          confirmLabel={LABELS[action].confirm}
          danger={action === 'stop'}
          pending={pending}
          error={open === action ? error : undefined}
          onConfirm={() => void confirm(action)}
          onClose={() => setOpen(undefined)}
        >
          {action === 'start' && (
            <StartInputEditor value={inputText} error={inputVerdict.ok ? undefined : inputVerdict.message} onChange={setInputText} />
          )}
        </ActionDialog>
      ))}
    </div>
  );
}
