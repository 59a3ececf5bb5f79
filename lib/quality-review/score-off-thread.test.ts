import { existsSync, readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { scoreTranscript } from "../scoring/score-transcript";
import type { TTranscript } from "../transcript/transcript-schema";
import { scoreOffThread, stopScoringThread } from "./score-off-thread";

afterAll(() => stopScoringThread());

const longCall: TTranscript = {
  language: "zh-CN",
  ruleset: "cn",
  turns: Array.from({ length: 4000 }, (_, i) =>
    i % 2 === 0 ? { speaker: "agent", text: "我理解您现在的难处,工厂停工确实不容易。能说说您现在的收入情况吗?你这个老赖!" } : { speaker: "customer", text: "嗯,我现在确实困难。" },
  ),
};

describe("scoring off the server's thread", () => {
  it("gives the scorer's own report", async () => {
    const call: TTranscript = { language: "en", ruleset: "us", turns: [{ speaker: "agent", text: "Pay today or we will have you arrested." }] };
    expect(await scoreOffThread(call, "x.json")).toEqual(scoreTranscript(call, { fallbackId: "x.json" }));
  });

  // Linux alone keeps a priority per thread (field 19 of a task's stat is its nice value).
  it.runIf(existsSync("/proc/self/task"))("scores at a lower priority than the threads that answer requests", async () => {
    await scoreOffThread({ language: "en", ruleset: "us", turns: [{ speaker: "agent", text: "Hello." }] }, "x.json");
    const niceOf = (tid: string | number) => Number(readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ")[16]);
    const threads = readdirSync("/proc/self/task").map(niceOf);
    expect(Math.max(...threads)).toBeGreaterThanOrEqual(niceOf(process.pid) + 10);
  });

  it("leaves this thread free while a long call is scored", async () => {
    // Counted in turns of the event loop, not milliseconds: on this thread the scorer would let none pass.
    let turnsOfTheLoop = 0;
    let scored = false;
    const tick = () => {
      if (scored) return;
      turnsOfTheLoop++;
      setImmediate(tick);
    };
    const report = scoreOffThread(longCall, "long.json").then((result) => {
      scored = true;
      return result;
    });
    setImmediate(tick);
    const findings = (await report).findings;
    expect(findings.length).toBeGreaterThan(2000);
    expect(turnsOfTheLoop).toBeGreaterThan(10);
  });

  it("starts a fresh thread after the last one was stopped", async () => {
    await stopScoringThread();
    const call: TTranscript = { language: "en", ruleset: "us", turns: [{ speaker: "agent", text: "Hello, this is Sam from Acme Recovery." }] };
    expect((await scoreOffThread(call, "y.json")).transcriptId).toBe("y.json");
  });
});
