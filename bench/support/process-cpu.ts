import { readFileSync } from 'node:fs';

// Linux reports utime and stime in clock ticks; 100 per second on every common kernel.
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) another process has used so far, in ms; null where /proc is not available. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
