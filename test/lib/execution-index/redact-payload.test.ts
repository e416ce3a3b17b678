import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEventRecord } from '@/lib/domain';
import {
  REDACTED,
  WITHHELD_UNCHECKED,
  compileRedactionRules,
  redactHistoryEvents,
  redactJsonText,
} from '@/lib/execution-index/redact-payload';

const rules = compileRedactionRules(['$..password', '$..cardNumber', '$.customer.email', '$.items[*].card', "$['odd key']"]);
const redact = (value: unknown) => JSON.parse(redactJsonText(JSON.stringify(value), rules)) as unknown;

describe('compileRedactionRules', () => {
  it('accepts the supported JSONPath forms', () => {
    expect(compileRedactionRules(['$', '$.a.b', '$..x', '$[0]', '$.a[*]', '$.*', '$[\'a b\', "c"]', '$[1, 2]', '$..*']).rules).toHaveLength(
      9,
    );
  });

  it.each([
    ['', 'the rule is empty'],
    ['password', 'a rule starts with $'],
    ['$.', 'a name is missing'],
    ['$...a', 'three dots'],
    ['$.items[?(@.x)]', 'filter and script expressions'],
    ['$.items[0:2]', 'array slices are not supported'],
    ['$.items[-1]', 'negative array indexes'],
    ["$['open", 'not closed'],
    ['$.a[', 'ends inside'],
  ])('rejects %j saying which rule and why (%s)', (path, why) => {
    expect(() => compileRedactionRules(['$..ok', path])).toThrow(`Redaction rule 2 ${JSON.stringify(path)} is not a supported JSONPath`);
    expect(() => compileRedactionRules(['$..ok', path])).toThrow(why);
  });
});

describe('redactJsonText', () => {
  it('replaces matched values by "[redacted]" and keeps the keys', () => {
    expect(
      redact({
        password: 'p1',
        nested: { deeper: [{ password: { any: 'object' } }], cardNumber: 4111111111111111 },
        customer: { email: 'a@b.c', name: 'Ann' },
        email: 'kept@top.level',
        items: [{ card: '4242', sku: 'A' }, { sku: 'B' }],
        'odd key': 'x',
      }),
    ).toEqual({
      password: REDACTED,
      nested: { deeper: [{ password: REDACTED }], cardNumber: REDACTED },
      customer: { email: REDACTED, name: 'Ann' },
      email: 'kept@top.level',
      items: [{ card: REDACTED, sku: 'A' }, { sku: 'B' }],
      'odd key': REDACTED,
    });
  });

  it('keeps the text byte for byte when nothing matches', () => {
    const text = '{ "a": 1,\n  "big": 123456789012345678901234567890 }';
    expect(redactJsonText(text, rules)).toBe(text);
    expect(redactJsonText(text, compileRedactionRules([]))).toBe(text);
  });

  it('matches array indexes, wildcards and unions', () => {
    const r = compileRedactionRules(['$.list[1]', '$.obj.*', "$['a','b']"]);
    expect(JSON.parse(redactJsonText('{"list":[1,2,3],"obj":{"x":1,"y":[2]},"a":1,"b":2,"c":3}', r))).toEqual({
      list: [1, REDACTED, 3],
      obj: { x: REDACTED, y: REDACTED },
      a: REDACTED,
      b: REDACTED,
      c: 3,
    });
    expect(redactJsonText('{"x":1}', compileRedactionRules(['$']))).toBe(JSON.stringify(REDACTED));
  });

  it('withholds a payload it cannot parse when a rule might match, keeps it when none can', () => {
    const truncated = '{"customer":{"password":"hunter2","name":"Ann"},"lines":[{"sk';
    expect(redactJsonText(truncated, rules)).toBe(JSON.stringify(WITHHELD_UNCHECKED));
    expect(redactJsonText('{"lines":[{"sku":"A"},{"sk', rules)).toBe('{"lines":[{"sku":"A"},{"sk');
    // An escaped key could hide a rule's key, so escapes always mean a full check.
    expect(redactJsonText('{"pass\\u0077ord":"x", "tr', rules)).toBe(JSON.stringify(WITHHELD_UNCHECKED));
    expect(JSON.parse(redactJsonText('{"pass\\u0077ord":"x"}', rules))).toEqual({ password: REDACTED });
  });

  it('redacts 10,000 levels of nesting without a stack overflow, within a second', () => {
    let text = '{"password":"deep-secret"}';
    for (let i = 0; i < 10_000; i += 1) text = `{"level":${text},"n":[${i}]}`;
    const started = performance.now();
    const out = redactJsonText(text, rules);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(out).not.toContain('deep-secret');
    expect(out).toContain('"password":"[redacted]"');
    expect(out.length).toBeGreaterThan(10_000 * 10);
  });

  it('redacts a huge value within a second', () => {
    const huge = { password: 'x'.repeat(5_000_000), items: Array.from({ length: 50_000 }, (_, i) => ({ card: `c${i}`, i })) };
    const text = JSON.stringify(huge);
    const started = performance.now();
    const out = redactJsonText(text, rules);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(out).not.toContain('xxxx');
    expect(out).not.toContain('"c49999"');
  });
});

describe('redactJsonText property: a secret under a redacted key never survives', () => {
  const secret = fc.string({ minLength: 8, maxLength: 20 }).map((s) => `SECRET-${s}-END`);
  const key = fc.string({ maxLength: 8 }).filter((k) => !['password', 'cardNumber'].includes(k));
  const leaf = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null));
  const doc = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
  })).node;

  /** Puts `value` under `secretKey` at a random path of the document (creating objects on the way). */
  function plant(document: unknown, path: readonly number[], secretKey: string, value: unknown): unknown {
    if (path.length === 0 || document === null || typeof document !== 'object') {
      const holder: Record<string, unknown> =
        document !== null && typeof document === 'object' && !Array.isArray(document) ? { ...document } : {};
      holder[secretKey] = value;
      return holder;
    }
    const [step, ...rest] = path;
    if (Array.isArray(document)) {
      if (document.length === 0) return [plant(null, rest, secretKey, value)];
      const copy = [...document];
      const i = (step ?? 0) % copy.length;
      copy[i] = plant(copy[i], rest, secretKey, value);
      return copy;
    }
    const record = { ...(document as Record<string, unknown>) };
    const keys = Object.keys(record);
    if (keys.length === 0) return plant(null, [], secretKey, value);
    const k = keys[(step ?? 0) % keys.length] ?? '';
    record[k] = plant(record[k], rest, secretKey, value);
    return record;
  }

  it('holds for random documents, depths and secret shapes', () => {
    fc.assert(
      fc.property(
        doc,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.constantFrom('password', 'cardNumber'),
        secret,
        fc.constantFrom('plain', 'nested', 'array'),
        (document, path, secretKey, s, shape) => {
          const value = shape === 'plain' ? s : shape === 'nested' ? { inner: s, more: [s] } : [s, { x: s }];
          const planted = plant(document, path, secretKey, value);
          const out = redactJsonText(JSON.stringify(planted), rules);
          expect(out).not.toContain(s);
          expect(() => JSON.parse(out) as unknown).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('redactHistoryEvents', () => {
  const t = new Date(0);
  const secretInput = JSON.stringify({ password: 'S1', ok: 1 });
  const events: HistoryEventRecord[] = [
    { id: 1, type: 'ExecutionStarted', timestamp: t, executionStartedEventDetails: { input: secretInput, roleArn: 'arn:role' } },
    { id: 2, type: 'TaskStateEntered', timestamp: t, stateEnteredEventDetails: { name: 'Pay', input: secretInput } },
    {
      id: 3,
      type: 'TaskScheduled',
      timestamp: t,
      taskScheduledEventDetails: {
        resource: 'invoke',
        resourceType: 'lambda',
        region: 'eu-west-1',
        parameters: JSON.stringify({ Payload: { cardNumber: 'S2' } }),
      },
    },
    { id: 4, type: 'LambdaFunctionScheduled', timestamp: t, lambdaFunctionScheduledEventDetails: { input: secretInput } },
    { id: 5, type: 'ActivityScheduled', timestamp: t, activityScheduledEventDetails: { input: secretInput } },
    { id: 6, type: 'TaskSucceeded', timestamp: t, taskSucceededEventDetails: { output: JSON.stringify({ Payload: { password: 'S3' } }) } },
    { id: 7, type: 'ActivitySucceeded', timestamp: t, activitySucceededEventDetails: { output: secretInput } },
    { id: 8, type: 'LambdaFunctionSucceeded', timestamp: t, lambdaFunctionSucceededEventDetails: { output: secretInput } },
    {
      id: 9,
      type: 'TaskStateExited',
      timestamp: t,
      stateExitedEventDetails: {
        name: 'Pay',
        output: secretInput,
        assignedVariables: { password: '"S4"', creds: '{"password":"S5","user":"u"}', n: '3' },
      },
    },
    {
      id: 10,
      type: 'TaskFailed',
      timestamp: t,
      taskFailedEventDetails: { error: 'Lambda.Unknown', cause: JSON.stringify({ errorMessage: 'bad', request: { password: 'S6' } }) },
    },
    {
      id: 11,
      type: 'ExecutionFailed',
      timestamp: t,
      executionFailedEventDetails: { error: 'States.TaskFailed', cause: 'the password was wrong' },
    },
    { id: 12, type: 'MapStateEntered', timestamp: t, stateEnteredEventDetails: { name: 'Each', input: '[{"password":"S7"}]' } },
    { id: 13, type: 'ParallelStateExited', timestamp: t, stateExitedEventDetails: { name: 'Both', output: '[{"cardNumber":"S8"}]' } },
    {
      id: 14,
      type: 'ExecutionSucceeded',
      timestamp: t,
      executionSucceededEventDetails: { output: '{"password":"S9","ou', outputDetails: { truncated: true } },
    },
    // An event type newer than this code: a JSON-looking field of its details is still redacted.
    { id: 15, type: 'FutureThing', timestamp: t, ...({ futureThingEventDetails: { payload: '{"password":"S10"}' } } as object) },
  ];

  it('leaves no secret in any payload field of any event type', () => {
    const out = redactHistoryEvents(events, rules);
    const text = JSON.stringify(out);
    for (const s of ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10']) expect(text).not.toContain(`"${s}"`);
    expect(out[8]?.stateExitedEventDetails?.assignedVariables).toEqual({
      password: JSON.stringify(REDACTED),
      creds: JSON.stringify({ password: REDACTED, user: 'u' }),
      n: '3',
    });
    expect(out[13]?.executionSucceededEventDetails?.output).toBe(JSON.stringify(WITHHELD_UNCHECKED));
    // Plain-text causes are messages, kept; names and ARNs are kept.
    expect(out[10]?.executionFailedEventDetails?.cause).toBe('the password was wrong');
    expect(out[0]?.executionStartedEventDetails?.roleArn).toBe('arn:role');
    expect(out[2]?.taskScheduledEventDetails?.region).toBe('eu-west-1');
  });

  it('returns unchanged events as they are and does not modify its input', () => {
    const before = JSON.stringify(events);
    const out = redactHistoryEvents(events, compileRedactionRules(['$..nothingHere']));
    expect(out.filter((e, i) => e !== events[i]).map((e) => e.id)).toEqual([]);
    redactHistoryEvents(events, rules);
    expect(JSON.stringify(events)).toBe(before);
  });
});

describe('redactHistoryEvents on a 25,000-event history (the Standard limit)', () => {
  it('redacts every payload within a few seconds', () => {
    const t = new Date(0);
    const payload = (i: number) =>
      JSON.stringify({
        orderId: `ord-${i}`,
        customer: { id: `cus-${i % 977}`, email: `customer${i}@example.com`, password: `pw-${i}` },
        items: Array.from({ length: 4 }, (_, k) => ({ sku: `SKU-${k}`, card: `card-${i}-${k}`, qty: k })),
        note: 'gift wrap, leave at the door if nobody answers',
      });
    const events: HistoryEventRecord[] = Array.from({ length: 25_000 }, (_, i) =>
      i % 2 === 0
        ? { id: i + 1, type: 'TaskStateEntered', timestamp: t, stateEnteredEventDetails: { name: 'Pay', input: payload(i) } }
        : { id: i + 1, type: 'TaskSucceeded', timestamp: t, taskSucceededEventDetails: { output: JSON.stringify({ ok: true, n: i }) } },
    );
    const started = performance.now();
    const out = redactHistoryEvents(events, rules);
    const ms = performance.now() - started;
    console.info(`redactHistoryEvents: 25,000 events (12,500 payloads to redact) in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
    const text = JSON.stringify(out);
    expect(text).not.toContain('pw-1');
    expect(text).not.toContain('@example.com');
    expect(text).not.toContain('card-2');
  });
});
