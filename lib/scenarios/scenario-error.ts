import type { TLocalizedText } from "../i18n/localized-text";

export type TScenarioPath = (string | number)[];

/** `persona.traits[0].x` style, the way trainers see the structure in their editor. */
export function formatScenarioPath(path: TScenarioPath): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`)).join("");
}

/**
 * One problem in one scenario file; the message reads `file:line: path: reason` in English, as the
 * command line prints it, and `localizedReason` holds the reason in both interface languages.
 */
export class ScenarioError extends Error {
  override name = "ScenarioError";
  readonly reason: string;

  constructor(
    readonly file: string,
    readonly line: number,
    readonly path: TScenarioPath,
    readonly localizedReason: TLocalizedText,
  ) {
    super(`${file}:${line}: ${path.length > 0 ? `${formatScenarioPath(path)}: ` : ""}${localizedReason.en}`);
    this.reason = localizedReason.en;
  }
}

/** Every problem found while loading, so a trainer can fix a file (or a folder) in one pass. */
export class ScenarioLoadError extends Error {
  override name = "ScenarioLoadError";

  constructor(readonly errors: ScenarioError[]) {
    super(errors.map((error) => error.message).join("\n"));
  }
}
