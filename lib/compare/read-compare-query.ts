/** An execution ARN, Standard or Express (`:express:`), as the CLI accepts it. */
const EXECUTION_ARN = /^arn:[\w-]+:states:[^:]*:\d*:(execution|express):[^:\s]+:[^\s]+$/;

export type CompareQuery =
  { kind: 'empty' } | { kind: 'invalid'; message: string; a?: string; b?: string } | { kind: 'valid'; a: string; b: string };

/** Longer values are cut in messages. */
const SHOWN = 200;
const shown = (value: string) => (value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value);

/**
 * Reads /compare's `a` and `b`: neither (the form), both execution ARNs, or what is wrong with them.
 * Values are already trimmed (readSearchParam).
 */
export function readCompareQuery(a: string | undefined, b: string | undefined): CompareQuery {
  if (!a && !b) return { kind: 'empty' };
  const problems: string[] = [];
  for (const [name, value] of [
    ['A', a],
    ['B', b],
  ] as const) {
    if (!value) problems.push(`Execution ${name} is missing: give two execution ARNs (?a=…&b=…).`);
    else if (!EXECUTION_ARN.test(value)) problems.push(`Execution ${name} is not an execution ARN: "${shown(value)}".`);
  }
  if (problems.length > 0 || !a || !b) return { kind: 'invalid', message: problems.join(' '), ...(a && { a }), ...(b && { b }) };
  return { kind: 'valid', a, b };
}
