import { parseDocument } from "yaml";

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
  const document = parseDocument(source);
  if (document.errors.length > 0) return source;
  if (value === undefined) document.deleteIn(path);
  else document.setIn(path, value);
  return document.toString(OUTPUT);
}
