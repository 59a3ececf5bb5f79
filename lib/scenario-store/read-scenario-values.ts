import { parseDocument } from "yaml";

/**
 * The YAML as plain values for the editor's form, before validation (so a wrong value still shows
 * where it is); null while the text has a syntax error and cannot be read.
 */
export function readScenarioValues(source: string): Record<string, unknown> | null {
  const document = parseDocument(source);
  if (document.errors.length > 0) return null;
  let values: unknown;
  try {
    values = document.toJS({ maxAliasCount: 50 });
  } catch {
    return null; // aliases expanding without end: the validation names the problem
  }
  return typeof values === "object" && values !== null && !Array.isArray(values) ? (values as Record<string, unknown>) : {};
}
