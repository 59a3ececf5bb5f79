import { defineConfig } from "vitest/config";
import { availableParallelism } from "node:os";
import path from "node:path";

const alias = { "@": path.resolve(import.meta.dirname) };
const postgresUrl = process.env.PARLEY_TEST_POSTGRES_URL;

// Database tests run once on embedded PGlite and, when a server is given, again on PostgreSQL.
export default defineConfig({
  resolve: { alias },
  test: {
    // The JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: ["default", "json", "./test/support/unhandled-errors-reporter.ts", "./test/support/timings-reporter.ts"],
    outputFile: { json: "test-results/vitest.json" },
    // Idle connections are reused for seconds only, so no request meets a server closing one (see the file).
    setupFiles: ["test/support/http-client-setup.ts"],
    // Vitest's default leaves one core to itself, which is a single worker on a 2-core machine; the
    // unit and database files are mostly computation, so one worker per core, however many there are.
    maxWorkers: availableParallelism(),
    // Guards against a hang, not speed requirements: with both cores kept busy by other work a test
    // takes several times as long (a batch of 8,000-turn calls scored after a restart took over two
    // minutes), so a hang is called after ten.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    expect: { poll: { timeout: 30_000 } },
    projects: [
      {
        extends: true as const,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/db/**", "test/e2e/**", "**/node_modules/**"],
          // Files share a worker's modules rather than importing the scorer and the scenarios again
          // each: less than half the time. These tests keep no state between files (settings that
          // a test changes are restored, and a test that reads them imports afresh).
          isolate: false,
        },
      },
      {
        extends: true as const,
        // Each file opens a database of its own, so files run in parallel and share a worker's modules.
        // The migrated PGlite folder they copy is made once, before them (pglite-template.ts).
        test: {
          name: "db-pglite",
          include: ["test/db/**/*.test.ts"],
          isolate: false,
          globalSetup: ["test/support/db-setup.ts"],
          env: { PARLEY_TEST_DB: "pglite" },
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: "db-postgres",
                include: ["test/db/**/*.test.ts"],
                isolate: false,
                env: { PARLEY_TEST_DB: "postgres", PARLEY_TEST_POSTGRES_URL: postgresUrl },
              },
            },
          ]
        : []),
      {
        extends: true as const,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          // One build, one Chromium and one shared server for all of them (e2e-setup.ts).
          globalSetup: ["test/support/e2e-setup.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
