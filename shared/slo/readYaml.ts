import {
  isAlias,
  isMap,
  isPair,
  isSeq,
  parseAllDocuments,
  type Document,
  type LineCounter,
} from 'yaml';

/**
 * An SLO file is a few kilobytes; a whole team's catalogue rarely reaches one megabyte. Above this
 * the file is refused before it is parsed: YAML takes many times its text in memory.
 */
export const MAX_SLO_FILE_CHARACTERS = 5 * 1024 * 1024;
/** OpenSLO and Sloth documents nest a dozen levels; far deeper is no SLO file. */
export const MAX_YAML_DEPTH = 100;
/**
 * What aliases may add to a document, in nodes, beyond what it spells out: anchors shared by a few
 * SLOs add little; "a billion laughs" (99 aliases of a 1 MB list) adds millions.
 */
export const MAX_ALIAS_NODES = 100_000;

export type YamlDocument =
  | { doc: Document; data: unknown; error: null }
  | { doc: Document; data: null; error: { message: string; line: number | null } };

export function tooLargeForSloFile(characters: number): string {
  return `The file is ${(characters / (1024 * 1024)).toFixed(1)} MB: too large for an SLO file (at most ${MAX_SLO_FILE_CHARACTERS / (1024 * 1024)} MB). Split it, or check that it is the file you meant.`;
}

/** A message the YAML library (or the engine under it) gives, in words a person can act on. */
function inWords(message: string): string {
  if (/call stack|too much recursion/i.test(message))
    return `the file nests lists or mappings too deeply to read (an SLO file needs a dozen levels; at most ${MAX_YAML_DEPTH} are read).`;
  if (/resource exhaustion|alias count/i.test(message))
    return 'its aliases (*name) repeat the same content too many times to read; write the content out, or use fewer aliases.';
  return message.split('\n')[0]!;
}

/**
 * Walks a document's nodes without recursion (a deep file must not overflow the stack), counting
 * what reading it would build: its own nodes, and what its aliases repeat. Stops as soon as the
 * file nests too deeply or its aliases would build more than a budget, so a hostile file costs
 * no more than the budget.
 */
function checkExpansion(doc: Document): string | null {
  const targets = new Map<unknown, unknown>();
  const walk = (followAliases: boolean, budget: number): 'depth' | 'budget' | number => {
    let nodes = 0;
    const stack: [unknown, number][] = [[doc.contents, 0]];
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      if (depth > MAX_YAML_DEPTH) return 'depth';
      nodes += 1;
      if (nodes > budget) return 'budget';
      if (isAlias(node)) {
        if (!followAliases) continue;
        // resolve() searches the whole document each time: once per alias node is enough.
        let target = targets.get(node);
        if (target === undefined) {
          target = node.resolve(doc) ?? null;
          targets.set(node, target);
        }
        if (target) stack.push([target, depth + 1]);
      } else if (isMap(node) || isSeq(node)) {
        for (const item of node.items) stack.push([item, depth + 1]);
      } else if (isPair(node)) {
        stack.push([node.key, depth], [node.value, depth]);
      }
    }
    return nodes;
  };
  const own = walk(false, Number.POSITIVE_INFINITY);
  if (own === 'depth') return inWords('Maximum call stack size exceeded');
  const expanded = walk(true, (own as number) + MAX_ALIAS_NODES);
  if (expanded === 'depth') return inWords('Maximum call stack size exceeded');
  if (expanded === 'budget') return inWords('resource exhaustion');
  return null;
}

/**
 * The documents of a YAML (or JSON) text, each read as plain data or refused in words: not
 * readable YAML (with its line), nested too deeply, or aliases that would build too much.
 */
export function readYamlDocuments(text: string, lineCounter?: LineCounter): YamlDocument[] {
  let docs: Document[];
  try {
    const parsed = parseAllDocuments(text, lineCounter ? { lineCounter } : {});
    docs = Array.isArray(parsed) ? (parsed as Document[]) : [];
  } catch (error) {
    // Only the engine's own limits get here (the library reports syntax as document errors).
    throw new Error(inWords(error instanceof Error ? error.message : String(error)), {
      cause: error,
    });
  }
  return docs.map((doc): YamlDocument => {
    if (doc.errors.length > 0) {
      const error = doc.errors[0]!;
      return {
        doc,
        data: null,
        error: { message: inWords(error.message), line: error.linePos?.[0]?.line ?? null },
      };
    }
    const refused = checkExpansion(doc);
    if (refused) return { doc, data: null, error: { message: refused, line: null } };
    try {
      return { doc, data: doc.toJS({ maxAliasCount: 100 }) as unknown, error: null };
    } catch (error) {
      // An alias to a missing anchor parses but cannot be read.
      const message = error instanceof Error ? error.message : String(error);
      return { doc, data: null, error: { message: inWords(message), line: null } };
    }
  });
}
