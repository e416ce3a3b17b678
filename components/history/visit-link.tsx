'use client';

/**
 * Selects a visit in the execution debugger above (graph, timeline, inspector) without reloading:
 * the selection lives in `?visit=`, which the debugger reads.
 */
export function VisitLink({ visitId, name }: { visitId: number; name: string }) {
  return (
    <a
      href={`?visit=${visitId}`}
      onClick={(event) => {
        event.preventDefault();
        const search = new URLSearchParams(window.location.search);
        search.set('visit', String(visitId));
        window.history.replaceState(null, '', `${window.location.pathname}?${search.toString()}`);
        document.getElementById('execution-debugger')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }}
      className="font-mono text-xs font-medium text-indigo-600 hover:underline dark:text-indigo-400"
      title={`Show ${name} (visit from event ${visitId}) in the graph, timeline and inspector`}
    >
      {name}
    </a>
  );
}
