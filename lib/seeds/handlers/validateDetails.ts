/**
 * Course enrollment seed, ValidateDetails: checks the three lookups against the "database". The
 * tutorial describes three dummy lists as its records without showing them; these are ours.
 */
export const REGISTERED_NAMES: readonly string[] = ['Ayesha Raza', 'Tomás Herrera', 'Mei Lin Chen', 'Kwame Mensah', 'Sofia Lindqvist'];
export const REGISTERED_EMAILS: readonly string[] = [
  'ayesha.raza@example.com',
  'tomas.herrera@example.org',
  'meilin.chen@example.net',
  'kwame.mensah@example.com',
  'sofia.lindqvist@example.org',
];
export const CLEARED_PAYMENT_STATUSES: readonly string[] = ['PAID', 'WAIVED'];

export interface EnrollmentResult {
  name: string;
  email: string;
  paymentStatus: string;
  enrolled: boolean;
  message: string;
}

/** Merges the Parallel branches' outputs (an array of partial objects) into one record. */
function mergeBranchOutputs(event: unknown): Record<string, unknown> {
  const branches: unknown[] = Array.isArray(event) ? event : [event];
  return Object.assign({}, ...branches.filter((branch) => branch !== null && typeof branch === 'object')) as Record<string, unknown>;
}

export function handler(event: unknown): EnrollmentResult {
  const details = mergeBranchOutputs(event);
  const name = String(details.name ?? '');
  const email = String(details.email ?? '');
  const paymentStatus = String(details.paymentStatus ?? '');
  const problems = [
    REGISTERED_NAMES.includes(name) ? undefined : `no student named ${name} is registered`,
    REGISTERED_EMAILS.includes(email) ? undefined : `no student uses ${email}`,
    CLEARED_PAYMENT_STATUSES.includes(paymentStatus) ? undefined : `payment is ${paymentStatus || 'missing'}`,
  ].filter((problem): problem is string => problem !== undefined);
  const enrolled = problems.length === 0;
  const message = enrolled ? `${name} is enrolled in the course.` : `Enrollment cancelled: ${problems.join('; ')}.`;
  return { name, email, paymentStatus, enrolled, message };
}
