import { namedError, readStringField } from '../support/read-field';

// The tutorial shows its Lambdas only as screenshots; this body is our completion of what it describes.
/** Course enrollment seed, payment lookup: passes on the payment status, upper-cased, for validateDetails. */
export function handler(event: unknown): { paymentStatus: string } {
  const paymentStatus = readStringField(event, 'paymentStatus')?.trim().toUpperCase();
  if (!paymentStatus) throw namedError('InvalidPaymentError', 'The enrollment request has no payment status');
  return { paymentStatus };
}
