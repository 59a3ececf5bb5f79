/**
 * npm run bench:load -- [--trainees 500] [--seconds 60] [--interval-ms 10000] [--url http://127.0.0.1:PORT] [--with-upload]
 *
 * Plays many signed-in trainees against a production build on 127.0.0.1: each starts a practice
 * call and sends a line on average every --interval-ms (exponential gaps), reading the streamed
 * reply to its end. Prints turn latency p50/p95/p99, turns per second and errors, and the same for
 * /api/health sampled alongside. --with-upload also has a supervisor upload a 1 MB quality-review
 * batch while the trainees play. Without --url it builds (if needed) and starts its own server on a
 * fresh embedded database (or DATABASE_URL when set). Bounded: setup, then --seconds of load.
 */
import { DEMO_PASSWORD } from "../lib/demo/demo-accounts";
import { signIn, type THttpSession } from "../test/support/http-session";
import { startParley } from "../test/support/start-parley";
// @ts-expect-error -- a plain ES module shared with npm start
import { ensureBuild } from "../scripts/ensure-build.mjs";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const TRAINEES = Number(option("trainees", "500"));
const SECONDS = Number(option("seconds", "60"));
const INTERVAL_MS = Number(option("interval-ms", "10000"));
const WITH_UPLOAD = args.includes("--with-upload");
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
  if (url) {
    if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname)) throw new Error("bench:load runs against 127.0.0.1 only");
  } else {
    (ensureBuild as () => boolean)();
    const server = await startParley();
    url = server.url;
    stop = server.stop;
  }
  try {
    await run(url);
  } finally {
    await stop();
  }
}

async function run(url: string) {
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

  const turnLatencies: number[] = [];
  const healthLatencies: number[] = [];
  const errors = new Map<string, number>();
  const fail = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
  const deadline = Date.now() + SECONDS * 1000;

  const startCall = async (session: THttpSession) => {
    const response = await session.fetch("/api/trainee/calls", { method: "POST", headers: json, body: JSON.stringify({ scenarioId: SCENARIO }) });
    if (response.status !== 201) {
      fail(`start ${response.status}`);
      return undefined;
    }
    return (await response.json()) as { callId: string; revision: number };
  };

  const trainee = async (session: THttpSession, index: number) => {
    await sleep(Math.random() * INTERVAL_MS);
    let call = await startCall(session);
    let line = 0;
    while (call && Date.now() < deadline) {
      const started = performance.now();
      const response = await session.fetch(`/api/trainee/calls/${call.callId}/turns`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ text: LINES[line++ % LINES.length], revision: call.revision }),
      });
      const body = await response.text();
      const elapsed = performance.now() - started;
      const done = body
        .split("\n")
        .filter(Boolean)
        .map((text) => JSON.parse(text) as { type: string; revision?: number; ended?: boolean; code?: string })
        .find((event) => event.type !== "text");
      if (response.status !== 200 || done?.type !== "done") fail(response.status !== 200 ? `turn ${response.status}` : `turn ${done?.code ?? "no done"}`);
      else {
        turnLatencies.push(elapsed);
        call = done.ended ? await startCall(session) : { callId: call.callId, revision: done.revision! };
      }
      if (line % LINES.length === 0) call = await startCall(session);
      await sleep(-Math.log(1 - Math.random()) * INTERVAL_MS * (0.9 + 0.2 * ((index % 10) / 10)));
    }
  };

  const health = async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await fetch(`${url}/api/health`).catch(() => undefined);
      if (response?.ok) healthLatencies.push(performance.now() - started);
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
    const response = await supervisor.fetch("/api/supervisor/quality", { method: "POST", body: form });
    await response.arrayBuffer();
    console.log(`upload: ${response.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };

  const loadStarted = performance.now();
  await Promise.all([...sessions.map(trainee), health(), ...(WITH_UPLOAD ? [sleep(SECONDS * 250).then(upload)] : [])]);
  const seconds = (performance.now() - loadStarted) / 1000;

  const sorted = turnLatencies.sort((a, b) => a - b);
  const healthSorted = healthLatencies.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(`load: ${TRAINEES} trainees, a line every ${INTERVAL_MS / 1000} s on average, ${seconds.toFixed(0)} s${WITH_UPLOAD ? ", with a quality-review upload" : ""}`);
  console.log(
    `turns: ${sorted.length} (${(sorted.length / seconds).toFixed(1)}/s)  p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  p99 ${ms(percentile(sorted, 99))}`,
  );
  console.log(`health: p50 ${ms(percentile(healthSorted, 50))}  p95 ${ms(percentile(healthSorted, 95))}  p99 ${ms(percentile(healthSorted, 99))}`);
  console.log(`errors: ${errors.size === 0 ? 0 : [...errors].map(([what, count]) => `${what} ×${count}`).join(", ")}`);
}

await main();
