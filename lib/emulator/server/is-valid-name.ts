// docs/aws-behaviour.md#arns-and-names: 1–80 characters, no whitespace, none of these, no control
// characters.
const FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/u;

/** Whether a state machine or execution name is one AWS accepts. */
export function isValidName(name: string): boolean {
  return name.length >= 1 && name.length <= 80 && !FORBIDDEN.test(name);
}
