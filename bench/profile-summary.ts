/**
 * npx tsx bench/profile-summary.ts DIR|FILE.cpuprofile [--turns N] [--top 25]
 *
 * Reads the V8 CPU profiles node --cpu-prof wrote (bench:load -- --cpu-prof DIR) and prints where the
 * server's CPU went: self time by part of the stack (Parley's own code by folder, Prisma, PGlite,
 * Next.js, React, better-auth, XState, Zod, Node's own) and the costliest functions. Only the load
 * phase counts when bench:load left its load-window.json beside the profiles (setup, sign-ins and
 * start-up are left out), and each figure is then also given per turn played (or per --turns N).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const ZProfile = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const target = args.find((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--"));
if (!target) throw new Error("usage: npx tsx bench/profile-summary.ts DIR|FILE.cpuprofile [--turns N]");
const ZWindow = z.object({ fromMicros: z.number(), toMicros: z.number(), turns: z.number() });
const windowFile = statSync(target).isDirectory() ? path.join(target, "load-window.json") : "";
const loadWindow = windowFile && existsSync(windowFile) ? ZWindow.parse(JSON.parse(readFileSync(windowFile, "utf8"))) : undefined;
const turns = Number(option("turns") ?? loadWindow?.turns ?? 0);
const top = Number(option("top") ?? 25);

/** Which part of the server a stack frame belongs to, from its script's path. */
function partOf(url: string, name: string): string {
  if (url === "") return name === "(garbage collector)" ? "V8 garbage collection" : name === "(idle)" || name === "(program)" ? name : "V8/native";
  if (url.startsWith("node:")) return "Node.js itself (streams, http, crypto…)";
  // Two WebAssembly modules run in the server: PGlite's PostgreSQL (only on the embedded database) and Prisma's query compiler.
  if (url.startsWith("wasm://")) return `WebAssembly ${url.split("/").at(-1)} (PGlite's PostgreSQL, or Prisma's query compiler)`;
  const parley = url.match(/\/(lib|app)\/([^/]+)\//);
  if (parley && !url.includes("node_modules") && !url.includes(".next/server/chunks")) return `parley ${parley[1]}/${parley[2]}`;
  const packages: [RegExp, string][] = [
    [/pglite|postgres\.(js|wasm)/, "PGlite (the embedded database)"],
    [/@prisma|prisma[/_-]|query_compiler/, "Prisma (query compiler, client, adapter)"],
    [/better-auth|better-call|@better-auth|kysely|jose|@noble/, "better-auth (session lookup)"],
    [/next\/dist\/compiled\/react|react-dom|react-server/, "React"],
    [/next\/dist|next-intl|use-intl/, "Next.js routing and next-intl"],
    [/xstate/, "XState (the customer machine)"],
    [/zod/, "Zod"],
    [/opencc|yaml/, "opencc / yaml"],
    [/\/pg\/|pg-protocol|pg-pool/, "pg (PostgreSQL driver)"],
  ];
  for (const [pattern, part] of packages) if (pattern.test(url)) return part;
  if (url.includes(".next/server")) return "Parley's bundled server code (lib and app, bundled by Next.js)";
  return `other: ${path.basename(url)}`;
}

const files = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((name) => name.endsWith(".cpuprofile"))
      .map((name) => path.join(target, name))
  : [target];
for (const file of files.sort((a, b) => statSync(b).size - statSync(a).size)) {
  const profile = ZProfile.parse(JSON.parse(readFileSync(file, "utf8")));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  let at = profile.startTime;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (loadWindow && (at < loadWindow.fromMicros || at > loadWindow.toMicros)) return;
    first = Math.min(first, at);
    last = Math.max(last, at);
    selfMs.set(id, (selfMs.get(id) ?? 0) + delta / 1000);
  });
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, ms] of selfMs) {
    const { callFrame } = byId.get(id)!;
    const part = partOf(callFrame.url, callFrame.functionName);
    parts.set(part, (parts.get(part) ?? 0) + ms);
    if (part !== "(idle)") busy += ms;
    const where = `${callFrame.functionName || "(anonymous)"} ${callFrame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/(\.next|lib|app)\//, "$1/")}:${callFrame.lineNumber + 1}`;
    if (part !== "(idle)") functions.set(where, (functions.get(where) ?? 0) + ms);
  }
  const wall = loadWindow ? (last - first) / 1000 : (profile.endTime - profile.startTime) / 1000;
  const per = (ms: number) => (turns > 0 ? `  ${(ms / turns).toFixed(2).padStart(7)} ms/turn` : "");
  console.log(`\n${path.basename(file)}: ${(wall / 1000).toFixed(1)} s ${loadWindow ? "of the load phase " : ""}profiled, ${(busy / 1000).toFixed(1)} s busy${per(busy)}`);
  for (const [part, ms] of [...parts].sort((a, b) => b[1] - a[1])) {
    if (part === "(idle)") continue;
    console.log(`  ${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / busy).toFixed(1).padStart(5)} %${per(ms)}  ${part}`);
  }
  console.log("  costliest functions (self time):");
  for (const [where, ms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${where}`);
}
