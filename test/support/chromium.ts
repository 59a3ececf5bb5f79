import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Which Chromium the browser tests drive, and the environment it needs. */
export type TChromium = { executablePath: string; env: Record<string, string>; source: "PARLEY_CHROMIUM" | "npm" | "system" };

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const CACHE = path.resolve("node_modules", ".cache", "parley-chromium");

/**
 * PARLEY_CHROMIUM when set; otherwise the Chromium build that the @sparticuz/chromium npm package
 * carries (Linux x64, so `npm install` is all a fresh machine needs); otherwise Debian's Chromium.
 * Called once per run, from the browser tests' global setup.
 */
export async function resolveChromium(): Promise<TChromium> {
  const chosen = process.env.PARLEY_CHROMIUM;
  if (chosen) return { executablePath: chosen, env: {}, source: "PARLEY_CHROMIUM" };
  if (process.platform === "linux" && process.arch === "x64") return npmChromium();
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, env: {}, source: "system" };
  throw new Error(`No Chromium for the browser tests: the npm build runs on Linux x64 only; set PARLEY_CHROMIUM to a Chromium or Chrome binary.`);
}

/**
 * The package decompresses its binary into os.tmpdir() and reuses whatever is there, whichever version
 * or half-written file. Here it decompresses into a folder of its own, named by the package version,
 * which is renamed into place only when complete; two runs at once each extract and one rename wins.
 */
async function npmChromium(): Promise<TChromium> {
  const packageJson = JSON.parse(await readFile(path.resolve("node_modules", "@sparticuz", "chromium", "package.json"), "utf8")) as { version: string };
  const folder = path.join(CACHE, packageJson.version);
  if (!existsSync(path.join(folder, "chromium"))) {
    await mkdir(CACHE, { recursive: true });
    const partial = await mkdtemp(path.join(CACHE, ".partial-"));
    // In a child process, so that pointing TMPDIR (os.tmpdir(), where the package writes) at the folder
    // changes nothing in this one.
    await new Promise<void>((resolve, reject) => {
      const script = 'import("@sparticuz/chromium").then((m) => m.default.executablePath()).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });';
      const child = spawn(process.execPath, ["-e", script], { env: { ...process.env, TMPDIR: partial }, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      child.once("error", reject);
      child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`unpacking @sparticuz/chromium failed: ${stderr}`))));
    });
    // Only the package's own fonts (Open Sans): Chinese must come from the font the app serves.
    await writeFile(
      path.join(partial, "fonts.conf"),
      `<?xml version="1.0"?>\n<fontconfig><dir>${path.join(folder, "fonts")}</dir><cachedir>${path.join(folder, "fonts-cache")}</cachedir></fontconfig>\n`,
    );
    await rename(partial, folder).catch(async (error: NodeJS.ErrnoException) => {
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(path.join(folder, "chromium"))) throw error;
    });
  }
  return { executablePath: path.join(folder, "chromium"), env: { FONTCONFIG_FILE: path.join(folder, "fonts.conf") }, source: "npm" };
}
