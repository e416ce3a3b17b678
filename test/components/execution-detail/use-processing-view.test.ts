import { describe, expect, it } from 'vitest';
import { processingUrlOf } from '@/components/execution-detail/use-processing-view';

describe('processingUrlOf', () => {
  it('points at the processing route beside the payloads route, keeping the visit', () => {
    expect(processingUrlOf('/executions/arn%3Aaws%3Astates%3Ax/payloads?visit=4')).toBe(
      '/executions/arn%3Aaws%3Astates%3Ax/processing?visit=4',
    );
  });

  it('leaves an ARN that merely contains the word alone', () => {
    expect(processingUrlOf('/executions/payloads-machine%3Arun/payloads?visit=2')).toBe(
      '/executions/payloads-machine%3Arun/processing?visit=2',
    );
  });
});
