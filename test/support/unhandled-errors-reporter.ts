import type { Reporter } from "vitest/node";

/**
 * Repeats unhandled errors after the summary. Vitest fails the run on them even when every test
 * passed, and prints them far above the last lines that a CI log keeps.
 */
export default class UnhandledErrorsReporter implements Reporter {
  onTestRunEnd: NonNullable<Reporter["onTestRunEnd"]> = (_modules, unhandledErrors) => {
    if (unhandledErrors.length === 0) return;
    console.log(`\nUnhandled errors (${unhandledErrors.length}):`);
    for (const error of unhandledErrors) {
      const where = [error.VITEST_TEST_PATH, error.VITEST_TEST_NAME].filter(Boolean).join(" > ");
      console.log(`- ${error.name ?? "Error"}: ${error.message}${where ? `\n  in ${where}` : ""}`);
      for (const line of (error.stack ?? "").split("\n").slice(1, 6)) console.log(`  ${line.trim()}`);
    }
  };
}
