import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NORMALIZED_CAUSE_LENGTH, normalizeCause } from '@/lib/execution-index/normalize-cause';
import { summarizeCause } from '@/lib/execution-list/summarize-cause';
import { AWS_HISTORY_CASES_DIR } from '../../support/corpus/shared-corpus';

describe('normalizeCause', () => {
  it.each([
    ['Payment for order ORD-20483 was declined: card declined by issuer', 'Payment for order <id> was declined: card declined by issuer'],
    ['The customer paid invoice INV-2024-0713 before the reminder was due.', 'The customer paid invoice <id> before the reminder was due.'],
    ['Payment verification failed. Please check payment details.', 'Payment verification failed. Please check payment details.'],
    ['No spots available in the daycare.', 'No spots available in the daycare.'],
    ['Request 3f2b8c1e-9d4a-4b7e-8f00-1234567890ab failed', 'Request <uuid> failed'],
    ['Timed out at 2024-03-10T16:23:46.123Z after 30 s', 'Timed out at <timestamp> after <n> s'],
    ['deadline 1710087826123 passed', 'deadline <timestamp> passed'],
    ['No customer with e-mail fatima.alsayed@example.net', 'No customer with e-mail <email>'],
    ['trace id 5f3a9b2c7d1e4f60 rejected', 'trace id <hex> rejected'],
    ["Item 'Blue lamp' is out of stock", "Item '<value>' is out of stock"],
    ['Field "email" is required', 'Field "<value>" is required'],
    ["The student's details don't match", "The student's details don't match"],
    [
      'Execution arn:aws:states:us-east-1:123456789012:execution:OrderProcessing:order-7 is already running',
      'Execution arn:aws:states:us-east-1:<n>:execution:OrderProcessing:<name> is already running',
    ],
    ['Amount 12.50 exceeds the limit of 10', 'Amount <n> exceeds the limit of <n>'],
    ['  many \n\t spaces  ', 'many spaces'],
  ])('%j → %j', (cause, normalized) => {
    expect(normalizeCause(cause)).toBe(normalized);
  });

  it('groups the same failure for different orders, not a different failure', () => {
    const a = normalizeCause('Payment for order ORD-20483 was declined: card declined by issuer');
    const b = normalizeCause('Payment for order ORD-20511 was declined: card declined by issuer');
    expect(a).toBe(b);
    expect(normalizeCause('Payment for order ORD-20483 failed: amount mismatch')).not.toBe(a);
  });

  it('caps the length', () => {
    const out = normalizeCause('word '.repeat(500));
    expect(out.length).toBe(MAX_NORMALIZED_CAUSE_LENGTH);
    expect(out.endsWith('…')).toBe(true);
  });

  it('is quick on a 32 KB cause (the AWS maximum)', () => {
    const cause = 'x1 "q" 2024-01-01 abc@d.ef '.repeat(1300).slice(0, 32_768);
    const started = performance.now();
    normalizeCause(cause);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe.skipIf(!existsSync(AWS_HISTORY_CASES_DIR))('normalizeCause over the recorded AWS histories (../shared/aws-histories)', () => {
  it('yields fewer distinct causes than the raw ones, and each from a real cause', () => {
    const raw = new Set<string>();
    for (const file of readdirSync(AWS_HISTORY_CASES_DIR).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(path.join(AWS_HISTORY_CASES_DIR, file), 'utf8');
      const doc = JSON.parse(text) as { events?: Record<string, unknown>[] };
      for (const event of doc.events ?? []) {
        for (const [key, details] of Object.entries(event)) {
          if (!key.endsWith('EventDetails') || typeof details !== 'object' || details === null) continue;
          const cause = (details as { cause?: unknown }).cause;
          const line = typeof cause === 'string' ? summarizeCause(cause) : undefined;
          if (line) raw.add(line);
        }
      }
    }
    const normalized = new Set([...raw].map(normalizeCause));
    console.info(`recorded corpus: ${raw.size} distinct causes, ${normalized.size} after normalizeCause`);
    expect(raw.size).toBeGreaterThan(10);
    expect(normalized.size).toBeLessThan(raw.size);
    for (const n of normalized) expect(n.trim()).not.toBe('');
  });
});

if (!existsSync(AWS_HISTORY_CASES_DIR)) console.info(`skipped the recorded-corpus causes: ${AWS_HISTORY_CASES_DIR} is absent`);
