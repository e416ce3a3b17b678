import { describe, expect, it } from 'vitest';
import {
  CLEARED_PAYMENT_STATUSES,
  handler as validateDetails,
  REGISTERED_EMAILS,
  REGISTERED_NAMES,
} from '@/lib/seeds/handlers/validateDetails';

describe('validateDetails: the three lookups checked against the records', () => {
  it('enrolls a registered student whose payment cleared, merging the Parallel branch outputs', () => {
    expect(validateDetails([{ name: 'Ayesha Raza' }, { email: 'ayesha.raza@example.com' }, { paymentStatus: 'PAID' }])).toEqual({
      name: 'Ayesha Raza',
      email: 'ayesha.raza@example.com',
      paymentStatus: 'PAID',
      enrolled: true,
      message: 'Ayesha Raza is enrolled in the course.',
    });
  });

  it('accepts a waived payment as cleared', () => {
    expect(
      validateDetails([{ name: 'Sofia Lindqvist' }, { email: 'sofia.lindqvist@example.org' }, { paymentStatus: 'WAIVED' }]),
    ).toMatchObject({ enrolled: true });
  });

  it('does not require name and e-mail to belong to the same student', () => {
    expect(validateDetails([{ name: 'Kwame Mensah' }, { email: 'ayesha.raza@example.com' }, { paymentStatus: 'PAID' }]).enrolled).toBe(
      true,
    );
  });

  it('reads one object as well as a list of branch outputs, the later branch winning a shared field', () => {
    expect(validateDetails({ name: 'Mei Lin Chen', email: 'meilin.chen@example.net', paymentStatus: 'PAID' }).enrolled).toBe(true);
    expect(
      validateDetails([
        { name: 'Nobody', paymentStatus: 'PENDING' },
        { name: 'Mei Lin Chen', email: 'meilin.chen@example.net' },
        { paymentStatus: 'PAID' },
      ]),
    ).toMatchObject({
      name: 'Mei Lin Chen',
      enrolled: true,
    });
  });

  it('cancels and says why when the payment has not cleared', () => {
    const result = validateDetails([{ name: 'Tomás Herrera' }, { email: 'tomas.herrera@example.org' }, { paymentStatus: 'PENDING' }]);
    expect(result).toEqual({
      name: 'Tomás Herrera',
      email: 'tomas.herrera@example.org',
      paymentStatus: 'PENDING',
      enrolled: false,
      message: 'Enrollment cancelled: payment is PENDING.',
    });
  });

  it('lists every detail that does not match the records, in order', () => {
    expect(validateDetails([{ name: 'Jordan Avery' }, { email: 'jordan.avery@example.com' }, { paymentStatus: 'PAID' }]).message).toBe(
      'Enrollment cancelled: no student named Jordan Avery is registered; no student uses jordan.avery@example.com.',
    );
    expect(validateDetails([{ name: 'Jordan Avery' }, { email: 'jordan.avery@example.com' }, { paymentStatus: 'REFUSED' }]).message).toBe(
      'Enrollment cancelled: no student named Jordan Avery is registered; no student uses jordan.avery@example.com; payment is REFUSED.',
    );
  });

  it('compares exactly: case and spacing must match the records', () => {
    expect(validateDetails([{ name: 'ayesha raza' }, { email: 'Ayesha.Raza@example.com' }, { paymentStatus: 'paid' }]).message).toBe(
      'Enrollment cancelled: no student named ayesha raza is registered; no student uses Ayesha.Raza@example.com; payment is paid.',
    );
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty list', []],
    ['a list of non-objects', ['Ayesha Raza', 42, null]],
    ['text', 'Ayesha Raza'],
  ])('cancels %s with every detail missing', (_label, event) => {
    expect(validateDetails(event)).toEqual({
      name: '',
      email: '',
      paymentStatus: '',
      enrolled: false,
      message: 'Enrollment cancelled: no student named  is registered; no student uses ; payment is missing.',
    });
  });

  it('turns non-text values into text before comparing', () => {
    expect(validateDetails([{ name: 42 }, { email: true }, { paymentStatus: 0 }])).toMatchObject({
      name: '42',
      email: 'true',
      paymentStatus: '0',
      enrolled: false,
    });
  });
});

describe('the records validateDetails checks against', () => {
  it('holds five students and two cleared payment statuses', () => {
    expect(REGISTERED_NAMES).toEqual(['Ayesha Raza', 'Tomás Herrera', 'Mei Lin Chen', 'Kwame Mensah', 'Sofia Lindqvist']);
    expect(REGISTERED_EMAILS).toHaveLength(5);
    expect(CLEARED_PAYMENT_STATUSES).toEqual(['PAID', 'WAIVED']);
  });

  it.each(REGISTERED_NAMES.map((name, index) => [name, REGISTERED_EMAILS[index]]))('enrolls %s at %s', (name, email) => {
    expect(validateDetails([{ name }, { email }, { paymentStatus: 'PAID' }]).enrolled).toBe(true);
  });
});
