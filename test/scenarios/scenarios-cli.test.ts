import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { main } from "@/lib/cli/scenarios";
import { runCli } from "../support/run-cli";

const run = promisify(execFile);

/** Runs the command the way interfaces.md §3 documents it, from the project root: one smoke test. */
async function spawnScenarios(...args: string[]) {
  // npm's own warnings about the local npm configuration are not the command's output.
  const ownLines = (stderr: string) => stderr.replace(/^npm warn .*\n/gm, "");
  return run("npm", ["run", "--silent", "scenarios", "--", ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr: ownLines(stderr) }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: ownLines(error.stderr) }),
  );
}

/** The same command's main(), in this process. */
const scenarios = (...args: string[]) => runCli(main, args);

const ZRow = z.object({
  id: z.string(),
  title: z.string().min(1),
  language: z.enum(["zh-CN", "en"]),
  ruleset: z.enum(["cn", "us", "uk"]),
  archetype: z.string(),
  coreArchetype: z.enum(["hardship", "confused", "angry"]),
  answeredBy: z.enum(["debtor", "third_party"]),
  difficulty: z.number().int().min(1).max(3),
});

describe("npm run scenarios", () => {
  it("--json prints one JSON object per shipped scenario, title in the scenario's language (spawned through npm)", async () => {
    const { code, stdout, stderr } = await spawnScenarios("--json");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const rows = stdout
      .trimEnd()
      .split("\n")
      .map((line) => ZRow.parse(JSON.parse(line)));
    expect(rows.length).toBeGreaterThanOrEqual(14);
    const chinese = rows.find((row) => row.id === "zh-hardship-factory-shutdown");
    expect(chinese).toMatchObject({ title: "工厂停工后的班组长王建国", archetype: "hardship", coreArchetype: "hardship", answeredBy: "debtor" });
    expect(rows.find((row) => row.id === "us-face-conscious-student-card")).toMatchObject({
      title: "Tyler Brooks and the student card",
      archetype: "face_conscious",
      coreArchetype: "confused",
      answeredBy: "third_party",
    });
  });

  it("prints a readable table without --json", async () => {
    const { code, stdout } = await scenarios();
    expect(code).toBe(0);
    expect(stdout).toMatch(/^id\s+language\s+ruleset\s+archetype\s+answered by\s+difficulty\s+title$/m);
    expect(stdout).toMatch(/^zh-timid-says-yes\s+zh-CN\s+cn\s+timid \(hardship\)\s+debtor\s+2\s+什么都说"好"的周敏$/m);
  });

  it("--dir lists another folder, and a broken file exits non-zero naming file, line and field", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "parley-cli-"));
    try {
      const text = await readFile("scenarios/us-confused-balance-grew.yaml", "utf8");
      await writeFile(path.join(folder, "ok.yaml"), text);
      const listed = await scenarios("--json", "--dir", folder);
      expect(
        listed.stdout
          .trimEnd()
          .split("\n")
          .map((line) => JSON.parse(line).id),
      ).toEqual(["us-confused-balance-grew"]);

      await writeFile(path.join(folder, "broken.yaml"), text.replace("id: us-confused-balance-grew", "id: us-broken").replace("ruleset: us", "ruleset: fr"));
      const line = text.split("\n").findIndex((row) => row.startsWith("ruleset:")) + 1;
      const broken = await scenarios("--json", "--dir", folder);
      expect(broken).toEqual({ code: 1, stdout: "", stderr: `${folder}/broken.yaml:${line}: ruleset: expected one of "cn", "us", "uk", got the text "fr"\n` });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("rejects an unknown flag with usage", async () => {
    const { code, stderr } = await scenarios("--jsn");
    expect(code).toBe(2);
    expect(stderr).toContain("usage: npm run --silent scenarios -- [--json] [--dir PATH]");
  });
});
