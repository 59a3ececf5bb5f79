// Vitest global setup of the browser and HTTP tests: one production build, one Chromium and one
// Parley server for the whole run. Each test file works with its own users, teams or scenarios, or
// with data seeded here for it, and asserts on what it made rather than on the database as a whole.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/lib/db/open-database";
import { seedStartUpData } from "@/lib/start-up/prepare-database";
// @ts-expect-error -- a plain ES module shared with npm start
import { ensureBuild } from "../../scripts/ensure-build.mjs";
import { resolveChromium, type TChromium } from "./chromium";
import { seedSupervisorReviewCall } from "./e2e-seeds";
import { startParley } from "./start-parley";

export type TSharedParley = { url: string; dataDir: string; seeds: { supervisorReviewCallId: string } };

declare module "vitest" {
  export interface ProvidedContext {
    parley: TSharedParley;
    chromium: TChromium;
  }
}

export default async function setup(project: TestProject) {
  (ensureBuild as () => boolean)();
  const [chromium, dataRoot] = await Promise.all([resolveChromium(), mkdtemp(path.join(tmpdir(), "parley-e2e-"))]);
  project.provide("chromium", chromium);

  // PGlite serves one process at a time, so the data is written before the server opens the folder:
  // the same start-up preparation the server would do, then what the tests need beyond the demo data.
  const dataDir = path.join(dataRoot, "pglite");
  const database = await openDatabase({ dataDir });
  let seeds: TSharedParley["seeds"];
  try {
    await seedStartUpData(database.prisma, { demo: true });
    seeds = { supervisorReviewCallId: await seedSupervisorReviewCall(database.prisma) };
  } finally {
    await database.close();
  }

  const server = await startParley({ PARLEY_DATA_DIR: dataDir });
  project.provide("parley", { url: server.url, dataDir, seeds });
  return async () => {
    await server.stop();
    await rm(dataRoot, { recursive: true, force: true });
  };
}
