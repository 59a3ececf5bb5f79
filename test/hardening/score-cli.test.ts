import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** Issue 10, items 1, 10 and 12: the score command with hostile files and a reader that stops early. */
const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "parley-harden-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const call = (agentText: string, debtorName = "张伟") => ({
  language: "zh-CN",
  ruleset: "cn",
  case: { debtorName, amountDue: 60000 },
  turns: [
    { speaker: "agent", text: agentText },
    { speaker: "customer", text: "是我。" },
  ],
});
const file = (name: string, content: unknown) => {
  const target = path.join(dir, name);
  writeFileSync(target, JSON.stringify(content));
  return target;
};

function run(args: string[], { closeAfterFirstLine = false } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "lib/cli/score.ts", ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (closeAfterFirstLine && stdout.includes("\n")) child.stdout.destroy();
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run score", () => {
  it("reports a too-long name and a too-long turn by file, field and limit, and still scores the others", async () => {
    const good = file("good.json", call("您好,请问是张伟先生本人吗?"));
    const longName = file("long-name.json", call("请问是张伟先生本人吗?", "张".repeat(40_000)));
    const longTurn = file("long-turn.json", call("分12期,每月还5000元,30天内".repeat(4000)));
    const { code, stdout, stderr } = await run(["--json", longName, good, longTurn]);
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`${longName}: not a valid transcript:\n✖ at most 200 characters\n  → at case.debtorName`);
    expect(stderr).toMatch(new RegExp(`${longTurn.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not a valid transcript:\n✖ .*20,000 characters.*\n  → at turns\\[0\\]\\.text`));
  }, 60_000);

  it("stops quietly when the reader closes the pipe (| head -1)", async () => {
    const good = file("many.json", call("您好,请问是张伟先生本人吗?"));
    const { stdout, stderr } = await run(["--json", ...Array(3000).fill(good)], { closeAfterFirstLine: true });
    expect(stdout.length).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  }, 60_000);
});
