/** The emulator's request body limit is AWS's 4 MB; batches stay just under it. */
const MAX_BODY = 3.9 * 1024 * 1024;

/** Collects SeedMetricData datums (as JSON text) into request bodies under the body limit. */
export function metricDataBodies() {
  const bodies: string[] = [];
  let batch: string[] = [];
  let size = 0;
  const close = () => {
    if (batch.length) bodies.push(`{"MetricData":[${batch.join(',')}]}`);
    batch = [];
    size = 0;
  };
  return {
    push(datum: string): void {
      if (size + datum.length > MAX_BODY) close();
      batch.push(datum);
      size += datum.length + 1;
    },
    /** The bodies, the last batch included. */
    finish(): string[] {
      close();
      return bodies;
    },
  };
}

/** Sends bodies (JSON text or objects) through the emulator-only StatescopeEmulator.SeedMetricData, one call each. */
export async function seedMetricData(endpoint: string, bodies: readonly (string | object)[]): Promise<void> {
  for (const body of bodies) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'StatescopeEmulator.SeedMetricData' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`SeedMetricData answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }
}
