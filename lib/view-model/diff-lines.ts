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
  /** True when the texts were too long to align line by line; rows then pair lines by position. */
  approximate: boolean;
}

/** Above this many cells (left lines × right lines) the LCS table is not built. */
const MAX_CELLS = 4_000_000;

/**
 * A side-by-side line diff (longest common subsequence). A run of removed lines next to a run of
 * added lines is paired into `changed` rows, so a value that changed reads across one row.
 */
export function diffLines(leftText: string, rightText: string): LineDiff {
  const left = leftText.split('\n');
  const right = rightText.split('\n');
  const n = left.length;
  const m = right.length;
  if (n * m > MAX_CELLS) {
    const rows: DiffRow[] = [];
    for (let i = 0; i < Math.max(n, m); i++) {
      const l = i < n ? { line: i + 1, text: left[i]! } : undefined;
      const r = i < m ? { line: i + 1, text: right[i]! } : undefined;
      rows.push({ kind: !l ? 'added' : !r ? 'removed' : l.text === r.text ? 'same' : 'changed', ...(l && { left: l }), ...(r && { right: r }) });
    }
    return { rows, approximate: true };
  }
  // lcs[i * (m + 1) + j] = length of the LCS of left[i..] and right[j..]
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = left[i] === right[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
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
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && left[i] === right[j]) {
      flush();
      rows.push({ kind: 'same', left: { line: i + 1, text: left[i]! }, right: { line: j + 1, text: right[j]! } });
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      added.push({ line: j + 1, text: right[j]! });
      j++;
    } else {
      removed.push({ line: i + 1, text: left[i]! });
      i++;
    }
  }
  flush();
  return { rows, approximate: false };
}
