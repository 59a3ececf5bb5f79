import type { TLanguage } from "../transcript/transcript-schema";
import type { TFinding } from "./report-schema";

/**
 * A finding's explanation and suggestion in the reader's language when the report carries it (the
 * rule sets have both), else as scored: an LLM judge's finding, or a report stored before.
 */
export function findingTextIn(finding: Pick<TFinding, "explanation" | "suggestion" | "translations">, language: TLanguage) {
  return finding.translations?.[language] ?? { explanation: finding.explanation, suggestion: finding.suggestion };
}
