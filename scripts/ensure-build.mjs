// Builds Parley when the production build is missing or was made from other sources. The build
// records a hash of what it was made from (file names and contents, not dates: a checkout or a copy
// that changes nothing does not rebuild); tests are left out, since the build includes none.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = [
  "app",
  "lib",
  "public",
  "scenarios",
  "rulesets",
  "prisma",
  "next.config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "instrumentation.ts",
  "proxy.ts",
];
const STAMP = path.join(root, ".next", "parley-sources.sha256");
const isTest = (name) => /\.test\.tsx?$/.test(name);

function hashEntry(hash, entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (!statSync(full).isDirectory()) {
    hash.update(`${entry}\0`).update(readFileSync(full)).update("\0");
    return;
  }
  for (const child of readdirSync(full).sort()) if (!isTest(child)) hashEntry(hash, path.join(entry, child));
}

function sourcesHash() {
  const hash = createHash("sha256");
  for (const entry of SOURCES) hashEntry(hash, entry);
  return hash.digest("hex");
}

export function runNext(args, env = {}) {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), args, {
    cwd: root,
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`next ${args.join(" ")} exited with ${result.status}`);
}

function buildIsCurrent(hash) {
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === hash;
}

export function ensureBuild() {
  const hash = sourcesHash();
  if (buildIsCurrent(hash)) return false;
  runNext(["build"]);
  writeFileSync(STAMP, `${hash}\n`);
  return true;
}

/**
 * The same, without blocking the caller's event loop (the test runner's global setup builds while the
 * first tests run). The build's output is kept, and shown only when the build fails.
 */
export async function ensureBuildInBackground() {
  const hash = sourcesHash();
  if (buildIsCurrent(hash)) return false;
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
  writeFileSync(STAMP, `${hash}\n`);
  return true;
}
