import { type Document, isCollection, isMap, parseDocument, visit } from "yaml";

export type TFieldPath = (string | number)[];

/** Written the way the shipped scenarios are: no folding of long lines, `[a, b]` lists. */
const OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The scenario YAML with one field set (or removed, for `undefined`), edited in the document
 * rather than regenerated, so the trainer's comments, order and quoting elsewhere survive a form edit.
 * Text with YAML syntax errors is returned unchanged: the editor only edits through the form
 * once the YAML reads.
 */
export function setScenarioField(source: string, path: TFieldPath, value: unknown): string {
  return setScenarioFields(source, [{ path, value }]);
}

/** Several fields at once, as one edit (a fix that changes two figures). */
export function setScenarioFields(source: string, changes: { path: TFieldPath; value: unknown }[]): string {
  const document = parseDocument(source);
  if (document.errors.length > 0) return source;
  for (const { path, value } of changes) {
    if (value === undefined) document.deleteIn(path);
    else if (typeof value === "object" && value !== null) {
      document.setIn(path, blockNode(document, value));
      // An empty `[]` or `{}` the item went into becomes a block too.
      for (let depth = path.length - 1; depth >= 1; depth--) setBlock(document.getIn(path.slice(0, depth), true));
    } else document.setIn(path, value);
  }
  return document.toString(OUTPUT);
}

function setBlock(collection: unknown) {
  if (isCollection(collection) && (isMap(collection) || collection.items.some(isCollection))) collection.flow = false;
}

/**
 * A new item or group written as a block, like the rest of a scenario: an empty `{}` would
 * otherwise stay a flow map, and the fields typed into it later would pile up on one line.
 * Lists of plain values keep the `[a, b]` form.
 */
function blockNode(document: Document, value: object) {
  const node = document.createNode(value);
  setBlock(node);
  visit(node, { Map: (_, map) => setBlock(map), Seq: (_, seq) => setBlock(seq) });
  return node;
}
