import { cpus, loadavg } from 'node:os';

/** What a bench prints about the machine it ran on: a shared 2-core machine's load decides how far numbers travel. */
export function benchEnvironment() {
  return { cpus: cpus().length, loadAverage: loadavg().map((load) => Number(load.toFixed(2))), node: process.version };
}
