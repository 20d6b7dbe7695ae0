import type { ChatRead } from '../../../../shared/retro/chat/chatTypes';

/**
 * How each input line was taken: as the start of a message, as the continuation of one, or listed
 * as not read. Returns the lines taken more than once and those taken not at all.
 */
export function accountLines(text: string, read: ChatRead) {
  const count = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
  const seen = new Map<number, number>();
  const take = (line: number) => seen.set(line, (seen.get(line) ?? 0) + 1);
  for (const m of read.messages) {
    take(m.line);
    for (const c of m.continuations ?? []) take(c);
  }
  for (const s of read.skipped) take(s.line);
  const twice = [...seen].filter(([, n]) => n > 1).map(([line]) => line);
  const missing: number[] = [];
  for (let line = 1; line <= count; line += 1) if (!seen.has(line)) missing.push(line);
  const outside = [...seen.keys()].filter((line) => line < 1 || line > count);
  return { twice, missing, outside };
}
