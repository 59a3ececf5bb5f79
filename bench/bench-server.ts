import { spawn } from "node:child_process";
// @ts-expect-error -- a plain ES module shared with npm start
import { nextStartArgs } from "../scripts/serve-options.mjs";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { once } from "node:events";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

export type BenchServerOptions = {
  /** A PostgreSQL server to create a fresh database on (dropped afterwards); the embedded database otherwise. */
  postgresUrl?: string;
  /** Write the server's CPU profile (node --cpu-prof) into this folder when it stops. */
  cpuProfileDir?: string;
  /** The checkout whose production build is served (another version, to compare); this one by default. */
  appDir?: string;
};

export type TBenchServer = { url: string; pid: number; databaseKind: "pglite" | "postgres"; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  probe.close();
  return port;
}

/** A loopback-only PostgreSQL address, or an error: the benchmark never loads another machine. */
export function loopbackOnly(url: string): string {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) throw new Error(`bench:load runs against 127.0.0.1 only, not ${host}`);
  return url;
}

/**
 * The production build served by `next start` on a free 127.0.0.1 port, as its own node process (so
 * its CPU time and profile are the server's alone), on a fresh embedded database or a fresh database
 * on the given PostgreSQL server.
 */
export async function startBenchServer({ postgresUrl, cpuProfileDir, appDir = process.cwd() }: BenchServerOptions): Promise<TBenchServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), "parley-bench-"));
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (postgresUrl) {
    const name = `parley_bench_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: loopbackOnly(postgresUrl) });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    databaseUrl = Object.assign(new URL(postgresUrl), { pathname: `/${name}` }).toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const profile = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];
  let log = "";
  const child = spawn(process.execPath, [...profile, path.resolve(appDir, "node_modules/next/dist/bin/next"), ...nextStartArgs(port), "--hostname", "127.0.0.1"], {
    cwd: appDir,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      PARLEY_DATA_DIR: path.join(dataDir, "pglite"),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "" }),
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (log += chunk));
  child.stderr!.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    // SIGINT lets node write the CPU profile on its way out; a server that does not go is killed.
    if (running() && child.kill("SIGINT")) await Promise.race([once(child, "exit"), sleep(20_000)]);
    if (running()) child.kill("SIGKILL");
    await dropDatabase().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`Parley did not start at ${url}:\n${log}`);
    }
    if (
      await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    await sleep(250);
  }
  return { url, pid: child.pid!, databaseKind: databaseUrl ? "postgres" : "pglite", stop };
}
