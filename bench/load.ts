/**
 * npm run bench:load -- [--trainees 500] [--seconds 60] [--interval-ms 10000] [--with-upload]
 *                       [--postgres URL] [--cpu-prof DIR] [--app DIR] [--url http://127.0.0.1:PORT]
 *
 * Plays many signed-in trainees against a production build on 127.0.0.1: each starts a practice
 * call and sends a line on average every --interval-ms (exponential gaps), reading the streamed
 * reply to its end. Prints turn latency p50/p95/p99, turns per second and errors, the same for
 * /api/health sampled alongside, and the server's CPU milliseconds per turn (from /proc: steadier than
 * latency on a shared machine). --with-upload also has a supervisor upload a 1 MB quality-review
 * batch (5 files of 2,000 turns) and prints turns and /api/health apart for the time it is being scored.
 *
 * Without --url it builds (if needed) and starts its own server (bench/bench-server.ts) on a fresh
 * embedded database, or on a fresh database of the PostgreSQL server that --postgres or
 * PARLEY_BENCH_POSTGRES_URL names (127.0.0.1 only; dropped afterwards). --cpu-prof DIR writes that
 * server's CPU profile (node --cpu-prof) for bench/profile-summary.ts. --app DIR serves another
 * checkout's production build instead (e.g. the previous version, to compare). Bounded in time: every request
 * times out, and the whole run stops after setup + --seconds + a minute whatever happens.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "../lib/demo/demo-accounts";
import { signIn, type THttpSession } from "../test/support/http-session";
// @ts-expect-error -- a plain ES module shared with npm start
import { ensureBuild } from "../scripts/ensure-build.mjs";
import { loopbackOnly, startBenchServer } from "./bench-server";
import { mainThreadCpuMs, postgresCpuMs, postgresCpuSince, processCpuMs } from "./process-cpu";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const TRAINEES = Number(option("trainees", "500"));
const SECONDS = Number(option("seconds", "60"));
const INTERVAL_MS = Number(option("interval-ms", "10000"));
const WITH_UPLOAD = args.includes("--with-upload");
const POSTGRES_URL = option("postgres", process.env.PARLEY_BENCH_POSTGRES_URL ?? "");
const CPU_PROFILE_DIR = option("cpu-prof", "");
const APP_DIR = option("app", "");
const SETUP_LIMIT_MS = 10 * 60_000;
const REQUEST_LIMIT_MS = 60_000;
const SCENARIO = "zh-hardship-factory-shutdown";
const LINES = [
  "您好,我是华兴银行信用卡中心委托的东莞恒信公司的李明,工号A1024。请问是王建国先生本人吗?",
  "王先生您好,为了保护您的隐私,能请您说一下身份证后四位吗?",
  "我理解您现在的难处,工厂停工确实不容易。能说说您现在的收入情况吗?",
  "我们可以帮您申请分期,每个月的金额可以按您的能力来定,您看每月大概能还多少?",
  "好的,我把分期方案记下来,稍后会有短信通知。还有什么我能帮您的吗?",
];

const json = { "content-type": "application/json" };
const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function inBatches<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

async function main() {
  let url = option("url", "");
  let stop = async () => {};
  let pid: number | undefined;
  let database = "the server's own";
  if (url) loopbackOnly(url);
  else {
    if (!APP_DIR) (ensureBuild as () => boolean)();
    const server = await startBenchServer({ postgresUrl: POSTGRES_URL || undefined, cpuProfileDir: CPU_PROFILE_DIR || undefined, appDir: APP_DIR || undefined });
    ({ url, pid, stop } = server);
    database = server.databaseKind === "postgres" ? "PostgreSQL" : "embedded PGlite";
  }
  // Whatever hangs, the run ends: setup, the load, and a minute to finish the last turns.
  const limit = setTimeout(
    () => {
      console.error("bench:load: time limit reached, stopping");
      void stop().finally(() => process.exit(1));
    },
    SETUP_LIMIT_MS + SECONDS * 1000 + 60_000,
  );
  try {
    await run(url, pid, database);
  } finally {
    clearTimeout(limit);
    await stop();
  }
  if (CPU_PROFILE_DIR) console.log(`CPU profile written to ${CPU_PROFILE_DIR} (npx tsx bench/profile-summary.ts ${CPU_PROFILE_DIR})`);
}

type TSample = { at: number; ms: number };

async function run(url: string, pid: number | undefined, database: string) {
  const setupStarted = performance.now();
  const admin = await signIn(url, "admin", DEMO_PASSWORD);
  const teams = (await (await admin.fetch("/api/admin/teams")).json()) as { id: string; name: string }[];
  const teamId = teams[0]!.id;
  const run = Date.now().toString(36);
  const usernames = Array.from({ length: TRAINEES }, (_, i) => `load-${run}-${i}`);
  await inBatches(usernames, 4, async (username) => {
    const response = await admin.fetch("/api/admin/users", {
      method: "POST",
      headers: json,
      body: JSON.stringify({ username, name: username, password: "load-test-password", role: "trainee", teamIds: [teamId] }),
    });
    if (response.status !== 201) throw new Error(`creating ${username}: ${response.status} ${await response.text()}`);
  });
  const sessions = await inBatches(usernames, 4, (username) => signIn(url, username, "load-test-password"));
  console.log(`setup: ${TRAINEES} trainees created and signed in in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);

  const turnLatencies: TSample[] = [];
  const healthLatencies: TSample[] = [];
  let scoring: { from: number; to: number } | undefined;
  const errors = new Map<string, number>();
  const fail = (what: string, detail = "") => {
    // The first answer of each kind of error is shown, so a failing run says why.
    if (!errors.has(what) && detail) console.error(`first ${what}: ${detail.slice(0, 300)}`);
    errors.set(what, (errors.get(what) ?? 0) + 1);
  };
  const deadline = Date.now() + SECONDS * 1000;

  const startCall = async (session: THttpSession) => {
    const response = await session
      .fetch("/api/trainee/calls", { method: "POST", headers: json, body: JSON.stringify({ scenarioId: SCENARIO }), signal: AbortSignal.timeout(REQUEST_LIMIT_MS) })
      .catch(() => undefined);
    if (!response) {
      fail("start timeout");
      return undefined;
    }
    if (response.status !== 201) {
      fail(`start ${response.status}`);
      return undefined;
    }
    return (await response.json()) as { callId: string; revision: number };
  };

  // Exponential gaps around --interval-ms; a pause past the end of the load is cut short, so the run ends with it and the rate is over the load alone.
  const thinkingPause = (index: number) => sleep(Math.min(-Math.log(1 - Math.random()) * INTERVAL_MS * (0.9 + 0.2 * ((index % 10) / 10)), Math.max(0, deadline - Date.now())));

  const trainee = async (session: THttpSession, index: number) => {
    await sleep(Math.random() * INTERVAL_MS);
    let call = await startCall(session);
    let line = 0;
    // Like every later line, the first comes after the trainee has read the customer's opening and typed.
    await thinkingPause(index);
    while (call && Date.now() < deadline) {
      const started = performance.now();
      const answer = await session
        .fetch(`/api/trainee/calls/${call.callId}/turns`, {
          method: "POST",
          headers: json,
          body: JSON.stringify({ text: LINES[line++ % LINES.length], revision: call.revision }),
          signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
        })
        .then(async (response) => ({ response, body: await response.text() }))
        .catch(() => undefined);
      if (!answer) {
        fail("turn timeout");
        call = await startCall(session);
        continue;
      }
      const { response, body } = answer;
      const elapsed = performance.now() - started;
      const done = body
        .split("\n")
        .filter(Boolean)
        .map((text) => JSON.parse(text) as { type: string; revision?: number; ended?: boolean; code?: string })
        // The mood comes first, then the words; the turn ends with done (or error).
        .find((event) => event.type === "done" || event.type === "error");
      if (response.status !== 200 || done?.type !== "done") fail(response.status !== 200 ? `turn ${response.status}` : `turn ${done?.code ?? "no done"}`, body);
      else {
        turnLatencies.push({ at: started, ms: elapsed });
        call = done.ended ? await startCall(session) : { callId: call.callId, revision: done.revision! };
      }
      if (line % LINES.length === 0) call = await startCall(session);
      await thinkingPause(index);
    }
  };

  const health = async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(REQUEST_LIMIT_MS) }).catch(() => undefined);
      if (response?.ok) healthLatencies.push({ at: started, ms: performance.now() - started });
      else fail("health");
      await sleep(500);
    }
  };

  const upload = async () => {
    const supervisor = await signIn(url, "supervisor", DEMO_PASSWORD);
    const me = (await (await supervisor.fetch("/api/me")).json()) as { teamIds: string[] };
    const turns = Array.from({ length: 2000 }, (_, i) =>
      i % 2 === 0 ? { speaker: "agent", text: LINES[(i / 2) % LINES.length]! } : { speaker: "customer", text: "嗯,我知道了,但是我现在确实困难。" },
    );
    const form = new FormData();
    form.set("teamId", me.teamIds[0]!);
    for (let file = 0; file < 5; file++) form.append("files", new File([JSON.stringify({ id: `load-${file}`, language: "zh-CN", ruleset: "cn", turns })], `load-${file}.json`));
    const started = performance.now();
    const response = await supervisor.fetch("/api/supervisor/quality", { method: "POST", body: form, signal: AbortSignal.timeout(REQUEST_LIMIT_MS) });
    const results = (await response.json()) as { reviewId?: string }[];
    const answered = performance.now();
    // Until every file is scored: the window in which turns and /api/health are measured apart.
    const query = results.flatMap((result) => (result.reviewId ? [`review=${result.reviewId}`] : [])).join("&");
    let done = false;
    while (!done && Date.now() < deadline + 60_000) {
      await sleep(500);
      const progress = await supervisor.fetch(`/api/supervisor/quality/progress?${query}`, { signal: AbortSignal.timeout(REQUEST_LIMIT_MS) }).catch(() => undefined);
      done = progress?.ok ? ((await progress.json()) as { done: boolean }).done : false;
    }
    scoring = { from: started, to: performance.now() };
    console.log(
      `upload: ${response.status}, answered in ${((answered - started) / 1000).toFixed(1)} s, ${done ? "scored" : "NOT scored"} ${((scoring.to - started) / 1000).toFixed(1)} s after it was sent`,
    );
  };

  const loadStarted = performance.now();
  // The monotonic clock is the machine's, so the server's CPU profile can be cut to the load phase.
  const windowFrom = process.hrtime.bigint() / 1000n;
  const cpuBefore = pid ? processCpuMs(pid) : Number.NaN;
  const mainBefore = pid ? mainThreadCpuMs(pid) : Number.NaN;
  const postgresBefore = database === "PostgreSQL" ? postgresCpuMs() : undefined;
  // The main thread's CPU share in each 10 s of the load: a slow window that is not CPU-bound is waiting on something else.
  const mainThreadShare: number[] = [];
  const sampleCpu = async () => {
    let before = pid ? mainThreadCpuMs(pid) : Number.NaN;
    while (Date.now() < deadline) {
      await sleep(Math.min(10_000, Math.max(0, deadline - Date.now())));
      const now = pid ? mainThreadCpuMs(pid) : Number.NaN;
      mainThreadShare.push((now - before) / 10_000);
      before = now;
    }
  };
  await Promise.all([...sessions.map(trainee), health(), sampleCpu(), ...(WITH_UPLOAD ? [sleep(SECONDS * 250).then(upload)] : [])]);
  const seconds = (performance.now() - loadStarted) / 1000;
  const windowTo = process.hrtime.bigint() / 1000n;
  const serverCpu = pid ? processCpuMs(pid) - cpuBefore : Number.NaN;
  const mainCpu = pid ? mainThreadCpuMs(pid) - mainBefore : Number.NaN;
  const postgresCpu = postgresBefore ? postgresCpuSince(postgresBefore) : Number.NaN;

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const line = (what: string, samples: TSample[], perSecond = false) => {
    const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
    const rate = perSecond ? ` (${(sorted.length / seconds).toFixed(1)}/s)` : "";
    console.log(`${what}: ${sorted.length}${rate}  p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  p99 ${ms(percentile(sorted, 99))}`);
  };
  console.log(
    `load: ${TRAINEES} trainees on ${database}, a line every ${INTERVAL_MS / 1000} s on average, ${seconds.toFixed(0)} s${WITH_UPLOAD ? ", with a quality-review upload" : ""}`,
  );
  line("turns", turnLatencies, true);
  line("health", healthLatencies);
  // Latency by 10 s of the load: a backlog at the start (every trainee starting a call) shows apart from the steady state.
  const windows = new Map<number, TSample[]>();
  for (const sample of turnLatencies) {
    const window = Math.floor((sample.at - loadStarted) / 10_000);
    windows.set(window, [...(windows.get(window) ?? []), sample]);
  }
  console.log(
    `turns by 10 s window (p50/p95): ${[...windows]
      .sort(([a], [b]) => a - b)
      .map(([window, samples]) => {
        const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
        return `${window * 10}s ${ms(percentile(sorted, 50))}/${ms(percentile(sorted, 95))}`;
      })
      .join(", ")}`,
  );
  if (scoring) {
    const during = (sample: TSample) => sample.at >= scoring!.from && sample.at <= scoring!.to;
    line("  turns while the upload was scored", turnLatencies.filter(during));
    line("  health while the upload was scored", healthLatencies.filter(during));
  }
  if (pid) console.log(`server main thread busy by 10 s window: ${mainThreadShare.map((share) => `${Math.round(share * 100)} %`).join(", ")}`);
  if (pid) {
    const perTurn = (cpu: number) => `${(cpu / Math.max(1, turnLatencies.length)).toFixed(1)} ms`;
    const postgres = Number.isNaN(postgresCpu) ? "" : `; PostgreSQL server processes on this machine at least ${perTurn(postgresCpu)} more`;
    console.log(
      `server CPU: ${(serverCpu / 1000).toFixed(1)} s over the load, ${perTurn(serverCpu)} per turn played (its main thread ${perTurn(mainCpu)})${WITH_UPLOAD ? " (the upload's scoring included)" : ""}${postgres}`,
    );
  }
  console.log(`errors: ${errors.size === 0 ? 0 : [...errors].map(([what, count]) => `${what} ×${count}`).join(", ")}`);
  if (CPU_PROFILE_DIR) {
    const loadWindow = { fromMicros: Number(windowFrom), toMicros: Number(windowTo), turns: turnLatencies.length, trainees: TRAINEES, database };
    // The server writes its profiles only when it exits, which may be after this.
    mkdirSync(CPU_PROFILE_DIR, { recursive: true });
    writeFileSync(path.join(CPU_PROFILE_DIR, "load-window.json"), JSON.stringify(loadWindow));
  }
}

await main();
