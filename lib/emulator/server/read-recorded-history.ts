import type { RecordedEvent } from '../engine/redrive/build-redrive-plan';
import type { EmulatorStore } from '../store/emulator-store';
import type { StoredEvent } from '../store/store-types';

const PAGE = 1_000;

function toRecordedEvent(event: StoredEvent): RecordedEvent {
  const wrapper = JSON.parse(event.details) as Record<string, Record<string, unknown> | undefined>;
  const details = Object.values(wrapper)[0];
  return { id: event.id, previousEventId: event.previousEventId, type: event.type, ...(details ? { details } : {}) };
}

/** An execution's whole stored history in id order, as the redrive planner reads it. */
export function readRecordedHistory(store: EmulatorStore, executionId: number): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  for (let after = 0; ;) {
    const page = store.getEvents(executionId, after, false, PAGE);
    events.push(...page.map(toRecordedEvent));
    const last = page.at(-1);
    if (!last || page.length < PAGE) return events;
    after = last.id;
  }
}
