import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { findStateVisit } from '@/lib/services/state-processing/find-state-visit';
import { PROCESSING_EXECUTION_ARN, processingHistory } from '../../../support/state-processing/processing-history';

const visitsOf = (events = processingHistory()) => {
  const parsed = parseHistoryDocument(events, PROCESSING_EXECUTION_ARN);
  return buildExecutionTimeline(parsed.events, parsed).visits;
};

describe('findStateVisit', () => {
  it('finds a top-level visit with the variables assigned before it', () => {
    const found = findStateVisit(visitsOf(), 4);
    expect(found?.visit.name).toBe('Verify');
    expect(found?.variables).toEqual({ customer: '"Ann"' });
    expect(found?.variablesTruncated).toBe(false);
  });

  it('finds a visit inside a Parallel branch, which reads the variables of the scope around it', () => {
    const found = findStateVisit(visitsOf(), 13);
    expect(found?.visit.name).toBe('A');
    expect(found?.variables).toEqual({ customer: '"Ann"' });
  });

  it('gives the first state no variables, and nothing for an id no state was entered at', () => {
    expect(findStateVisit(visitsOf(), 2)?.variables).toEqual({});
    expect(findStateVisit(visitsOf(), 5)).toBeUndefined();
  });
});
