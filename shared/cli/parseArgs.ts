/** Command-line options: `--name value` or `--name=value`; `--flag` alone is true. */
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(
  argv: string[],
  flags: readonly string[],
): ParsedArgs | { error: string } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (flags.includes(name)) {
      options[name] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      return { error: `--${name} needs a value.` };
    options[name] = value;
    if (eq < 0) i += 1;
  }
  return { positional, options };
}
