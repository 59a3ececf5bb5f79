// Vitest global setup of the browser and HTTP tests: one production build, one Chromium and one
// Parley server for the whole run. Each test file works with its own users, teams or scenarios, or
// with data seeded here for it, and asserts on what it made rather than on the database as a whole.
//
// The preparation runs in the background, so the build overlaps the unit and database tests; the
// browser tests wait for the file it writes when ready (shared-parley.ts).
import { mkdtempSync } from "node:fs";
import { cp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/lib/db/open-database";
import { seedStartUpData } from "@/lib/start-up/prepare-database";
// @ts-expect-error -- a plain ES module shared with npm start
import { ensureBuildInBackground } from "../../scripts/ensure-build.mjs";
import { resolveChromium } from "./chromium";
import { seedDamagedCall, seedSupervisorReviewCall } from "./e2e-seeds";
import { copyMigratedPglite } from "./pglite-template";
import type { TE2eReady } from "./shared-parley";
import { startParley, type TParleyServer } from "./start-parley";

declare module "vitest" {
  export interface ProvidedContext {
    e2e: { readyFile: string };
  }
}

export default function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), "parley-e2e-"));
  const readyFile = path.join(root, "ready.json");
  project.provide("e2e", { readyFile });
  const announce = async (content: TE2eReady | { error: string }) => {
    await writeFile(`${readyFile}.partial`, JSON.stringify(content));
    await rename(`${readyFile}.partial`, readyFile);
  };
  const prepared = prepare(root).then(
    async ({ server, ready }) => {
      await announce(ready);
      return server;
    },
    async (error: unknown) => {
      await announce({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return undefined;
    },
  );
  return async () => {
    await (await prepared)?.stop();
    await rm(root, { recursive: true, force: true });
  };
}

async function prepare(root: string): Promise<{ server: TParleyServer; ready: TE2eReady }> {
  // PGlite serves one process at a time, so the data is written before the server opens the folder:
  // the same start-up preparation the server would do, on a copy of the migrated template
  // (pglite-template.ts). That folder is kept as it is for the servers that tests start of their own
  // (startParley's `from`), then copied again and given what the tests need beyond the demo data.
  const startUpDir = path.join(root, "start-up", "pglite");
  const dataDir = path.join(root, "pglite");
  const seeding = (async () => {
    await copyMigratedPglite(startUpDir);
    const startUp = await openDatabase({ dataDir: startUpDir });
    try {
      await seedStartUpData(startUp.prisma, { demo: true });
    } finally {
      await startUp.close();
    }
    await cp(startUpDir, dataDir, { recursive: true });
    const database = await openDatabase({ dataDir });
    try {
      return { supervisorReviewCallId: await seedSupervisorReviewCall(database.prisma), damagedCallId: await seedDamagedCall(database.prisma) };
    } finally {
      await database.close();
    }
  })();
  const [chromium, seeds] = await Promise.all([resolveChromium(), seeding, (ensureBuildInBackground as () => Promise<boolean>)()]);
  const server = await startParley({ PARLEY_DATA_DIR: dataDir });
  return { server, ready: { parley: { url: server.url, seeds }, chromium, startUpDataDir: startUpDir } };
}
