// Builds Parley when the production build is missing or older than any source file.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = ["app", "lib", "public", "scenarios", "rulesets", "prisma", "next.config.js", "package-lock.json", "instrumentation.ts", "proxy.ts"];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(full).map((child) => newestMtime(path.join(entry, child))));
}

export function runNext(args, env = {}) {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), args, {
    cwd: root,
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`next ${args.join(" ")} exited with ${result.status}`);
}

function buildIsCurrent() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
}

export function ensureBuild() {
  if (buildIsCurrent()) return false;
  runNext(["build"]);
  return true;
}

/**
 * The same, without blocking the caller's event loop (the test runner's global setup builds while the
 * first tests run). The build's output is kept, and shown only when the build fails.
 */
export async function ensureBuildInBackground() {
  if (buildIsCurrent()) return false;
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`next build exited with ${code}:\n${output}`);
  return true;
}
