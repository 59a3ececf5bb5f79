import { LineCounter, parseDocument } from "yaml";
import { locateYamlPath } from "./locate-yaml-path";

/** The line of a scenario's `id`, for errors about the id as a whole rather than its form. */
export function idLine(source: string): number {
  const lineCounter = new LineCounter();
  return locateYamlPath(parseDocument(source, { lineCounter }), lineCounter, ["id"]);
}
