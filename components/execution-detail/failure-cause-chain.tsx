import { formatJson } from '@/lib/format/format-json';
import type { FailureView } from '@/lib/view-model/types';
import { JsonBlock } from '../ui/json-block';

const LABEL = 'font-medium text-red-800 dark:text-red-300';

/**
 * What led to the Fail state that ended the execution, right under its fixed cause: the caught error
 * ("caused by VerifyPayment: PaymentVerificationFailed") with the Lambda's message readable and a
 * button to select the visit that raised it, or the reason the Fail state's input holds; then the
 * input of the state behind the failure, one click away.
 */
export function FailureCauseChain({ failure, onSelectVisit }: { failure: FailureView; onSelectVisit?: (visitId: number) => void }) {
  const { causedBy, inputReason, causeInput } = failure;
  return (
    <>
      {causedBy && (
        <div data-testid="caused-by" className="mt-2 rounded-md border-l-4 border-red-500 bg-white/70 px-3 py-2 text-sm dark:bg-red-950/60">
          <div className="text-red-900 dark:text-red-100">
            caused by{' '}
            <button
              type="button"
              data-testid="select-cause-visit"
              onClick={() => onSelectVisit?.(causedBy.visitId)}
              className="rounded bg-red-600 px-1.5 py-0.5 font-mono text-xs text-white ring-1 ring-red-700 hover:bg-red-700"
              title={`Select ${causedBy.state} in the graph, the timeline and the inspector`}
            >
              {causedBy.state}
            </button>
            : <span className="font-mono font-semibold">{causedBy.error ?? '(no error)'}</span>
            {causedBy.caughtIn && <span className="text-red-800 dark:text-red-300"> (caught by {causedBy.caughtIn})</span>}
          </div>
          {causedBy.errorMessage !== undefined ? (
            <p data-testid="caused-by-message" className="mt-1 break-words text-red-950 dark:text-red-50">
              {causedBy.errorMessage}
            </p>
          ) : (
            causedBy.cause && (
              <div className="mt-1">
                <JsonBlock label="Caught error cause" text={formatJson(causedBy.cause)} maxHeightClass="max-h-32" wrap />
              </div>
            )
          )}
          {causedBy.errorType !== undefined && causedBy.errorType !== causedBy.error && (
            <p className="mt-0.5 text-xs text-red-800 dark:text-red-300">
              <span className={LABEL}>Type</span> <span className="font-mono">{causedBy.errorType}</span>
            </p>
          )}
        </div>
      )}
      {inputReason && (
        <p data-testid="input-reason" className="mt-2 text-sm text-red-950 dark:text-red-100">
          <span className={LABEL}>
            From the input of {failure.state} (<span className="font-mono">{inputReason.field}</span>):
          </span>{' '}
          {inputReason.text}
        </p>
      )}
      {causeInput && (
        <details data-testid="cause-input" className="mt-2">
          <summary className="cursor-pointer text-xs font-medium text-red-800 dark:text-red-300">
            Input of <span className="font-mono">{causeInput.state}</span>
            {causeInput.truncated && ' (truncated by AWS)'}
          </summary>
          <JsonBlock label={`Input of ${causeInput.state}`} text={formatJson(causeInput.text)} maxHeightClass="max-h-48" wrap />
        </details>
      )}
    </>
  );
}
