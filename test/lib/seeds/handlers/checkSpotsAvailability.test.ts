import { describe, expect, it } from 'vitest';
import { handler } from '@/lib/seeds/handlers/checkSpotsAvailability';

function event(daysOfWeek: string[]) {
  return { statusCode: 200, body: JSON.stringify({ child: { age: 3 }, daysOfWeek }) };
}

describe('checkSpotsAvailability', () => {
  it('passes the registration on unchanged when every requested weekday has places', () => {
    const input = event(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
    expect(handler(input)).toEqual({ statusCode: 200, body: input.body });
  });

  it('answers 400 when a requested day has no places (the daycare is closed at the weekend)', () => {
    expect(handler(event(['Friday', 'Saturday']))).toEqual({ statusCode: 400, body: '"No spots available in the daycare."' });
    expect(handler(event(['Someday']))).toMatchObject({ statusCode: 400 });
  });
});
