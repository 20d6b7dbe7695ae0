/** One thing the palette can do: open a record, go to an area, or run a command. */
export interface PaletteEntry {
  id: string;
  label: string;
  /** What it is: “Journey”, “Step of Checkout”, “Command”. */
  kind: string;
  /** The keys that do the same, shown beside it, e.g. “Alt+1”. */
  shortcut?: string;
  run: () => void;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The entries matching what was typed, best first: a name that starts with it, then a word that
 * does, then one that holds it anywhere; every typed word must appear. Empty: commands first.
 */
export function searchPalette(entries: PaletteEntry[], query: string, limit = 50): PaletteEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries.slice(0, limit);
  const scored: { entry: PaletteEntry; score: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    const label = fold(entry.label);
    const kind = fold(entry.kind);
    // A word of three letters or more may match the kind (“slo”, “step”); a letter only a name.
    if (!words.every((w) => label.includes(w) || (w.length >= 3 && kind.includes(w)))) return;
    const whole = words.join(' ');
    const score = label.startsWith(whole)
      ? 0
      : new RegExp(
            `(?:^|[^\\p{L}\\p{N}])${whole.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
            'u',
          ).test(label)
        ? 1
        : label.includes(whole)
          ? 2
          : 3;
    scored.push({ entry, score, index });
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.entry);
}
