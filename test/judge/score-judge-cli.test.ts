import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ZScoreReport } from "@/lib/scoring/report-schema";
import { scoreTranscript } from "@/lib/scoring/score-transcript";
import { startOpenAiTestServer, type TOpenAiTestServer } from "@/test/support/openai-test-server";
import { runCli } from "@/test/support/run-cli";
import { call, judgeAnswer, missedThreat } from "./judge-call";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "parley-judge-"));
const callFile = path.join(dir, "judged-call.json");
writeFileSync(callFile, JSON.stringify(call));

let server: TOpenAiTestServer;
beforeAll(async () => {
  server = await startOpenAiTestServer(() => ({ kind: "text", text: judgeAnswer({ findings: [missedThreat] }) }));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The environment without any LLM settings the developer's shell may carry. */
function baseEnv(): NodeJS.ProcessEnv {
  const { OPENAI_BASE_URL: _url, OPENAI_API_KEY: _key, PARLEY_LLM_MODEL: _model, PARLEY_LLM_JUDGE: _judge, ...rest } = process.env;
  return rest;
}

function runScore(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("npm", ["run", "--silent", "score", "--", ...args], { cwd: root, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const deterministic = scoreTranscript(call);

describe("npm run score -- --judge", () => {
  it("adds the judge's findings when an LLM is configured", async () => {
    const env = { ...baseEnv(), OPENAI_BASE_URL: server.url, OPENAI_API_KEY: "test-key", PARLEY_LLM_MODEL: "judge-model" };
    const result = await runScore(["--json", "--judge", callFile], env);

    expect(result.stderr).not.toContain("warning");
    expect(result.code).toBe(0);
    const report = ZScoreReport.parse(JSON.parse(result.stdout));
    expect(report.findings).toContainEqual(expect.objectContaining({ turn: 4, ruleId: "CN-THREAT", source: "llm_judge" }));
    expect(report.review?.judge).toMatchObject({ model: "judge-model", added: 1, dropped: 0 });
    expect(report.scores).toEqual(deterministic.scores);
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer test-key");
  }, 60_000);

  it("warns on stderr and prints the deterministic report when no LLM is configured", async () => {
    for (const name of ["OPENAI_BASE_URL", "OPENAI_API_KEY", "PARLEY_LLM_MODEL", "PARLEY_LLM_JUDGE"]) vi.stubEnv(name, undefined);
    // Fresh modules, so the settings are read from this environment rather than one an earlier test cached.
    vi.resetModules();
    const { main } = await import("@/lib/cli/score");
    const result = await runCli(main, ["--json", "--judge", callFile]).finally(() => vi.unstubAllEnvs());

    expect(result.code).toBe(0);
    expect(result.stderr).toContain("warning: the LLM judge needs a model, and none is configured");
    expect(JSON.parse(result.stdout)).toEqual(deterministic);
  }, 60_000);
});
