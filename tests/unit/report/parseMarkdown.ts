import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  lang?: string | null;
  children?: MdNode[];
}

/** Parses Markdown the way GitHub does (CommonMark + GFM tables, strikethrough, autolinks). */
export function parseGfm(markdown: string): MdNode {
  return fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  }) as unknown as MdNode;
}

export function allNodes(node: MdNode): MdNode[] {
  return [node, ...(node.children ?? []).flatMap(allNodes)];
}

/** The plain text a node shows. */
export function textOf(node: MdNode): string {
  if (node.value !== undefined && node.type !== 'html') return node.value;
  return (node.children ?? []).map(textOf).join('');
}
