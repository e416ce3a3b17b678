import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

/**
 * Hostile HTTP requests for the emulator's API fuzz. A generated value is a recipe (operation, which
 * field got which wrong value, which seed definition and which mutation), so fast-check prints and
 * shrinks something a person can read; `toHttpRequest` turns it into the request that is sent.
 */

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/DummyRole';
/** Made by the fuzz test before it starts; recipes refer to them so that some requests reach deep into the actions. */
export const FIXED = {
  machineName: 'fuzz-fixed',
  machineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:fuzz-fixed',
  expressArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:fuzz-express',
  executionArn: 'arn:aws:states:us-east-1:123456789012:execution:fuzz-fixed:fuzz-run',
};

const SEED_DIR = new URL('../../../lib/seeds/definitions/', import.meta.url);
const INLINE_SEEDS: unknown[] = [
  {
    StartAt: 'P',
    States: { P: { Type: 'Pass', Result: { a: 1 }, ResultPath: '$.r', Next: 'W' }, W: { Type: 'Wait', Seconds: 0, End: true } },
  },
  {
    StartAt: 'C',
    States: {
      C: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 1, Next: 'M' }], Default: 'F' },
      M: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true },
      F: { Type: 'Fail', Error: 'E', Cause: 'c' },
    },
  },
  {
    QueryLanguage: 'JSONata',
    StartAt: 'J',
    States: { J: { Type: 'Pass', Output: '{% $states.input %}', Assign: { x: '{% 1 + 1 %}' }, End: true } },
  },
  {
    StartAt: 'Par',
    States: {
      Par: {
        Type: 'Parallel',
        Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'v.$': "States.Format('{}', $.n)" }, End: true } } }],
        End: true,
      },
    },
  },
];

/** The seed workflows' definitions plus a few covering each state type and JSONata. */
export function loadSeedDefinitions(): unknown[] {
  const files = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return [...files.map((f) => JSON.parse(readFileSync(new URL(f, SEED_DIR), 'utf8')) as unknown), ...INLINE_SEEDS];
}

export interface HttpRequestSpec {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** How fast-check prints a request in a counterexample: what it is and the start of its body. */
function describeRequest(this: HostileRequest): string {
  const body = this.spec.body.toString('utf8');
  const shown = body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body;
  return `${this.kind} [${this.recipe}] ${this.spec.method} ${this.spec.path} ${JSON.stringify(this.spec.headers)} ${JSON.stringify(shown)}`;
}

function request(kind: string, recipe: string, spec: HttpRequestSpec): HostileRequest {
  return Object.assign({ kind, recipe, spec }, { [fc.toStringMethod]: describeRequest });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const nested = (levels: number, leaf: string = '1') => '['.repeat(levels) + leaf + ']'.repeat(levels);
const nestedObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

/** A value of the wrong kind, or of the right kind but absurd. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Json>(
      null,
      '',
      ' ',
      0,
      -1,
      1.5,
      1e308,
      -0,
      true,
      false,
      [],
      {},
      [null],
      { a: null },
      '\u0000',
      'a/b',
      '::::',
      'arn:aws:states:::',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 400_000 }).map((n) => 'x'.repeat(n)) },
  // Past the emulator's 1,000 levels, yet shallow enough for JSON.stringify to write the body.
  { weight: 1, arbitrary: fc.integer({ min: 900, max: 2_500 }).map((n) => JSON.parse(nested(n)) as Json) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Definition text: a seed mutated at one node, deeply nested, huge, or not JSON at all. */
function definitionText(seeds: unknown[]): fc.Arbitrary<{ recipe: string; text: string }> {
  const mutated = fc
    .record({
      seed: fc.nat({ max: seeds.length - 1 }),
      node: fc.nat(),
      op: fc.constantFrom('delete', 'replace', 'retype', 'deepen', 'rename-next', 'keep'),
      value: hostileValue,
    })
    .map(({ seed, node, op, value }) => {
      const definition = structuredClone(seeds[seed]) as Json;
      const text = JSON.stringify(mutateAt(definition, node, op, value));
      return { recipe: `seed ${seed} ${op} node ${node}`, text };
    });
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 990, max: 6_000 }).map((n) => ({
        recipe: `Pass Result nested ${n}`,
        text: `{"StartAt":"P","States":{"P":{"Type":"Pass","Result":${nestedObject(n)},"End":true}}}`,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 5, max: 60 }).map((n) => ({ recipe: `${n} nested Parallel states`, text: nestedParallels(n) })),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((text) => ({ recipe: 'random text', text })) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 1_200_000 }).map((n) => ({
        recipe: `Comment of ${n} chars`,
        text: JSON.stringify({ Comment: 'c'.repeat(n), StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }),
      })),
    },
  );
}

/** Parallel states nested `levels` deep, which asl-validator alone took minutes to check from 25 levels. */
function nestedParallels(levels: number): string {
  let machine = '{"StartAt":"Leaf","States":{"Leaf":{"Type":"Succeed"}}}';
  for (let i = 0; i < levels; i++)
    machine = `{"StartAt":"P${i}","States":{"P${i}":{"Type":"Parallel","Branches":[${machine}],"End":true}}}`;
  return machine;
}

/** Applies one mutation to the `node`-th object/array member of the tree (depth-first), in place. */
function mutateAt(root: Json, node: number, op: string, value: Json): Json {
  const slots: Array<{ holder: Json[] | { [key: string]: Json }; key: string | number }> = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (Array.isArray(item)) {
      item.forEach((child, i) => {
        slots.push({ holder: item, key: i });
        stack.push(child);
      });
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        slots.push({ holder: item, key });
        stack.push(child);
      }
    }
  }
  const slot = slots[node % slots.length];
  if (slot === undefined || op === 'keep') return root;
  const { holder, key } = slot;
  const current = (holder as Record<string | number, Json | undefined>)[key];
  if (current === undefined) throw new Error(`hostile-requests: slot ${String(key)} has no value`);
  const set = (v: Json) => {
    (holder as Record<string | number, Json>)[key] = v;
  };
  switch (op) {
    case 'delete':
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key as string];
      break;
    case 'replace':
      set(value);
      break;
    case 'retype':
      set(typeof current === 'string' ? 42 : String(JSON.stringify(current)).slice(0, 20));
      break;
    case 'deepen':
      set(JSON.parse(nested(1_200, JSON.stringify(current ?? null))) as Json);
      break;
    case 'rename-next':
      set(typeof current === 'string' ? `${current}-missing` : current);
      break;
  }
  return root;
}

const OPERATIONS = [
  'CreateStateMachine',
  'StartExecution',
  'DescribeExecution',
  'GetExecutionHistory',
  'ListExecutions',
  'StartSyncExecution',
  'UpdateStateMachine',
  'StopExecution',
  'DescribeStateMachine',
  'ListStateMachines',
] as const;

/** A valid body for each operation, which a recipe then breaks in one field. */
function baseBody(operation: string, n: number): { [key: string]: Json } {
  switch (operation) {
    case 'CreateStateMachine':
      return {
        name: `fz-${n}`,
        definition: '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}',
        roleArn: ROLE_ARN,
        type: 'STANDARD',
      };
    case 'StartExecution':
      return { stateMachineArn: FIXED.machineArn, name: `run-${n}`, input: '{"n":2,"items":[1,2]}' };
    case 'StartSyncExecution':
      return { stateMachineArn: FIXED.expressArn, input: '{"n":2}' };
    case 'DescribeExecution':
    case 'StopExecution':
      return { executionArn: FIXED.executionArn };
    case 'GetExecutionHistory':
      return { executionArn: FIXED.executionArn, maxResults: 10, reverseOrder: false, includeExecutionData: true };
    case 'ListExecutions':
      return { stateMachineArn: FIXED.machineArn, statusFilter: 'SUCCEEDED', maxResults: 5 };
    case 'UpdateStateMachine':
      return { stateMachineArn: FIXED.machineArn, definition: '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}' };
    case 'DescribeStateMachine':
      return { stateMachineArn: FIXED.machineArn };
    default:
      return { maxResults: 10 };
  }
}

export type HostileRequest = { kind: string; recipe: string; spec: HttpRequestSpec };

const JSON_HEADERS = { 'Content-Type': 'application/x-amz-json-1.0' };

function post(target: string, body: string | Buffer, headers: Record<string, string> = JSON_HEADERS): HttpRequestSpec {
  return {
    method: 'POST',
    path: '/',
    headers: { ...headers, 'X-Amz-Target': target },
    body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
  };
}

/** Every kind of hostile request the fuzz sends. */
export function hostileRequest(seeds: unknown[]): fc.Arbitrary<HostileRequest> {
  const operation = fc.constantFrom(...OPERATIONS);
  const serial = fc.nat({ max: 1_000_000 });

  const wrongField = fc
    .record({ operation, n: serial, pick: fc.nat(), value: hostileValue, drop: fc.boolean() })
    .map(({ operation: op, n, pick, value, drop }) => {
      const body = baseBody(op, n);
      const keys = Object.keys(body);
      const key = keys[pick % keys.length]!;
      if (drop) delete body[key];
      else body[key] = value;
      return request(
        'wrong field',
        `${op} ${drop ? 'without' : 'with a bad'} ${key}`,
        post(`AWSStepFunctions.${op}`, JSON.stringify(body)),
      );
    });

  const definitions = fc
    .record({ def: definitionText(seeds), n: serial, update: fc.boolean(), type: fc.constantFrom('STANDARD', 'EXPRESS') })
    .map(({ def, n, update, type }) => {
      const body = update
        ? { stateMachineArn: FIXED.machineArn, definition: def.text }
        : { name: `def-${n}`, definition: def.text, roleArn: ROLE_ARN, type };
      const op = update ? 'UpdateStateMachine' : 'CreateStateMachine';
      return request('definition', `${op}: ${def.recipe}`, post(`AWSStepFunctions.${op}`, JSON.stringify(body)));
    });

  const inputs = fc
    .record({
      input: fc.oneof(
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        fc.integer({ min: 900, max: 30_000 }).map((n) => nested(n)),
        fc.string({ maxLength: 30 }),
        fc.integer({ min: 200_000, max: 300_000 }).map((n) => JSON.stringify({ s: 'y'.repeat(n) })),
        fc.integer({ min: 1_000, max: 40_000 }).map((n) => JSON.stringify({ s: nestedObject(n) })),
      ),
      sync: fc.boolean(),
    })
    .map(({ input, sync }) => {
      const op = sync ? 'StartSyncExecution' : 'StartExecution';
      const body = { stateMachineArn: sync ? FIXED.expressArn : FIXED.machineArn, input };
      return request('input', `${op} with an input of ${input.length} chars`, post(`AWSStepFunctions.${op}`, JSON.stringify(body)));
    });

  const garbled = fc
    .record({
      operation,
      n: serial,
      how: fc.constantFrom('truncate', 'append', 'array', 'number', 'string', 'binary', 'empty', 'deep', 'bom', 'duplicate-keys', 'huge'),
      cut: fc.nat(),
      noise: fc.string({ maxLength: 20 }),
      bytes: fc.uint8Array({ maxLength: 64 }),
    })
    .map(({ operation: op, n, how, cut, noise, bytes }) => {
      const valid = JSON.stringify(baseBody(op, n));
      const bodies: Record<string, () => string | Buffer> = {
        truncate: () => valid.slice(0, cut % Math.max(1, valid.length)),
        append: () => valid + noise,
        array: () => `[${valid}]`,
        number: () => '42',
        string: () => JSON.stringify(noise),
        binary: () => Buffer.from(bytes),
        empty: () => '',
        deep: () => `{"x":${nested(50_000)}}`,
        bom: () => `\uFEFF${valid}`,
        'duplicate-keys': () => `${valid.slice(0, -1)},${valid.slice(1)}`,
        huge: () => `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`,
      };
      return request('garbled body', `${op} body ${how}`, post(`AWSStepFunctions.${op}`, bodies[how]!()));
    });

  const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });
  const badTarget = fc
    .record({
      target: fc.oneof(
        printable,
        printable.map((s) => `AWSStepFunctions.${s}`),
        printable.map((s) => `Logs_20140328.${s}`),
        fc.constantFrom(
          'AWSStepFunctions.',
          'AWSStepFunctions.__proto__',
          'AWSStepFunctions.constructor',
          'Logs_20140328.hasOwnProperty',
          'awsstepfunctions.ListStateMachines',
          'AWSStepFunctions.ListStateMachines ',
        ),
      ),
      method: fc.constantFrom('POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
      path: fc.constantFrom('/', '/x', '//', '/?Action=ListStateMachines', '/health', '/%ZZ'),
      contentType: fc.constantFrom(
        'application/x-amz-json-1.0',
        'application/x-amz-json-1.1',
        'application/json',
        'text/plain',
        'multipart/form-data; boundary=x',
        '',
      ),
      body: fc.oneof(
        fc.constant('{}'),
        fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      ),
    })
    .map(({ target, method, path, contentType, body }) => {
      const headers: Record<string, string> = { 'X-Amz-Target': target };
      if (contentType) headers['Content-Type'] = contentType;
      return request('bad target or headers', `${method} ${path} ${JSON.stringify(target)} ${contentType}`, {
        method,
        path,
        headers,
        body: Buffer.from(body),
      });
    });

  const logs = fc
    .record({
      op: fc.constantFrom('CreateLogGroup', 'PutLogEvents', 'FilterLogEvents', 'GetLogEvents', 'DescribeLogStreams'),
      value: hostileValue,
      key: fc.constantFrom('logGroupName', 'logStreamName', 'logEvents', 'filterPattern', 'limit'),
    })
    .map(({ op, value, key }) =>
      request(
        'logs',
        `Logs ${op} with a bad ${key}`,
        post(`Logs_20140328.${op}`, JSON.stringify({ logGroupName: '/fuzz', logStreamName: 's', [key]: value }), {
          'Content-Type': 'application/x-amz-json-1.1',
        }),
      ),
    );

  return fc.oneof(
    { weight: 5, arbitrary: wrongField },
    { weight: 4, arbitrary: definitions },
    { weight: 2, arbitrary: inputs },
    { weight: 3, arbitrary: garbled },
    { weight: 2, arbitrary: badTarget },
    { weight: 1, arbitrary: logs },
  );
}
