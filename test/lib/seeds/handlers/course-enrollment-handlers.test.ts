import { describe, expect, it } from 'vitest';
import { handler as checkEmail } from '@/lib/seeds/handlers/checkEmail';
import { handler as checkName } from '@/lib/seeds/handlers/checkName';
import { handler as checkPayment } from '@/lib/seeds/handlers/checkPayment';
import { handler as validateDetails } from '@/lib/seeds/handlers/validateDetails';

describe('course enrollment lookups (checkName, checkEmail, checkPayment)', () => {
  it('pass on the tidied field each one checks', () => {
    const request = { name: ' Kwame  Mensah ', email: 'Kwame.Mensah@Example.com', paymentStatus: 'paid' };
    expect(checkName(request)).toEqual({ name: 'Kwame Mensah' });
    expect(checkEmail(request)).toEqual({ email: 'kwame.mensah@example.com' });
    expect(checkPayment(request)).toEqual({ paymentStatus: 'PAID' });
  });

  it('throw a named error for a missing or malformed field', () => {
    expect(() => checkName({})).toThrow(expect.objectContaining({ name: 'InvalidNameError' }));
    expect(() => checkEmail({ email: 'meilin.chen(at)example.net' })).toThrow(
      expect.objectContaining({ name: 'InvalidEmailError', message: "'meilin.chen(at)example.net' is not a valid e-mail address" }),
    );
    expect(() => checkPayment({ paymentStatus: '' })).toThrow(expect.objectContaining({ name: 'InvalidPaymentError' }));
  });
});

describe('validateDetails', () => {
  it('enrolls a registered student whose payment cleared, merging the Parallel branch outputs', () => {
    expect(validateDetails([{ name: 'Ayesha Raza' }, { email: 'ayesha.raza@example.com' }, { paymentStatus: 'PAID' }])).toEqual({
      name: 'Ayesha Raza',
      email: 'ayesha.raza@example.com',
      paymentStatus: 'PAID',
      enrolled: true,
      message: 'Ayesha Raza is enrolled in the course.',
    });
  });

  it('cancels and says why when a detail does not match the records', () => {
    const result = validateDetails([{ name: 'Tomás Herrera' }, { email: 'tomas.herrera@example.org' }, { paymentStatus: 'PENDING' }]);
    expect(result).toMatchObject({ enrolled: false, message: 'Enrollment cancelled: payment is PENDING.' });
    expect(validateDetails([{ name: 'Jordan Avery' }, { email: 'jordan.avery@example.com' }, { paymentStatus: 'PAID' }]).message).toBe(
      'Enrollment cancelled: no student named Jordan Avery is registered; no student uses jordan.avery@example.com.',
    );
  });
});
