import { diffArrays } from 'diff';

export const DIFF_ROW_KINDS = ['same', 'changed', 'removed', 'added'] as const;
export type DiffRowKind = (typeof DIFF_ROW_KINDS)[number];

export interface DiffSide {
  /** 1-based line number in its text. */
  line: number;
  text: string;
}

/** One row of a side-by-side diff: input on the left, output on the right. */
export interface DiffRow {
  kind: DiffRowKind;
  left?: DiffSide;
  right?: DiffSide;
}

export interface LineDiff {
  rows: DiffRow[];
  /** True when the texts differ in too many lines to align (over MAX_EDITS); rows then pair lines by position. */
  approximate: boolean;
}

/**
 * Lines added plus removed beyond which alignment is abandoned: Myers' diff costs grow with the square
 * of the edits, so two large, wholly different payloads would block rendering for seconds. Size alone
 * never triggers it: 100,000 lines with a few changes align in milliseconds.
 */
const MAX_EDITS = 1_000;

function pairByPosition(left: string[], right: string[]): DiffRow[] {
  const rows: DiffRow[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = i < left.length ? { line: i + 1, text: left[i] ?? '' } : undefined;
    const r = i < right.length ? { line: i + 1, text: right[i] ?? '' } : undefined;
    rows.push({
      kind: !l ? 'added' : !r ? 'removed' : l.text === r.text ? 'same' : 'changed',
      ...(l && { left: l }),
      ...(r && { right: r }),
    });
  }
  return rows;
}

/**
 * A side-by-side line diff (jsdiff's Myers diff over the lines). A run of removed lines next to a run
 * of added lines is paired into `changed` rows, so a value that changed reads across one row.
 */
export function diffLines(leftText: string, rightText: string): LineDiff {
  const left = leftText.split('\n');
  const right = rightText.split('\n');
  const changes = diffArrays(left, right, { maxEditLength: MAX_EDITS });
  if (!changes) return { rows: pairByPosition(left, right), approximate: true };

  const rows: DiffRow[] = [];
  let removed: DiffSide[] = [];
  let added: DiffSide[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) rows.push({ kind: 'changed', left: removed[k], right: added[k] });
    for (let k = paired; k < removed.length; k++) rows.push({ kind: 'removed', left: removed[k] });
    for (let k = paired; k < added.length; k++) rows.push({ kind: 'added', right: added[k] });
    removed = [];
    added = [];
  };
  let leftLine = 1;
  let rightLine = 1;
  for (const change of changes) {
    for (const text of change.value) {
      if (change.removed) removed.push({ line: leftLine++, text });
      else if (change.added) added.push({ line: rightLine++, text });
      else {
        flush();
        rows.push({ kind: 'same', left: { line: leftLine++, text }, right: { line: rightLine++, text } });
      }
    }
  }
  flush();
  return { rows, approximate: false };
}
