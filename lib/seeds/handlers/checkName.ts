import { namedError, readStringField } from '../support/read-field';

// The tutorial shows its Lambdas only as screenshots; this body is our completion of what it describes.
/** Course enrollment seed, name lookup: passes on the student's name, tidied, for validateDetails. */
export function handler(event: unknown): { name: string } {
  const name = readStringField(event, 'name')?.trim().replace(/\s+/g, ' ');
  if (!name) throw namedError('InvalidNameError', 'The enrollment request has no student name');
  return { name };
}
