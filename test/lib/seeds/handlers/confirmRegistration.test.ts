import { describe, expect, it } from 'vitest';
import { computeMonthlyFee, handler } from '@/lib/seeds/handlers/confirmRegistration';

describe('confirmRegistration', () => {
  it('prices by age: 800 at 2, 750 at 3, 700 at 4, 650 at 5', () => {
    expect([2, 3, 4, 5].map(computeMonthlyFee)).toEqual([800, 750, 700, 650]);
  });

  it('adds the fee and a start date two weeks from today to the registration', () => {
    const registration = { child: { firstName: 'Sakura', age: 5 }, daysOfWeek: ['Tuesday'] };
    const response = handler({ statusCode: 200, body: JSON.stringify(registration) });
    const expectedStart = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ...registration, fees: 650, start_date: expectedStart });
  });
});
