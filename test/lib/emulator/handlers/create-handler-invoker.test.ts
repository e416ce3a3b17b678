import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FunctionNotFound, TaskFailure } from '@/lib/emulator/engine/types';
import type { TaskInvocation } from '@/lib/emulator/engine/types';
import { createHandlerInvoker } from '@/lib/emulator/handlers/create-handler-invoker';
import type { LambdaInvocationLog } from '@/lib/emulator/logs/to-lambda-log-messages';

const LAMBDA_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let handlersDir: string;

function invocation(functionName: string, payload: unknown = {}, overrides: Partial<TaskInvocation> = {}): TaskInvocation {
  return {
    resource: `${LAMBDA_ARN}${functionName}`,
    functionName,
    payload,
    stateName: 'Task',
    executionArn: 'arn:aws:states:us-east-1:123456789012:execution:machine:run-1',
    signal: new AbortController().signal,
    ...overrides,
  };
}

async function failureOf(promise: Promise<unknown>): Promise<TaskFailure> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TaskFailure);
  return error as TaskFailure;
}

beforeAll(() => {
  handlersDir = mkdtempSync(path.join(tmpdir(), 'statescope-handlers-'));
  const files: Record<string, string> = {
    'namedAsync.mjs': 'export async function handler(event) { return { doubled: event.n * 2 }; }',
    'defaultSync.js':
      'export default function (event, context) { return { name: context.functionName, arn: context.invokedFunctionArn }; }',
    'commonJs.cjs': 'module.exports.handler = async (event) => ({ greeting: `hello ${event.who}` });',
    'typed.ts': 'export const handler = (event: { a: number; b: number }): number => event.a + event.b;',
    'callbackStyle.js': 'export function handler(event, context, callback) { setTimeout(() => callback(null, { ok: event.ok }), 5); }',
    'callbackError.js':
      'export function handler(event, context, callback) { const e = new Error("via callback"); e.name = "CallbackError"; callback(e); }',
    'classError.mjs':
      'class PaymentDeclinedError extends Error {}\nexport async function handler() { throw new PaymentDeclinedError("card 0002 was declined"); }',
    'plainError.mjs': 'export function handler() { throw new Error("boom"); }',
    'namedError.mjs':
      'export function handler() { const e = new Error("slow down"); e.name = "Lambda.TooManyRequestsException"; throw e; }',
    'bigIntResult.mjs': 'export function handler() { return { total: 10n }; }',
    'circularResult.mjs': 'export function handler() { const o = {}; o.self = o; return o; }',
    'noResult.mjs': 'export function handler() {}',
    'mutatesEvent.mjs': 'export function handler(event) { event.items.push("added"); return event.items.length; }',
    'neverResolves.mjs': 'export function handler() { return new Promise(() => {}); }',
    'countsAndFails.mjs':
      'export function handler() { globalThis.statescopeTestCalls = (globalThis.statescopeTestCalls ?? 0) + 1; throw new Error("too late"); }',
    'failsLater.mjs':
      'export async function handler() { await new Promise((r) => setTimeout(r, 20)); throw new Error("after the abort"); }',
    'noHandler.mjs': 'export const notAHandler = 1;',
    // Same name as a seed handler: the user's own must win.
    'calculateRemainder.mjs': 'export function handler() { return "user override"; }',
  };
  for (const [file, source] of Object.entries(files)) writeFileSync(path.join(handlersDir, file), source);
});

afterAll(() => rmSync(handlersDir, { recursive: true, force: true }));

describe('createHandlerInvoker: finding the handler', () => {
  it('runs a named async handler from an .mjs file', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    await expect(invoker.invoke(invocation('namedAsync', { n: 21 }))).resolves.toEqual({ doubled: 42 });
  });

  it('runs a default-exported sync handler from a .js file and hands it a Lambda context', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    await expect(invoker.invoke(invocation('defaultSync'))).resolves.toEqual({
      name: 'defaultSync',
      arn: 'arn:aws:lambda:us-east-1:123456789012:function:defaultSync',
    });
  });

  it('runs a CommonJS handler from a .cjs file', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    await expect(invoker.invoke(invocation('commonJs', { who: 'Ada' }))).resolves.toEqual({ greeting: 'hello Ada' });
  });

  it('runs a TypeScript handler from a .ts file', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    await expect(invoker.invoke(invocation('typed', { a: 2, b: 3 }))).resolves.toBe(5);
  });

  it('settles a callback-style handler on its callback', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    await expect(invoker.invoke(invocation('callbackStyle', { ok: 'yes' }))).resolves.toEqual({ ok: 'yes' });
    const failure = await failureOf(invoker.invoke(invocation('callbackError')));
    expect(failure.error).toBe('CallbackError');
  });

  it("prefers the user's handler over a seed handler of the same name", async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    await expect(invoker.invoke(invocation('calculateRemainder', { N: 3 }))).resolves.toBe('user override');
  });

  it('falls back to the built-in seed handlers', async () => {
    const invoker = createHandlerInvoker({});
    await expect(invoker.invoke(invocation('calculateRemainder', { N: 7 }))).resolves.toEqual({ N: 7, remainder: 1 });
  });

  it('accepts a function ARN, a qualified name or a partial ARN as the function name', async () => {
    const invoker = createHandlerInvoker({});
    for (const functionName of [
      `${LAMBDA_ARN}calculateRemainder:$LATEST`,
      'calculateRemainder:prod',
      '123456789012:function:calculateRemainder',
    ]) {
      await expect(invoker.invoke(invocation(functionName, { N: 4 }))).resolves.toEqual({ N: 4, remainder: 0 });
    }
  });

  it('throws FunctionNotFound when no directory has the function', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    await expect(invoker.invoke(invocation('doesNotExist'))).rejects.toBeInstanceOf(FunctionNotFound);
  });

  it('never builds a path from a name that is not a Lambda function name', async () => {
    const invoker = createHandlerInvoker({ handlersDir: path.join(handlersDir, 'sub') });
    await expect(invoker.invoke(invocation('../namedAsync'))).rejects.toBeInstanceOf(FunctionNotFound);
  });

  it('reports a module without a handler as Runtime.HandlerNotFound', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    const failure = await failureOf(invoker.invoke(invocation('noHandler')));
    expect(failure.error).toBe('Runtime.HandlerNotFound');
    expect(JSON.parse(failure.causeText).errorMessage).toContain('noHandler.mjs exports no handler');
  });
});

describe('createHandlerInvoker: errors as Lambda reports them', () => {
  it('names the error after its class and writes the cause in the key order Lambda uses', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    const failure = await failureOf(invoker.invoke(invocation('classError')));
    expect(failure.error).toBe('PaymentDeclinedError');
    const cause = JSON.parse(failure.causeText) as Record<string, unknown>;
    expect(Object.keys(cause)).toEqual(['errorMessage', 'errorType', 'requestId', 'stackTrace']);
    expect(cause.errorMessage).toBe('card 0002 was declined');
    expect(cause.errorType).toBe('PaymentDeclinedError');
    expect(cause.requestId).toMatch(UUID);
    expect(cause.stackTrace).toEqual(expect.arrayContaining([expect.stringContaining('classError.mjs')]));
  });

  it('reports a plain Error as "Error" and an explicit name as that name', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    expect((await failureOf(invoker.invoke(invocation('plainError')))).error).toBe('Error');
    expect((await failureOf(invoker.invoke(invocation('namedError')))).error).toBe('Lambda.TooManyRequestsException');
  });

  it('spaces the cause like the recorded direct-ARN causes and compacts it for lambda:invoke', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    const direct = await failureOf(invoker.invoke(invocation('plainError')));
    expect(direct.causeText).toMatch(/^\{"errorMessage": "boom", "errorType": "Error", "requestId": "[0-9a-f-]{36}", "stackTrace": \[/);
    const service = await failureOf(invoker.invoke(invocation('plainError', {}, { resource: 'arn:aws:states:::lambda:invoke' })));
    expect(service.causeText).toMatch(/^\{"errorMessage":"boom","errorType":"Error","requestId":"[0-9a-f-]{36}","stackTrace":\[/);
  });

  it('fails with Runtime.MarshalError when the result is not JSON-serialisable', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    for (const name of ['bigIntResult', 'circularResult']) {
      const failure = await failureOf(invoker.invoke(invocation(name)));
      expect(failure.error).toBe('Runtime.MarshalError');
      expect(JSON.parse(failure.causeText).errorMessage).toMatch(/^Unable to marshal response: /);
    }
  });

  it('returns null for a handler that returns nothing, as Lambda does', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    await expect(invoker.invoke(invocation('noResult'))).resolves.toBeNull();
  });

  it("hands the handler a copy of the payload, so it cannot change the engine's data", async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    const payload = { items: ['a'] };
    await expect(invoker.invoke(invocation('mutatesEvent', payload))).resolves.toBe(2);
    expect(payload).toEqual({ items: ['a'] });
  });
});

describe('createHandlerInvoker: abort', () => {
  it('stops waiting for a handler when the signal aborts', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    const controller = new AbortController();
    const pending = invoker.invoke(invocation('neverResolves', {}, { signal: controller.signal }));
    controller.abort({ error: 'Stopped' });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('does not call a handler whose task was aborted while its module loaded', async () => {
    // Before, the handler ran anyway and its failure was an unhandled rejection that ended the process
    // (a Parallel whose Lambda branches fail together).
    const invoker = createHandlerInvoker({ handlersDir });
    const controller = new AbortController();
    const pending = invoker.invoke(invocation('countsAndFails', {}, { signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((globalThis as { statescopeTestCalls?: number }).statescopeTestCalls).toBeUndefined();
  });

  it('leaves no unhandled rejection when a handler fails after its task was aborted', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    await invoker.invoke(invocation('failsLater', {})).catch(() => undefined);
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const controller = new AbortController();
      const pending = invoker.invoke(invocation('failsLater', {}, { signal: controller.signal }));
      await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('does not start a handler when the signal is already aborted', async () => {
    const invoker = createHandlerInvoker({ handlersDir });
    const controller = new AbortController();
    controller.abort();
    await expect(invoker.invoke(invocation('namedAsync', { n: 1 }, { signal: controller.signal }))).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('createHandlerInvoker with a Lambda log sink', () => {
  it("writes each invocation's console lines, its request id (the one in the error cause) and a thrown error", async () => {
    const logs: LambdaInvocationLog[] = [];
    const invoker = createHandlerInvoker({ lambdaLogs: { write: (log) => logs.push(log) } });
    const payment = { orderId: 'ORD-9', items: [{ sku: 'A', quantity: 1, unitPrice: 10 }], payment: { amount: 10, cardLast4: '0002' } };
    const failure = await failureOf(invoker.invoke(invocation('VerifyPaymentFunction', payment)));
    await vi.waitFor(() => expect(logs).toHaveLength(1));
    const [log] = logs;
    const cause = JSON.parse(failure.causeText) as { requestId: string };
    expect(log).toMatchObject({
      region: 'us-east-1',
      functionName: 'VerifyPaymentFunction',
      requestId: cause.requestId,
      error: { errorType: 'PaymentVerificationFailed', errorMessage: 'Payment for order ORD-9 was declined: card declined by issuer' },
    });
    expect(log?.logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(log?.lines.map((line) => [line.level, line.text])).toEqual([
      ['INFO', 'Verifying payment for order ORD-9'],
      ['ERROR', 'Gateway declined card ending 0002: card declined by issuer'],
    ]);
  });
});
