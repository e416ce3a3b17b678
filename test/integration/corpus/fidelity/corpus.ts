import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AWS_HISTORIES_DIR } from '../../../support/corpus/shared-corpus';

/** The recorded AWS histories live beside the project, never inside it. */
export const CORPUS_DIR = AWS_HISTORIES_DIR;

export const corpusAvailable = existsSync(path.join(CORPUS_DIR, 'index.json'));

export interface RecordedEvent {
  id: number | number[];
  previousEventId: number;
  type: string;
  timestamp: string;
  [key: string]: unknown;
}

export interface RecordedCase {
  name: string;
  status: string;
  features: string[];
  artifacts: string[];
  upstream: { snapshotTransformers: { kind: string; replacement?: string; jsonpath?: string }[] };
  definitionSource: { modifiedByTest?: boolean; modifications?: string[] } | null;
  definition: Record<string, unknown> | null;
  events: RecordedEvent[];
}

interface IndexEntry {
  name: string;
  features: string[];
  artifacts: string[];
  hasDefinition: boolean;
}

/** Features that need a service the emulator does not have (the brief's selection rule). */
const EXTERNAL_FEATURES = new Set(['Task', 'Lambda', 'ServiceIntegration', 'AwsSdk', 'Callback', 'Sync', 'Activity', 'DistributedMap']);

/** Cases with a definition, no recorder artifacts and no external service. */
export function selfContainedCaseNames(): string[] {
  const index = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'index.json'), 'utf8')) as IndexEntry[];
  return index
    .filter((c) => c.hasDefinition && c.artifacts.length === 0 && !c.features.some((f) => EXTERNAL_FEATURES.has(f)))
    .map((c) => c.name);
}

/** Distributed Map cases the emulator can run (inline items, no ItemReader/ResultWriter, no tasks). */
export function distributedMapCaseNames(): string[] {
  const index = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'index.json'), 'utf8')) as IndexEntry[];
  return index
    .filter((c) => c.hasDefinition && c.artifacts.length === 0 && c.features.includes('DistributedMap'))
    .filter((c) => !c.features.some((f) => f !== 'DistributedMap' && EXTERNAL_FEATURES.has(f)))
    .map((c) => c.name)
    .filter((name) => !/"(ItemReader|ResultWriter)"/.test(JSON.stringify(loadCase(name).definition)));
}

export function loadCase(name: string): RecordedCase {
  return JSON.parse(readFileSync(path.join(CORPUS_DIR, 'cases', `${name}.json`), 'utf8')) as RecordedCase;
}
