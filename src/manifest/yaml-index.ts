// The precise side: one file parsed with the `yaml` package (slow, ~14× js-yaml, but it keeps node ranges), used
// for every file in `precise` mode, and in `fast` mode only for files with a problem or when someone asks
// ManifestSource.locate(). Maps field paths to the exact node.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import type { FieldPath } from './types.js';
import type { Blame } from './validate.js';

export interface LineCol {
  line: number;
  col: number;
}

type AnyNode = Node | null | undefined;

export class YamlFileIndex {
  readonly docs: Document.Parsed[];
  private readonly lines = new LineCounter();

  constructor(text: string) {
    // Core schema (YAML 1.2: no timestamps, no merge keys), duplicate keys are errors, no alias-count limit (the
    // loader bounds the expanded size itself, the same way for both parsers).
    const parsed = parseAllDocuments(text, { lineCounter: this.lines, schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false });
    this.docs = Array.isArray(parsed) ? parsed : [];
  }

  pos(offset: number): LineCol {
    return this.lines.linePos(offset);
  }

  /** Where the document "is": its first key, else its root node, else the document start. */
  docPosition(i: number): LineCol {
    const doc = this.docs[i];
    if (!doc) return { line: 1, col: 1 };
    return this.pos(nodeStart(doc.contents) ?? doc.range[0]);
  }

  /** Position for a problem at `path` blaming its key, its value or (for missing keys) the mapping at `path`. */
  locate(docIndex: number, path: FieldPath, at: Blame): LineCol {
    const doc = this.docs[docIndex];
    if (!doc) return { line: 1, col: 1 };
    let node: AnyNode = doc.contents;
    let pair: Pair | undefined;
    let lastGood: number = nodeStart(doc.contents) ?? doc.range[0];
    for (const seg of path) {
      node = deref(doc, node);
      let nextPair: Pair | undefined;
      let next: AnyNode;
      if (isMap(node)) {
        nextPair = node.items.find((p) => keyText(p.key) === String(seg));
        next = nextPair?.value as AnyNode;
      } else if (isSeq(node) && typeof seg === 'number') {
        next = node.items[seg] as AnyNode;
      }
      if (!nextPair && !next) return this.pos(lastGood); // nearest existing parent
      pair = nextPair;
      node = next;
      lastGood = (at === 'key' && pair ? rangeStart(pair.key as AnyNode) : undefined) ?? rangeStart(node) ?? rangeStart(pair?.key as AnyNode) ?? lastGood;
    }
    if (at === 'key' && pair) return this.pos(rangeStart(pair.key as AnyNode) ?? lastGood);
    if (at === 'mapping') return this.pos(nodeStart(deref(doc, node)) ?? lastGood);
    // A value: an empty value (`key:`) has no useful range of its own, point at its key.
    if (isScalar(node) && node.value === null && pair && node.source === '') return this.pos(rangeStart(pair.key as AnyNode) ?? lastGood);
    return this.pos(rangeStart(node) ?? lastGood);
  }
}

function deref(doc: Document.Parsed, node: AnyNode): AnyNode {
  // Follow aliases so paths run through `*anchor` into the anchored node (bounded: an alias resolves to a
  // non-alias node).
  return isAlias(node) ? (node.resolve(doc) as AnyNode) : node;
}

function keyText(k: unknown): string | undefined {
  if (isScalar(k)) return String(k.value);
  return undefined;
}

function rangeStart(n: AnyNode): number | undefined {
  return n && n.range ? n.range[0] : undefined;
}

/** First key of a mapping, else the node's own start. */
function nodeStart(n: AnyNode): number | undefined {
  if (isMap(n) && n.items.length > 0) return rangeStart(n.items[0]?.key as AnyNode) ?? rangeStart(n);
  return rangeStart(n);
}
