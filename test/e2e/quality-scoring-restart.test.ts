import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { signIn, type THttpSession } from "../support/http-session";
import { e2eReady } from "../support/shared-parley";
import { startParley, type TParleyServer } from "../support/start-parley";

/** Issue 10, item 2: a server stopped in the middle of scoring a batch loses none of it. */
await e2eReady();

const dataRoot = await mkdtemp(path.join(tmpdir(), "parley-restart-"));
const dataDir = path.join(dataRoot, "pglite");
let server: TParleyServer | undefined;
afterAll(async () => {
  await server?.stop();
  await rm(dataRoot, { recursive: true, force: true });
});

const progress = async (supervisor: THttpSession, reviewIds: string[]) => {
  const response = await supervisor.fetch(`/api/supervisor/quality/progress?${new URLSearchParams(reviewIds.map((id) => ["review", id]))}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { total: number; scored: number; failed: number; done: boolean };
};

describe("a batch being scored when the server stops", () => {
  it("is scored in full after the restart, each file once", async () => {
    server = await startParley({ PARLEY_DATA_DIR: dataDir });
    let supervisor = await signIn(server.url, "supervisor", DEMO_PASSWORD);
    const teamId = ((await (await supervisor.fetch("/api/me")).json()) as { teamIds: string[] }).teamIds[0]!;
    const form = new FormData();
    form.set("teamId", teamId);
    for (let file = 0; file < 4; file++) {
      const turns = Array.from({ length: 8000 }, (_, i) =>
        i % 2 === 0 ? { speaker: "agent", text: `文件${file} 第${i}轮:你这个老赖,今天不还钱就抓你去坐牢。` } : { speaker: "customer", text: "我现在没钱。" },
      );
      form.append("files", new File([JSON.stringify({ language: "zh-CN", ruleset: "cn", turns })], `restart-${file}.json`));
    }
    const uploaded = (await (await supervisor.fetch("/api/supervisor/quality", { method: "POST", body: form })).json()) as { reviewId: string; status: string }[];
    expect(uploaded.map((result) => result.status)).toEqual(["queued", "queued", "queued", "queued"]);
    const ids = uploaded.map((result) => result.reviewId);
    expect((await progress(supervisor, ids)).done).toBe(false);

    await server.stop();
    server = await startParley({ PARLEY_DATA_DIR: dataDir });
    supervisor = await signIn(server.url, "supervisor", DEMO_PASSWORD);
    await expect.poll(async () => (await progress(supervisor, ids)).scored, { timeout: 300_000, interval: 500 }).toBe(4);
    expect(await progress(supervisor, ids)).toMatchObject({ total: 4, failed: 0, done: true });
    for (const id of ids) {
      const page = await supervisor.fetch(`/supervisor/quality/${id}`, { headers: { "accept-language": "en" } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/Turns 1–200 of 8,?000/);
    }
  });
});
