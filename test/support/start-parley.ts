import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
// @ts-expect-error -- a plain ES module shared with npm start
import { nextStartArgs } from "../../scripts/serve-options.mjs";

export type TParleyServer = { url: string; dataDir: string; pid: number; output: () => string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string) {
  // A hang guard, not a speed requirement: a server starting on a busy machine may take minutes.
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Parley exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Parley did not become healthy at ${url}:\n${output()}`);
}

/**
 * Starts the production build (see e2e-setup.ts) as a real server on a free loopback port, on a new
 * PGlite folder (migrated and seeded by the server as it starts), or on a copy of `from`: a folder
 * already prepared by a first start, which spares the migration and the demo seeding.
 */
export async function startParley(env: Record<string, string> = {}, { from }: { from?: string } = {}): Promise<TParleyServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), "parley-server-"));
  if (from) await cp(from, path.join(dataDir, "pglite"), { recursive: true });
  let log = "";
  const child = spawn(path.resolve("node_modules/.bin/next"), [...(nextStartArgs as (port: number) => string[])(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PARLEY_DATA_DIR: path.join(dataDir, "pglite"), PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (log += chunk));
  child.stderr!.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilHealthy(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, pid: child.pid!, output: () => log, stop };
}
