// Builds Parley when the production build is missing or older than any source file.
import { spawnSync } from "node:child_process";
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

export function ensureBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= Math.max(...SOURCES.map(newestMtime))) return false;
  runNext(["build"]);
  return true;
}
