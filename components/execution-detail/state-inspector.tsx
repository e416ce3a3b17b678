'use client';

import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { formatDuration } from '@/lib/format/format-duration';
import { formatSpan } from '@/lib/format/format-instant';
import { formatJson } from '@/lib/format/format-json';
import { parseErrorCause } from '@/lib/history/parse-error-cause';
import type { VisitView } from '@/lib/view-model/types';
import type { VisitPayloadsPreview } from '@/lib/view-model/visit-payloads-preview';
import { AttemptsList } from './attempts-list';
import { CopyButton } from './copy-button';
import { InputOutputDiff } from './input-output-diff';
import { INSPECTOR_TAB_LABELS, inspectorTabsFor, tabForKey, type InspectorTab } from './inspector-tabs';
import { LambdaLogsPanel } from './lambda-logs-panel';
import { PayloadHeadView } from './payload-head-view';
import { PayloadView } from './payload-view';
import { ProcessingPanel } from './processing-panel';
import { processingUrlOf } from './use-processing-view';
import { useVisitPayloads, type PayloadsState } from './use-visit-payloads';
import { VisitStatusBadge } from './visit-status-styles';

function ErrorPanel({ visit }: { visit: VisitView }) {
  if (!visit.error && !visit.cause) return <p className="text-sm text-zinc-500 dark:text-zinc-400">No error in this visit.</p>;
  const readable = parseErrorCause(visit.cause);
  return (
    <div className="space-y-2 text-sm">
      <div>
        <span className="font-medium">Error: </span>
        <span className="font-mono text-red-800 dark:text-red-300">{visit.error ?? '(none)'}</span>
        {visit.caught && <span className="ml-2 text-amber-800 dark:text-amber-300">caught → {visit.caught.next ?? 'next state'}</span>}
      </div>
      {readable.errorMessage && (
        <div>
          <span className="font-medium">Message: </span>
          {readable.errorMessage}
        </div>
      )}
      {visit.cause && (
        <div>
          <div className="mb-1 flex items-center gap-2 font-medium">
            Cause <CopyButton text={visit.cause} label="Copy cause" />
          </div>
          <pre
            aria-label="Visit error cause"
            className="max-h-60 overflow-auto rounded-md bg-zinc-50 p-2 font-mono text-xs break-all whitespace-pre-wrap ring-1 ring-zinc-200 ring-inset dark:bg-zinc-950 dark:ring-zinc-800"
          >
            {formatJson(visit.cause)}
          </pre>
        </div>
      )}
    </div>
  );
}

function EventsPanel({ visit, eventHref }: { visit: VisitView; eventHref?: (eventId: number) => string }) {
  const shown = visit.eventIds.slice(0, 300);
  return (
    <div className="text-xs">
      <p className="mb-1 text-zinc-500 dark:text-zinc-400">
        {visit.eventIds.length} events of this visit (its iterations’ and branches’ own states not included).
      </p>
      <ul className="flex flex-wrap gap-1 font-mono">
        {shown.map((id) => (
          <li key={id}>
            {eventHref ? (
              <a
                href={eventHref(id)}
                className="rounded bg-zinc-100 px-1.5 py-0.5 text-indigo-700 hover:underline dark:bg-zinc-800 dark:text-indigo-300"
              >
                #{id}
              </a>
            ) : (
              <span className="rounded bg-zinc-100 px-1.5 py-0.5 dark:bg-zinc-800">#{id}</span>
            )}
          </li>
        ))}
        {visit.eventIds.length > shown.length && <li>… {visit.eventIds.length - shown.length} more</li>}
      </ul>
    </div>
  );
}

/** Instead of a payload tab while the visit's payloads are being fetched, or when they could not be. */
function PayloadsPending({ state }: { state: Exclude<PayloadsState, { status: 'loaded' }> }) {
  if (state.status === 'failed')
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        This visit’s payloads could not be read: {state.message}
      </p>
    );
  return (
    <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
      Reading this visit’s payloads…
    </p>
  );
}

/** A payload tab while the fetch runs: the first lines the page came with, if it did, else PayloadsPending. */
function PayloadPending({
  state,
  payload,
  label,
}: {
  state: Exclude<PayloadsState, { status: 'loaded' }>;
  payload: keyof VisitPayloadsPreview;
  label: string;
}) {
  if (state.status === 'loading' && state.preview) return <PayloadHeadView head={state.preview[payload]} label={label} />;
  return <PayloadsPending state={state} />;
}

/**
 * Input, output, parameters, error and attempts of the selected visit, one tab at a time. With
 * `payloadsUrl`, the visit's input, output and parameters are fetched from the server when it is
 * selected (the page's view leaves them out); without, they are the visit's own (an imported file).
 */
export function StateInspector({
  visit,
  tab,
  onTab,
  drillDown,
  eventHref,
  payloadsUrl,
}: {
  visit: VisitView | null;
  tab: InspectorTab;
  onTab: (tab: InspectorTab) => void;
  drillDown?: ReactNode;
  eventHref?: (eventId: number) => string;
  payloadsUrl?: (visitId: number) => string;
}) {
  const tabRefs = useRef(new Map<InspectorTab, HTMLButtonElement>());
  const fetched = useVisitPayloads(visit && payloadsUrl ? payloadsUrl(visit.id) : null);
  if (!visit) {
    return (
      <p className="p-4 text-sm text-zinc-500 dark:text-zinc-400">Select a state in the graph or a row in the timeline to inspect it.</p>
    );
  }
  const payloads = fetched === null ? visit : fetched.status === 'loaded' ? fetched.payloads : null;
  const waiting = fetched !== null && fetched.status !== 'loaded' ? fetched : null;
  const pending = waiting && <PayloadsPending state={waiting} />;
  const pendingPayload = (payload: keyof VisitPayloadsPreview, label: string) =>
    waiting && <PayloadPending state={waiting} payload={payload} label={label} />;
  const panels: Record<InspectorTab, ReactNode> = {
    input: payloads ? (
      <PayloadView text={payloads.input} label="State input" truncated={payloads.inputTruncated === true} />
    ) : (
      pendingPayload('input', 'State input')
    ),
    output: payloads ? (
      <PayloadView text={payloads.output} label="State output" truncated={payloads.outputTruncated === true} />
    ) : (
      pendingPayload('output', 'State output')
    ),
    diff: !payloads ? (
      pending
    ) : payloads.input !== undefined && payloads.output !== undefined ? (
      <InputOutputDiff input={payloads.input} output={payloads.output} />
    ) : (
      <p className="text-sm text-zinc-500 dark:text-zinc-400">
        A diff needs both an input and an output; this visit has {payloads.output === undefined ? 'no output' : 'no input'}.
      </p>
    ),
    processing: payloadsUrl ? (
      <ProcessingPanel url={processingUrlOf(payloadsUrl(visit.id))} />
    ) : (
      <p className="text-sm text-zinc-500 dark:text-zinc-400">
        Replaying a state’s input and output processing needs the data source it ran on; an imported history has none.
      </p>
    ),
    parameters: payloads ? (
      <PayloadView text={payloads.parameters} label="Task parameters" />
    ) : (
      pendingPayload('parameters', 'Task parameters')
    ),
    error: <ErrorPanel visit={visit} />,
    attempts: <AttemptsList attempts={visit.attempts} />,
    logs:
      visit.type === 'Task' ? (
        <LambdaLogsPanel visitId={visit.id} />
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Only Task states call Lambda functions; this is a {visit.type} state.</p>
      ),
    events: <EventsPanel visit={visit} eventHref={eventHref} />,
  };
  const tabs = inspectorTabsFor(visit.type, { processing: payloadsUrl !== undefined });
  // WAI-ARIA tabs: arrow keys, Home and End select the tab they reach and move focus to it.
  // Counted from the focused tab, not the selected one: focus moves at once, while the selection
  // waits for the URL to update, so a second quick key press would otherwise be lost.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const focused = [...tabRefs.current].find(([, element]) => element === event.target)?.[0] ?? tab;
    const next = tabForKey(tabs, focused, event.key);
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    onTab(next);
    tabRefs.current.get(next)?.focus();
  };
  return (
    <div className="flex h-full min-h-0 flex-col" aria-label="State inspector" role="region">
      <div className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-mono text-sm font-semibold" data-testid="inspected-state">
            {visit.name}
          </h3>
          <span className="text-xs text-zinc-500 dark:text-zinc-400">{visit.type}</span>
          <VisitStatusBadge status={visit.status} />
          <span
            className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400"
            title={visit.startMs === null ? '' : formatSpan(visit.startMs, visit.endMs)}
          >
            {formatDuration(visit.durationMs)}
          </span>
          <span className="text-[11px] text-zinc-500 dark:text-zinc-400">event #{visit.id}</span>
        </div>
        {drillDown && <div className="mt-2">{drillDown}</div>}
      </div>
      <div
        role="tablist"
        aria-label="Inspector tabs"
        onKeyDown={onTabKey}
        className="flex flex-wrap gap-1 border-b border-zinc-200 px-3 pt-2 dark:border-zinc-800"
      >
        {tabs.map((name) => {
          const count = name === 'attempts' ? visit.attempts.length : name === 'events' ? visit.eventIds.length : null;
          const flagged = name === 'error' && visit.error !== null;
          return (
            <button
              key={name}
              type="button"
              role="tab"
              id={`inspector-tab-${name}`}
              aria-controls="inspector-tabpanel"
              aria-selected={tab === name}
              tabIndex={tab === name ? 0 : -1}
              ref={(element) => {
                if (element) tabRefs.current.set(name, element);
                else tabRefs.current.delete(name);
              }}
              onClick={() => onTab(name)}
              className={`-mb-px rounded-t border-b-2 px-2.5 py-1.5 text-xs font-medium ${
                tab === name
                  ? 'border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300'
                  : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
              } ${flagged ? 'text-red-700 dark:text-red-300' : ''}`}
            >
              {INSPECTOR_TAB_LABELS[name]}
              {count !== null && count > 0 && <span className="ml-1 text-zinc-500 dark:text-zinc-400">{count}</span>}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id="inspector-tabpanel"
        aria-labelledby={`inspector-tab-${tab}`}
        tabIndex={0}
        className="min-h-0 flex-1 overflow-auto p-3"
      >
        {panels[tab]}
      </div>
    </div>
  );
}
