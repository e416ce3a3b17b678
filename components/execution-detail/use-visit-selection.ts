'use client';

import { useCallback, useState } from 'react';
import { defaultExpandedRows, newlyDefaultExpandedRows, visitRowKey } from '@/lib/view-model/build-gantt-rows';
import { containingGroupKeys, type VisitIndex } from '@/lib/view-model/index-visits';
import type { ExecutionView, GroupView, VisitView } from '@/lib/view-model/types';
import { initialVisitId, selectedVisitId } from '@/lib/view-model/visit-selection';
import { toInspectorTab, type InspectorTab } from './inspector-tabs';
import { useUrlState } from './use-url-state';

export interface VisitSelection {
  /** The page's search parameters, as the URL has them now. */
  params: URLSearchParams;
  selectedId: number | null;
  selected: VisitView | null;
  tab: InspectorTab;
  setTab: (tab: InspectorTab) => void;
  /** The timeline's open rows: Map and Parallel visits, and their iterations or branches. */
  expanded: Set<string>;
  /** Selects a visit and opens the rows that contain it. */
  select: (visitId: number) => void;
  /** Opens or closes one timeline row. */
  toggle: (key: string) => void;
  /** Opens an iteration or branch and selects its first failed visit, else the first that caught an error, else its first. */
  pickGroup: (group: GroupView) => void;
}

/**
 * The debugger's selection: the visit and inspector tab live in the URL (`?visit=<entered event
 * id>&tab=…`, changed through history.replaceState), the timeline's open rows in state. Selecting
 * a visit opens the rows that contain it.
 */
export function useVisitSelection(view: ExecutionView, index: VisitIndex): VisitSelection {
  const [params, setParams] = useUrlState();
  const selectedId = selectedVisitId(params.get('visit'), (visitId) => index.byId.has(visitId), initialVisitId(view));
  const selected = selectedId === null ? null : (index.byId.get(selectedId) ?? null);
  const tab = toInspectorTab(params.get('tab'));

  const [expanded, setExpanded] = useState<Set<string>>(() =>
    defaultExpandedRows(view, selectedId === null ? [] : containingGroupKeys(index, selectedId)),
  );
  // A newer view (the whole one after a partial, a running execution's next) opens its new rows as a
  // first load would; adjusted while rendering, as React advises, so no frame shows them closed.
  const [expandedFor, setExpandedFor] = useState(view);
  if (expandedFor !== view) {
    setExpandedFor(view);
    const opened = newlyDefaultExpandedRows(expandedFor, view);
    if (opened.length > 0) setExpanded((current) => new Set([...current, ...opened]));
  }

  const select = useCallback(
    (visitId: number) => {
      setParams({ visit: String(visitId) });
      const keys = containingGroupKeys(index, visitId);
      setExpanded((current) => (keys.every((key) => current.has(key)) ? current : new Set([...current, ...keys])));
    },
    [index, setParams],
  );
  const toggle = useCallback((key: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);
  const pickGroup = (group: GroupView) => {
    const target =
      group.visits.find((v) => v.status === 'failed' || v.status === 'timed_out') ??
      group.visits.find((v) => v.status === 'caught') ??
      group.visits[0];
    // A group always has its owner in the index; without one, only the group's own row opens.
    const owner = index.ownerOfGroup.get(group.key);
    setExpanded((current) => new Set([...current, ...(owner ? [visitRowKey(owner.id)] : []), group.key]));
    if (target) select(target.id);
  };
  const setTab = (next: InspectorTab) => setParams({ tab: next });

  return { params, selectedId, selected, tab, setTab, expanded, select, toggle, pickGroup };
}
