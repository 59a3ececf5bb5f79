import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scoreTranscript } from "../lib/scoring/score-transcript";
import type { TTranscript, TTurn } from "../lib/transcript/transcript-schema";

const AGENT_LINES = [
  "您好,我是XX公司的小李,工号1234,受招商银行委托,请问是张伟先生本人吗?",
  "我理解您现在压力很大,能跟我说说您现在的收入情况吗?",
  "您目前欠款大概5.8万,最低还款3000元。",
  "如果一次还清有困难,可以申请个性化分期,最长60期,具体以银行审批为准。",
  "逾期记录会报送征信中心,我们不会联系您的家人。",
  "那您看这个月15号之前能先还最低3000吗?",
  "好的,我跟您确认一下,15号还3000,剩下的我帮您提交分期申请。",
];
const CUSTOMER_LINES = ["是我。", "最近失业了,手头很紧。", "我知道,但现在真的拿不出来。", "能分期吗?", "好吧,我尽量。"];

function transcriptOf(turnCount: number, seed: number): TTranscript {
  const turns: TTurn[] = Array.from({ length: turnCount }, (_, index) =>
    index % 2 === 0
      ? { speaker: "agent", text: AGENT_LINES[(index / 2 + seed) % AGENT_LINES.length]! }
      : { speaker: "customer", text: CUSTOMER_LINES[(index + seed) % CUSTOMER_LINES.length]!, party: "debtor" },
  );
  return {
    language: "zh-CN",
    ruleset: "cn",
    case: { debtorName: "张伟", currency: "CNY", amountDue: 58320.5, minimumPayment: 3000, daysPastDue: 95, maxInstallmentMonths: 60, waivable: ["late_fees"] },
    turns,
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function timeInProcess() {
  const transcript = transcriptOf(40, 0);
  for (let i = 0; i < 200; i++) scoreTranscript(transcript);
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const started = performance.now();
    scoreTranscript(transcript);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`scoreTranscript, 40 turns: median ${percentile(times, 0.5).toFixed(3)} ms, p95 ${percentile(times, 0.95).toFixed(3)} ms (2,000 runs)`);
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; lines: number }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"] });
    let lines = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.on("close", (code) => resolve({ code, lines }));
  });
}

/**
 * npm runs a script through `sh -c` with the whole command line as one argument, which Linux caps
 * at 128 KB; so the 10,000 files get short relative names (.b/123.json) in a temporary folder under the root.
 */
async function timeCommand() {
  const root = path.resolve(import.meta.dirname, "..");
  const dir = path.join(root, ".b");
  if (existsSync(dir)) throw new Error(`${dir} exists; remove it to run this benchmark`);
  mkdirSync(dir);
  try {
    const files = Array.from({ length: 10_000 }, (_, index) => {
      writeFileSync(path.join(dir, `${index}.json`), JSON.stringify(transcriptOf(20 + (index % 21), index)));
      return path.join(path.basename(dir), `${index}.json`);
    });
    const started = performance.now();
    const result = await run("npm", ["run", "--silent", "score", "--", "--json", ...files], root);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `npm run score --json on 10,000 files: ${seconds.toFixed(2)} s, ${(result.lines / seconds).toFixed(0)} transcripts/s (${result.lines} reports, exit ${result.code})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<void> {
  timeInProcess();
  await timeCommand();
}
