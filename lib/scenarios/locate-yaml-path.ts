import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { TScenarioPath } from "./scenario-error";

/**
 * The 1-based line a validation path points at: a scalar's own line, a collection's key line, or,
 * for a missing field, the line of the nearest parent that exists.
 */
export function locateYamlPath(document: Document, lineCounter: LineCounter, path: TScenarioPath): number {
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  let node: Node | null = document.contents;
  let line = lineOf(node?.range?.[0]);
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      const value = pair.value as Node | null;
      const keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      line = lineOf(isScalar(value) ? value.range?.[0] : keyOffset);
      node = value;
    } else if (isSeq(node) && typeof part === "number") {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      line = lineOf(item.range?.[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
