import { namedError, readStringField } from '../support/read-field';

// Deliberately loose: one @, something on each side, a dot in the domain; the records decide the rest.
const EMAIL_SHAPE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

// The tutorial shows its Lambdas only as screenshots; this body is our completion of what it describes.
/** Course enrollment seed, e-mail lookup: a malformed address stops the enrollment before validation. */
export function handler(event: unknown): { email: string } {
  const email = readStringField(event, 'email')?.trim().toLowerCase();
  if (!email || !EMAIL_SHAPE.test(email)) {
    throw namedError('InvalidEmailError', `'${email ?? ''}' is not a valid e-mail address`);
  }
  return { email };
}
