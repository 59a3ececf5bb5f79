import { LineCounter, parseDocument } from "yaml";
import { locateYamlPath } from "./locate-yaml-path";
import { ScenarioError, ScenarioLoadError, type TScenarioPath } from "./scenario-error";
import { scenarioIssueMessage, scenarioIssueReason } from "./scenario-issue-message";
import { scenarioReasons } from "./scenario-reasons";
import { ZScenario, type TScenario } from "./scenario-schema";
import type { TLocalizedText } from "../i18n/localized-text";

/**
 * Parses one scenario file's text. `file` only names the source in errors. Throws a
 * ScenarioLoadError listing every problem with its line and field path.
 */
export function parseScenario(text: string, file: string): TScenario {
  const lineCounter = new LineCounter();
  // prettyErrors off: the message stays one line and the position comes from the same LineCounter.
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  // Only the first syntax error: the parser's later ones are usually echoes of it.
  const [syntaxError] = document.errors;
  if (syntaxError) {
    const line = lineCounter.linePos(syntaxError.pos[0]).line;
    throw new ScenarioLoadError([new ScenarioError(file, line, [], scenarioReasons.yamlSyntax(syntaxError.message, syntaxError.code))]);
  }

  // reportInput keeps each issue's value, so its reason can be put in both languages afterwards.
  const result = ZScenario.safeParse(toPlainValues(document, file), { error: scenarioIssueMessage, reportInput: true });
  if (result.success) return result.data;
  const problem = (path: TScenarioPath, reason: TLocalizedText) => new ScenarioError(file, locateYamlPath(document, lineCounter, path), path, reason);
  throw new ScenarioLoadError(
    result.error.issues.flatMap((issue) => {
      const path = issue.path.map((part) => (typeof part === "number" ? part : String(part)));
      // Zod reports unknown keys on the parent object; one error per key puts the line on the typo.
      if (issue.code === "unrecognized_keys") return issue.keys.map((key) => problem([...path, key], scenarioReasons.unknownField(key)));
      return [problem(path, scenarioIssueReason(issue))];
    }),
  );
}

/** Aliases are expanded a bounded number of times: a "billion laughs" file is an error, not a stall. */
const MAX_ALIAS_COUNT = 50;

function toPlainValues(document: ReturnType<typeof parseDocument>, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new ScenarioLoadError([new ScenarioError(file, 1, [], scenarioReasons.tooManyAliases())]);
  }
}
