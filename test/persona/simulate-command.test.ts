import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../lib/cli/simulate";
import { ZTranscript } from "../../lib/transcript/transcript-schema";
import { ZScoreReport } from "../../lib/scoring/report-schema";
import { getScenarioOrThrow } from "../../lib/scenarios/get-scenario";
import { runCli } from "../support/run-cli";
import { compliantScript } from "./support/agent-scripts";

const run = promisify(execFile);
/** The command as a user starts it: one smoke test. */
const spawnSimulate = (...args: string[]) =>
  run("npx", ["tsx", "lib/cli/simulate.ts", ...args], { cwd: path.resolve(import.meta.dirname, "../..") }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
/** The same command's main(), in this process. */
const simulate = (...args: string[]) => runCli(main, args);

let dir: string;
let agentFile: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "parley-simulate-"));
  agentFile = path.join(dir, "agent.txt");
  const lines = compliantScript(await getScenarioOrThrow("us-confused-balance-grew"));
  await writeFile(agentFile, `${lines.join("\n\n")}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("npm run simulate (interfaces.md §3)", () => {
  it("prints one JSON object with the transcript, the persona, the outcome and the score report (spawned)", async () => {
    const { code, stdout } = await spawnSimulate("--scenario", "us-confused-balance-grew", "--agent", agentFile, "--json", "--seed", "3");
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const call = JSON.parse(stdout);
    expect(ZTranscript.parse(call.transcript).turns.filter((turn) => turn.speaker === "agent")).toHaveLength(7);
    expect(call.outcome).toBe("promise_to_pay");
    expect(call.persona).toMatchObject({ phase: "promise_to_pay", archetype: "confused" });
    expect(ZScoreReport.parse(call.report).ruleset).toBe("us");
  });

  it("accepts a scenario file path and prints a readable transcript without --json", async () => {
    const { code, stdout } = await simulate("--scenario", "scenarios/us-confused-balance-grew.yaml", "--agent", agentFile);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^customer: /m);
    expect(stdout).toContain("outcome: promise_to_pay");
  });

  it("fails with a message on stderr for an unknown scenario or a missing agent file", async () => {
    const unknown = await simulate("--scenario", "no-such-scenario", "--agent", agentFile, "--json");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('no scenario with id "no-such-scenario"');
    expect(unknown.stdout).toBe("");
    const missing = await simulate("--scenario", "us-confused-balance-grew", "--agent", path.join(dir, "nope.txt"), "--json");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("cannot read the agent file");
  });
});
