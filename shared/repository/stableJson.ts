/**
 * JSON as the repository form writes it: keys sorted at every depth, two-space indent, LF line
 * endings and a final newline, so the same value always gives the same bytes and a diff shows
 * only what changed.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) sorted[key] = sortKeys(v);
  }
  return sorted;
}

/**
 * The line (1-based) of the value a schema problem's path names in a JSON text, found by walking
 * its keys in order; the line of the nearest key found when the rest is not there.
 */
export function lineOfPath(text: string, path: readonly (string | number)[]): number {
  let at = 0;
  let line = 1;
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  for (let i = 0; i < path.length; i += 1) {
    const part = path[i]!;
    if (typeof part === 'number') {
      // An item of a list written one to a line: count down from the list's opening line.
      const open = text.indexOf('[', at);
      if (open < 0) break;
      const firstItemLine = lineAt(open) + 1;
      const end = text.indexOf(']', open);
      const lastLine = end < 0 ? firstItemLine : lineAt(end) - 1;
      if (i === path.length - 1 && firstItemLine + part <= lastLine) return firstItemLine + part;
      break;
    }
    const found = text.indexOf(`${JSON.stringify(part)}:`, at);
    if (found < 0) break;
    at = found;
    line = lineAt(found);
  }
  return line;
}
