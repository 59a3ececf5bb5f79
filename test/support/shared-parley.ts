import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import type { TChromium } from "./chromium";

/** What e2e-setup.ts prepares once for all browser and HTTP tests. */
export type TE2eReady = {
  parley: { url: string; seeds: { supervisorReviewCallId: string; damagedCallId: string } };
  chromium: TChromium;
  /** A PGlite folder as a first start leaves it (migrated, shipped scenarios and demo data), for startParley's `from`. */
  startUpDataDir: string;
};

// A hang guard for a build on a very slow machine, not a speed requirement.
const READY_WAIT_MS = 20 * 60_000;
let ready: Promise<TE2eReady> | undefined;

/** Waits until the global setup has built Parley, found Chromium and started the shared server. */
export function e2eReady(): Promise<TE2eReady> {
  ready ??= (async () => {
    const { readyFile } = inject("e2e");
    const deadline = Date.now() + READY_WAIT_MS;
    while (!existsSync(readyFile)) {
      if (Date.now() > deadline) throw new Error(`the browser tests' global setup was not ready after ${READY_WAIT_MS / 60_000} minutes`);
      await sleep(200);
    }
    const content = JSON.parse(await readFile(readyFile, "utf8")) as TE2eReady | { error: string };
    if ("error" in content) throw new Error(`the browser tests' global setup failed: ${content.error}`);
    return content;
  })();
  return ready;
}

/** The Parley server that the browser and HTTP tests share. */
export async function sharedParley() {
  return (await e2eReady()).parley;
}
