/** Normalized causes longer than this are cut: a group is named by its start. */
export const MAX_NORMALIZED_CAUSE_LENGTH = 300;

/** us-east-1, eu-west-3: fixed names, not ids, though they end in a digit. */
const AWS_REGION = /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;

/**
 * Replacements in order: the specific shapes first (an ARN's execution name, an e-mail, a UUID, a
 * timestamp), numbers last, so that a UUID does not become "<n>-<n>…". No placeholder contains a
 * digit or quote, so later patterns never eat earlier placeholders.
 */
const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string | ((match: string) => string)]> = [
  // arn:aws:states:region:account:execution:Machine:name (also express:…:name:id): the name varies, the machine not.
  [/(arn:[\w-]+:states:[\w-]*:\d*:(?:execution|express):[^:\s"',]+:)[^\s"',)]+/g, '$1<name>'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '<email>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, '<timestamp>'],
  // Epoch seconds (2001..2286) and milliseconds.
  [/\b1\d{9}(?:\d{3})?(?:\.\d+)?\b/g, '<timestamp>'],
  [/\b(?:0x)?(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, '<hex>'],
  // Keys with a prefix: ORD-20483, INV-2024-0713, cus_42, req-7f3a.
  [/\b[A-Za-z]{1,12}(?:[-_][A-Za-z]{1,12})*[-_#]\d[\w-]*/g, (key) => (AWS_REGION.test(key) ? key : '<id>')],
  // Words mixing letters and digits, 6+ long: request ids, tokens (not S3 or HTTP2).
  [/\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{6,}\b/g, '<id>'],
  // Quoted values: "…" and '…' (an apostrophe inside a word is not a quote).
  [/"[^"\n]{0,200}"/g, '"<value>"'],
  [/(^|[\s(:=,[{])'[^'\n]{0,200}'(?=$|[\s),.;:\]}!?])/g, "$1'<value>'"],
  // Numbers, but not the digit ending a region name kept above (us-east-1).
  [/(?<![A-Za-z]-)\d+(?:[.,]\d+)*/g, '<n>'],
];

/**
 * A cause with what varies between occurrences of one failure replaced by placeholders, so that
 * "Payment for order ORD-20483 was declined" and the same for ORD-20511 fall in one failure group
 * while "amount mismatch" does not. Whitespace collapsed, cut at 300 characters.
 */
export function normalizeCause(cause: string): string {
  let text = cause.replace(/\s+/g, ' ').trim();
  for (const [pattern, placeholder] of REPLACEMENTS) {
    text = typeof placeholder === 'string' ? text.replace(pattern, placeholder) : text.replace(pattern, placeholder);
  }
  return text.length > MAX_NORMALIZED_CAUSE_LENGTH ? `${text.slice(0, MAX_NORMALIZED_CAUSE_LENGTH - 1)}…` : text;
}
