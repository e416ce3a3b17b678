import { describe, expect, it } from 'vitest';
import { isStatesMetricName, STATES_METRICS } from '@/lib/emulator/cloudwatch/states-metrics';

describe('the AWS/States execution metrics', () => {
  it('knows the eight execution metrics and their units', () => {
    expect(Object.keys(STATES_METRICS)).toHaveLength(8);
    expect(STATES_METRICS.ExecutionTime).toBe('Milliseconds');
    expect(STATES_METRICS.ExecutionThrottled).toBe('Count');
    expect(isStatesMetricName('ExecutionsRedriven')).toBe(true);
    expect(isStatesMetricName('LambdaFunctionsFailed')).toBe(false);
    expect(isStatesMetricName('toString')).toBe(false);
  });
});
