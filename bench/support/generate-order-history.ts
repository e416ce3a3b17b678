/** A realistic large history for the benches: order lines through a Map, each charged by a Lambda. */
function order(i: number) {
  return {
    orderId: `ord-${100_000 + i}`,
    customer: { id: `cus-${i % 977}`, email: `customer${i % 977}@example.com`, tier: i % 5 === 0 ? 'gold' : 'standard' },
    currency: 'EUR',
    lines: Array.from({ length: 3 + (i % 4) }, (_, k) => ({
      sku: `SKU-${(i * 7 + k) % 5000}`,
      qty: 1 + ((i + k) % 3),
      unitPrice: Math.round(((i * 13 + k * 7) % 20_000) + 99) / 100,
      note: 'gift wrap, leave at the door if nobody answers',
    })),
    shipping: { street: `${i % 300} Long Street`, city: 'Lyon', postcode: `690${i % 10}${i % 7}`, country: 'FR' },
  };
}

/**
 * A Map over order lines whose iterations call a Lambda (1 in 12 retried once), as
 * `aws stepfunctions get-execution-history` prints it: about `eventTarget` events (25,000, the
 * Standard limit, is 17.6 MB).
 */
export function generateOrderHistoryText(eventTarget = 25_000): string {
  const events: Record<string, unknown>[] = [];
  const t0 = Date.UTC(2026, 2, 10, 9) / 1000;
  const push = (type: string, prev: number, key: string | null, details?: Record<string, unknown>) => {
    const id = events.length + 1;
    const event: Record<string, unknown> = { id, previousEventId: prev, timestamp: t0 + id * 0.013, type };
    if (key) event[key] = details;
    events.push(event);
    return id;
  };
  const json = (v: unknown) => JSON.stringify(v);
  const nt = { truncated: false };
  const lambda = { resourceType: 'lambda', resource: 'invoke' };
  push('ExecutionStarted', 0, 'executionStartedEventDetails', {
    input: json({ batch: 'b-1' }),
    inputDetails: nt,
    roleArn: 'arn:aws:iam::123456789012:role/orders',
  });
  const entered = push('MapStateEntered', 0, 'stateEnteredEventDetails', {
    name: 'ProcessOrders',
    input: json({ batch: 'b-1' }),
    inputDetails: nt,
  });
  const started = push('MapStateStarted', entered, 'mapStateStartedEventDetails', { length: 2700 });
  let lastEnd = started;
  for (let i = 0; events.length < eventTarget - 12; i++) {
    const input = json(order(i));
    const it = push('MapIterationStarted', started, 'mapIterationStartedEventDetails', { index: i, name: 'ProcessOrders' });
    let p = push('TaskStateEntered', it, 'stateEnteredEventDetails', { name: 'ChargeOrder', input, inputDetails: nt });
    const attempts = i % 12 === 0 ? 2 : 1;
    for (let a = 0; a < attempts; a++) {
      p = push('TaskScheduled', p, 'taskScheduledEventDetails', {
        ...lambda,
        region: 'eu-west-1',
        parameters: json({ FunctionName: 'arn:aws:lambda:eu-west-1:123456789012:function:charge', Payload: JSON.parse(input) as unknown }),
        timeoutInSeconds: 30,
      });
      p = push('TaskStarted', p, 'taskStartedEventDetails', lambda);
      if (a < attempts - 1) {
        p = push('TaskFailed', p, 'taskFailedEventDetails', {
          ...lambda,
          error: 'Lambda.TooManyRequestsException',
          cause: json({ errorMessage: 'Rate exceeded', errorType: 'TooManyRequestsException' }),
        });
      }
    }
    const output = json({ ...order(i), charged: true, receipt: `rcpt-${i}` });
    p = push('TaskSucceeded', p, 'taskSucceededEventDetails', {
      ...lambda,
      output: json({ StatusCode: 200, Payload: JSON.parse(output) as unknown }),
      outputDetails: nt,
    });
    p = push('TaskStateExited', p, 'stateExitedEventDetails', { name: 'ChargeOrder', output, outputDetails: nt });
    lastEnd = push('MapIterationSucceeded', p, 'mapIterationSucceededEventDetails', { index: i, name: 'ProcessOrders' });
  }
  const done = push('MapStateSucceeded', lastEnd, null);
  const exited = push('MapStateExited', done, 'stateExitedEventDetails', {
    name: 'ProcessOrders',
    output: json({ ok: true }),
    outputDetails: nt,
  });
  push('ExecutionSucceeded', exited, 'executionSucceededEventDetails', { output: json({ ok: true }), outputDetails: nt });
  return JSON.stringify({ events }, null, 1);
}
