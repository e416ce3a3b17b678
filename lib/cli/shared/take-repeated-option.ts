/**
 * Takes every `--name VALUE` and `--name=VALUE` out of argv (a flag that may be given several times,
 * which parseArgs does not allow) and returns their values and the other arguments, in order.
 */
export function takeRepeatedOption(argv: readonly string[], name: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  const flag = `--${name}`;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    if (arg.startsWith(`${flag}=`)) values.push(arg.slice(flag.length + 1));
    else if (arg === flag) {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`option ${flag} needs a value`);
      values.push(value);
      index += 1;
    } else rest.push(arg);
  }
  return { values, rest };
}
