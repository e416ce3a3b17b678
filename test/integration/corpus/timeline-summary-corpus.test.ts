import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTimelineText } from '@/lib/format/format-timeline-text';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument, readJsonDocument } from '@/lib/history/parse-history-document';
import { AWS_HISTORY_CASES_DIR } from '../../support/corpus/shared-corpus';

// `statescope timeline` without --json reads a history keeping only what its summary prints
// (parseHistoryDocument's `summary`): on every recorded AWS history and every fixture, that text is
// the text of the full reading, letter for letter.
const FIXTURES = path.join(process.cwd(), 'test', 'fixtures', 'history');
const jsonFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => path.join(dir, file))
    : [];

function timelineText(document: unknown, summary: boolean): string {
  const parsed = parseHistoryDocument(document, 'case', { summary });
  const { warnings, damaged, incomplete } = parsed;
  return formatTimelineText(buildExecutionTimeline(parsed.events, { warnings, damaged, incomplete }));
}

describe('the timeline summary read without payloads prints what the full reading prints', () => {
  it.skipIf(!existsSync(AWS_HISTORY_CASES_DIR))('on every recorded AWS history and every fixture', () => {
    const files = [...jsonFiles(AWS_HISTORY_CASES_DIR), ...jsonFiles(FIXTURES)];
    expect(files.length).toBeGreaterThan(400);
    const differing = files.filter((file) => {
      const document = readJsonDocument(readFileSync(file, 'utf8'), file);
      return timelineText(document, true) !== timelineText(document, false);
    });
    expect(differing).toEqual([]);
  });

  it('on the fixtures, where the recordings are absent', () => {
    const files = jsonFiles(FIXTURES);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const document = readJsonDocument(readFileSync(file, 'utf8'), file);
      expect(timelineText(document, true)).toBe(timelineText(document, false));
    }
  });
});
