import { beforeEach, describe, expect, it, vi } from 'vitest';

// asl-validator compiles its schemas on every call; the same definition text must not pay twice.
const calls = vi.hoisted(() => ({ count: 0 }));
// A stand-in that counts calls and answers at once (the real one takes 0.1–0.3 s a call): it rejects
// a StartAt that names no state, as the real one does.
vi.mock('asl-validator', () => ({
  default: (definition: { StartAt?: string; States?: Record<string, unknown> }) => {
    calls.count++;
    if (definition.StartAt && definition.States && !(definition.StartAt in definition.States)) {
      return { isValid: false, errors: [{ 'Error code': 'MISSING_TRANSITION_TARGET', Message: 'Missing "StartAt" target' }] };
    }
    return { isValid: true, errors: [] };
  },
}));

const { validateDefinition } = await import('@/lib/emulator/engine/validate-definition');

const definition = (name: string) => JSON.stringify({ StartAt: name, States: { [name]: { Type: 'Pass', End: true } } });

describe('validateDefinition, a definition seen before', () => {
  beforeEach(() => {
    calls.count = 0;
  });

  it('answers the same text again without running the schema check', () => {
    const first = validateDefinition(definition('Memo1'));
    expect(calls.count).toBe(1);
    expect(validateDefinition(definition('Memo1'))).toEqual(first);
    expect(calls.count).toBe(1);
    validateDefinition(definition('Memo2'));
    expect(calls.count).toBe(2);
  });

  it('remembers a rejection too, word for word', () => {
    const broken = JSON.stringify({ StartAt: 'Missing', States: { A: { Type: 'Pass', End: true } } });
    const first = validateDefinition(broken);
    expect(first.ok).toBe(false);
    expect(validateDefinition(broken)).toEqual(first);
    expect(calls.count).toBe(1);
  });

  it('keeps a bounded number of answers: the oldest is checked again', () => {
    validateDefinition(definition('Oldest'));
    for (let i = 0; i < 500; i++) validateDefinition(definition(`Filler${i}`));
    calls.count = 0;
    validateDefinition(definition('Oldest'));
    expect(calls.count).toBe(1);
  });
});
