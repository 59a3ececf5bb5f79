import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Reporter } from "vitest/node";

/**
 * Writes test-results/timings.json: each test file's own time, import and suite callbacks included
 * (the JSON report's start and end times leave out the work a file does while it is collected), so
 * the slowest files can be found after any run. Also prints the ten slowest.
 */
export default class TimingsReporter implements Reporter {
  onTestRunEnd: NonNullable<Reporter["onTestRunEnd"]> = (modules) => {
    const rows = modules
      .map((module) => {
        const diagnostic = module.diagnostic();
        const collectMs = Math.round(diagnostic.collectDuration);
        const testsMs = Math.round(diagnostic.duration);
        return { file: module.moduleId.replace(`${process.cwd()}${path.sep}`, ""), project: module.project.name, totalMs: collectMs + testsMs, collectMs, testsMs };
      })
      .sort((a, b) => b.totalMs - a.totalMs);
    const summedMs = rows.reduce((sum, row) => sum + row.totalMs, 0);
    mkdirSync("test-results", { recursive: true });
    writeFileSync("test-results/timings.json", `${JSON.stringify({ summedMs, files: rows }, null, 1)}\n`);
    console.log(`\nTest files' own time, summed: ${(summedMs / 1000).toFixed(0)} s (test-results/timings.json). Slowest:`);
    for (const row of rows.slice(0, 10)) console.log(`  ${(row.totalMs / 1000).toFixed(1).padStart(6)} s  ${row.project}  ${row.file}`);
  };
}
