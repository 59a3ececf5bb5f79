import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../lib/cli/score";
import { ZScoreReport } from "../../lib/scoring/report-schema";
import { runCli } from "../support/run-cli";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "parley-score-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = {
  language: "zh-CN",
  ruleset: "cn",
  case: { debtorName: "张伟", amountDue: 58320.5 },
  turns: [
    { speaker: "agent", text: "您好,请问是张伟先生吗?" },
    { speaker: "customer", text: "我是他老婆,他不在。" },
    { speaker: "agent", text: "您丈夫的信用卡已经逾期三个月了" },
  ],
};
const file = (name: string, content: string) => {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
};

/** Runs `npm run --silent score -- ...args` from the project root, as a user would (one smoke test; the rest call main()). */
function score(args: string[], stdin = ""): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "score", "--", ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) =>
      resolve({
        code,
        stdout,
        stderr: stderr
          .split("\n")
          .filter((line) => !line.startsWith("npm warn"))
          .join("\n"),
      }),
    );
    child.stdin.end(stdin);
  });
}

describe("npm run score", () => {
  it("prints one JSON report per file in order, reports bad files on stderr and exits non-zero", async () => {
    const goodFile = file("good-call.json", JSON.stringify(good));
    const badField = file("bad.json", JSON.stringify({ ...good, turns: [...good.turns, { speaker: "bot", text: "hi" }] }));
    const badJson = file("broken.json", '{"language": "en",\n  "ruleset": "us", turns: []}');
    const withId = file("with-id.json", JSON.stringify({ ...good, id: "call-42" }));
    const result = await score(["--json", goodFile, badField, badJson, withId, "-"], JSON.stringify(good));
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => ZScoreReport.parse(JSON.parse(line)));
    expect(lines.map((report) => report.transcriptId)).toEqual(["good-call", "call-42", expect.stringMatching(/^fnv-/)]);
    expect(lines[0]!.findings.some((finding) => finding.category === "third_party_disclosure" && finding.turn === 2)).toBe(true);
    expect(result.stderr).toContain(`${badField}: not a valid transcript:\n✖ Invalid option: expected one of "agent"|"customer"\n  → at turns[3].speaker`);
    expect(result.stderr).toMatch(new RegExp(`${badJson.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: invalid JSON at line 2, column \\d+`));
    expect(result.code).toBe(1);
  }, 60_000);

  it("prints a readable report in the transcript's language and exits 0", async () => {
    const result = await runCli(main, [file("readable.json", JSON.stringify(good))]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("评分报告 readable");
    expect(result.stdout).toContain("CN-THIRD-PARTY");
    expect(result.stdout).toContain("您丈夫的信用卡已经逾期三个月了");
  }, 60_000);

  it("names a missing file", async () => {
    const missing = path.join(dir, "missing.json");
    const result = await runCli(main, ["--json", missing]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${missing}: cannot read`);
  }, 60_000);
});
