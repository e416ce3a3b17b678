import { describe, expect, it } from 'vitest';
import { readTestStateRequest } from '@/lib/emulator/test-state/test-state-request';

describe('readTestStateRequest', () => {
  it('fills in the defaults AWS uses: input {}, INFO, STRICT', () => {
    const request = readTestStateRequest({ definition: '{"Type":"Pass","End":true}', mock: { result: '{}' } });
    expect(request.input).toEqual({});
    expect(request.inspectionLevel).toBe('INFO');
    expect(request.mock?.fieldValidationMode).toBe('STRICT');
  });

  it('parses input, variables and context from their JSON text', () => {
    const request = readTestStateRequest({ definition: '{}', input: '[1, 2]', variables: '{"x": 1}', context: '{"Execution": {}}' });
    expect([request.input, request.variables, request.context]).toEqual([[1, 2], { x: 1 }, { Execution: {} }]);
  });

  it('refuses a missing definition, a bad level and bad JSON with AWS codes', () => {
    expect(() => readTestStateRequest({})).toThrow(/Value null at 'definition' failed to satisfy constraint: Member must not be null/);
    expect(() => readTestStateRequest({ definition: '{}', inspectionLevel: 'LOUD' })).toThrow(
      /Member must satisfy enum value set: \[INFO, DEBUG, TRACE\]/,
    );
    expect(() => readTestStateRequest({ definition: '{}', input: '{oops' })).toThrow(/Invalid State Machine Execution Input/);
    expect(() => readTestStateRequest({ definition: '{}', variables: '[1]' })).toThrow(/must be a JSON object/);
  });

  it('refuses input nested deeper than the emulator can process', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(() => readTestStateRequest({ definition: '{}', input: deep })).toThrow(/nested too deeply/);
  });
});
