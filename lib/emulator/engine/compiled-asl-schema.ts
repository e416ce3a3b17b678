import { createRequire } from 'node:module';

/**
 * asl-validator builds a new Ajv and compiles its fifteen JSON schemas on every call (0.1–0.3 s on a
 * quiet machine, over a second on a loaded one), which made every new definition — CreateStateMachine,
 * UpdateStateMachine, TestState — slow. This compiles them once and answers the same errors: the
 * library's schema step is swapped for one that reuses the compiled schemas, for the options the
 * emulator uses; any other options still go to the library's own step.
 */

/** An error as asl-validator's schema step reports it. */
export interface SchemaStepError {
  'Error code': string;
  Message: string;
  schemaError: { instancePath: string; schemaPath: string };
}

interface SchemaStepOptions {
  checkPaths?: boolean;
  checkArn?: boolean;
}

type SchemaStep = (definition: unknown, options: SchemaStepOptions) => SchemaStepError[];

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
}

interface CompiledValidator {
  validate(schemaId: string, data: unknown): boolean;
  errors?: AjvError[] | null;
  addFormat(name: string, format: (value: string) => boolean): unknown;
}

type AjvConstructor = new (options: { schemas: unknown[]; allowUnionTypes: boolean }) => CompiledValidator;

const SCHEMA_FILES = [
  'common',
  'paths',
  'jsonata',
  'choice',
  'fail',
  'parallel',
  'pass',
  'base-state-machine',
  'state-machine',
  'state',
  'succeed',
  'task',
  'wait',
  'map',
  'errors',
];
const ROOT_SCHEMA = 'http://asl-validator.cloud/state-machine.json#';

// Modules are resolved as asl-validator resolves them, so its Ajv and formats are the ones used.
const requireFromValidator = createRequire(createRequire(import.meta.url).resolve('asl-validator'));

function defaultExport<T>(loaded: unknown): T {
  const exported = loaded as { default?: T };
  return exported.default ?? (loaded as T);
}

function isJsonataExpression(parse: (expression: string) => unknown, value: string): boolean {
  let expression = value.trim();
  if (expression.startsWith('{%')) expression = expression.slice(2);
  if (expression.endsWith('%}')) expression = expression.slice(0, -2);
  try {
    parse(expression);
    return true;
  } catch {
    return false;
  }
}

function compileValidator(): CompiledValidator {
  const Ajv = defaultExport<AjvConstructor>(requireFromValidator('ajv'));
  const addFormats = defaultExport<(ajv: CompiledValidator) => void>(requireFromValidator('ajv-formats'));
  const parseJsonata = defaultExport<(expression: string) => unknown>(requireFromValidator('jsonata'));
  const { registerAll } = requireFromValidator('asl-path-validator') as { registerAll: (ajv: CompiledValidator) => void };
  const schemas = SCHEMA_FILES.map((name) => requireFromValidator(`./schemas/${name}.json`) as unknown);
  const ajv = new Ajv({ schemas, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addFormat('jsonata_string', (value) => isJsonataExpression(parseJsonata, value));
  ajv.addFormat('maybe_jsonata_string', (value) => {
    const trimmed = value.trim();
    return trimmed.startsWith('{%') || trimmed.endsWith('%}') ? isJsonataExpression(parseJsonata, trimmed) : true;
  });
  registerAll(ajv);
  // The emulator checks ARNs itself, with AWS's wording, when a task runs.
  ajv.addFormat('asl_arn', () => true);
  return ajv;
}

let compiled: CompiledValidator | undefined;

/**
 * The schema errors a user should see: only those at the deepest place in the definition (a oneOf
 * reports a mismatch on every alternative above it), where a oneOf failed only that oneOf, each once.
 */
function reportedErrors(errors: readonly AjvError[]): SchemaStepError[] {
  const depth = (error: AjvError) => error.instancePath.split('/').length;
  const deepest = Math.max(...errors.map(depth));
  const atDeepest = errors.filter((error) => depth(error) === deepest);
  const oneOfPaths = new Set(atDeepest.filter((error) => error.keyword === 'oneOf').map((error) => error.instancePath));
  const seen = new Set<string>();
  const reported: SchemaStepError[] = [];
  for (const error of atDeepest) {
    if (error.keyword !== 'oneOf' && oneOfPaths.has(error.instancePath)) continue;
    const schemaPath = decodeURIComponent(error.schemaPath);
    const key = JSON.stringify([schemaPath, error.instancePath]);
    if (seen.has(key)) continue;
    seen.add(key);
    reported.push({
      'Error code': 'SCHEMA_VALIDATION_FAILED',
      Message: `${error.instancePath} is invalid. ${error.message ?? ''}`,
      schemaError: { instancePath: error.instancePath, schemaPath },
    });
  }
  return reported;
}

/** The schema step for `{ checkPaths: true, checkArn: false }`, with schemas compiled once. */
export function compiledSchemaErrors(definition: unknown): SchemaStepError[] {
  compiled ??= compileValidator();
  if (compiled.validate(ROOT_SCHEMA, definition)) return [];
  return reportedErrors(compiled.errors ?? []);
}

interface SchemaChecksModule {
  jsonSchemaErrors?: unknown;
}

function schemaChecksModule(): SchemaChecksModule | undefined {
  try {
    const checks = requireFromValidator('./checks/json-schema-errors') as SchemaChecksModule;
    return typeof checks.jsonSchemaErrors === 'function' ? checks : undefined;
  } catch {
    return undefined;
  }
}

/** asl-validator's own schema step, kept when it is swapped out. */
let libraryStep: SchemaStep | undefined;

/** asl-validator's own schema step (a new Ajv per call), for comparing answers. */
export function librarySchemaErrors(definition: unknown, options: SchemaStepOptions): SchemaStepError[] {
  const step = libraryStep ?? (schemaChecksModule()?.jsonSchemaErrors as SchemaStep | undefined);
  if (!step) throw new Error('asl-validator has no schema step where this module expects it');
  return step(definition, options);
}

/**
 * Points asl-validator's schema step at `compiledSchemaErrors` for the emulator's options. Returns
 * false, leaving the library as it is, if its layout is not the one this was written against.
 */
export function installCompiledAslSchemas(): boolean {
  if (libraryStep) return true;
  const checks = schemaChecksModule();
  if (!checks) return false;
  const original = checks.jsonSchemaErrors as SchemaStep;
  const replacement: SchemaStep = (definition, options) =>
    options.checkPaths === true && options.checkArn === false ? compiledSchemaErrors(definition) : original(definition, options);
  libraryStep = original;
  checks.jsonSchemaErrors = replacement;
  return true;
}
