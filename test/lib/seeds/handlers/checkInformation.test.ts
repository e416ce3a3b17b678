import { describe, expect, it } from 'vitest';
import { handler } from '@/lib/seeds/handlers/checkInformation';

const complete = {
  child: { firstName: 'Amara', lastName: 'Okafor', dateOfBirth: '2023-01-10' },
  parents: { mother: { firstName: 'Ngozi', lastName: 'Okafor' } },
  daysOfWeek: ['Monday'],
};

describe('checkInformation', () => {
  it('answers 200 with the registration JSON-encoded in body when the form is complete', () => {
    expect(handler({ registration_info: complete })).toEqual({ statusCode: 200, body: JSON.stringify(complete) });
  });

  it('answers 400 naming the first missing required field, in the order child, parents, daysOfWeek', () => {
    expect(handler({ registration_info: { child: complete.child } })).toEqual({ statusCode: 400, body: 'Missing required field: parents' });
    expect(handler({ registration_info: { child: complete.child, parents: complete.parents } })).toEqual({
      statusCode: 400,
      body: 'Missing required field: daysOfWeek',
    });
    expect(handler({ registration_info: {} })).toEqual({ statusCode: 400, body: 'Missing required field: child' });
  });

  it("throws KeyError when the event has no registration_info, as the tutorial's Python does", () => {
    expect(() => handler({ child: {} })).toThrow(expect.objectContaining({ name: 'KeyError', message: "'registration_info'" }));
  });
});
