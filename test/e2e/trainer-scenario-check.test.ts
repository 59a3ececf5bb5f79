import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { screenshot } from "../support/browser";
import { ScenarioEditorPage } from "../support/scenario-editor-page";
import { sharedParley } from "../support/shared-parley";
import { openSignedIn } from "../support/sign-in-page";

const server = await sharedParley();

/** The three calls side by side: one cell per script of the row of this measure. */
async function row(page: Page, measure: string) {
  return page.locator(`.teaching-runs tr[data-measure="${measure}"] td`).allTextContents();
}

async function runTeachingScripts(page: Page, button: string) {
  const panel = page.getByRole("region", { name: /三套教学话术|three teaching scripts/ });
  await panel.getByRole("button", { name: button }).click();
  await panel.locator(".teaching-runs").waitFor({ timeout: 60_000 });
  return panel;
}

describe("a trainer checks a scenario with its three teaching scripts before trainees see it", () => {
  it("shows the excellent, average and abusive calls side by side, in Chinese", async () => {
    const { page, close } = await openSignedIn(server.url, "trainer", DEMO_PASSWORD, { locale: "zh-CN", landsOn: "/trainer" });
    try {
      const editor = new ScenarioEditorPage(page, server.url);
      await editor.open("zh-guilty-cooperative-restaurant-worker");
      const panel = await runTeachingScripts(page, "运行三套话术");

      expect(await panel.locator(".teaching-runs thead th[data-kind]").allTextContents()).toEqual(["优秀为本场景编写", "一般为本场景编写", "违规为本场景编写"]);
      const [excellent, average, abusive] = (await row(page, "overall")).map(Number);
      expect(excellent).toBeGreaterThanOrEqual(70);
      expect(excellent).toBeGreaterThan(average!);
      expect(average).toBeGreaterThan(abusive!);
      expect(await row(page, "result")).toEqual(["通过", "未通过", "未通过"]);
      const outcomes = await panel.locator('.teaching-runs tr[data-measure="outcome"] td').evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-outcome")));
      expect(["plan_agreed", "promise_to_pay", "callback"]).toContain(outcomes[0]);
      expect(["hung_up", "complaint"]).toContain(outcomes[2]);

      // Hidden facts: the excellent call reaches the husband's stroke, the abusive one nothing.
      const reached = (kind: number) => panel.locator(`.teaching-runs tr[data-measure="hidden"] td:nth-of-type(${kind}) li[data-reached="true"]`).count();
      expect(await panel.locator('.teaching-runs tr[data-measure="hidden"] td:nth-of-type(1) li[data-fact="husband-stroke"]').getAttribute("data-reached")).toBe("true");
      expect(await reached(3)).toBe(0);
      expect((await row(page, "hidden"))[2]).toMatch(/^5 条中 0 条/);
      // The mood curve: the abusive call ends angry, said in words as well as drawn.
      expect((await row(page, "mood"))[2]).toMatch(/到愤怒$/);
      expect(await panel.locator('.teaching-runs tr[data-measure="mood"] td .mood-chart circle').count()).toBeGreaterThan(10);
      expect((await row(page, "rules"))[2]).toContain("CN-");
      await screenshot(page, "trainer-teaching-scripts-zh");

      // The single dry run shows the mood over the call and the hidden facts reached, too.
      await editor.dryRun("内置违规话术");
      const dryRun = page.getByRole("region", { name: "试运行" });
      expect(await dryRun.getByRole("region", { name: "客户在通话中的情绪" }).locator("li").count()).toBeGreaterThan(0);
      expect(await dryRun.getByRole("region", { name: "触及的隐藏信息" }).locator("li[data-fact]").count()).toBe(5);
    } finally {
      await close();
    }
  });

  it("shows the three calls side by side in English", async () => {
    const { page, close } = await openSignedIn(server.url, "trainer", DEMO_PASSWORD, { locale: "en", landsOn: "/trainer" });
    try {
      const editor = new ScenarioEditorPage(page, server.url);
      await editor.open("us-guilty-cooperative-bus-driver");
      const panel = await runTeachingScripts(page, "Run the three scripts");
      expect(await panel.locator(".teaching-runs thead th[data-kind]").allTextContents()).toEqual([
        "Excellentwritten for this scenario",
        "Averagewritten for this scenario",
        "Abusivewritten for this scenario",
      ]);
      expect((await row(page, "result"))[0]).toBe("Passed");
      expect((await row(page, "result"))[2]).toBe("Not passed");
      expect((await row(page, "mood"))[2]).toMatch(/to angry$/i);
      expect((await row(page, "hidden"))[0]).toMatch(/^[4-6] of 6/);
      // Each call's transcript opens below the table, its turns labelled with the customer's name.
      await panel.getByText("Transcript of the Abusive call").click();
      expect(await panel.locator("#abusive-turn-1").textContent()).toContain("Rosa Delgado");
      await screenshot(page, "trainer-teaching-scripts-en");
    } finally {
      await close();
    }
  });
});

describe("a trainer reads how one scenario went for their trainees", () => {
  const stat = (page: Page, key: string) => page.locator(`[data-stat="${key}"]`).textContent();

  it("shows attempts, pass rate, rules broken most and hidden facts most often missed, in Chinese", async () => {
    const { page, close } = await openSignedIn(server.url, "trainer", DEMO_PASSWORD, { locale: "zh-CN", landsOn: "/trainer" });
    try {
      // From the scenario list: the demo trainee's abusive and compliant calls of this scenario.
      await page.locator('tr[data-scenario-id="zh-angry-colleague-was-called"]').getByRole("link", { name: "结果" }).click();
      await page.waitForURL(`${server.url}/trainer/scenarios/zh-angry-colleague-was-called/results`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^结果:/);
      expect(Number(await stat(page, "trainees"))).toBeGreaterThanOrEqual(1);
      expect(Number(await stat(page, "calls"))).toBeGreaterThanOrEqual(2);
      expect(await stat(page, "passRate")).toMatch(/^\d+%$/);
      expect(await page.locator('[data-figure="unscored"]').textContent()).toMatch(/^不计入:\d+ 通未真正进行的通话/);
      // The abusive demo call broke rules of the Chinese rule set; each row names the rule in Chinese.
      const rules = page.locator("table.scenario-rules tbody tr");
      expect(await rules.count()).toBeGreaterThan(0);
      expect(await rules.first().getAttribute("data-rule")).toMatch(/^CN-/);
      expect(await rules.first().locator("td").first().textContent()).toMatch(/[\u4e00-\u9fff]/);
      // Every hidden fact is listed with how many calls missed it.
      const facts = page.locator("table.scenario-facts tbody tr");
      expect(await facts.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-fact")).sort())).toEqual([
        "colleague-humiliation",
        "mortgage",
        "savings",
        "waiting-for-discount",
        "wife-unaware",
      ]);
      expect(await facts.first().locator("td").nth(1).textContent()).toMatch(/^\d+ 通中 \d+ 通$/);
      await screenshot(page, "trainer-scenario-results-zh");
    } finally {
      await close();
    }
  });

  it("shows the same figures in English", async () => {
    const { page, close } = await openSignedIn(server.url, "trainer", DEMO_PASSWORD, { locale: "en", landsOn: "/trainer" });
    try {
      await page.goto(`${server.url}/trainer/scenarios/us-confused-balance-grew/results`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Results: /);
      expect(Number(await stat(page, "calls"))).toBeGreaterThanOrEqual(2);
      expect(await page.getByRole("heading", { name: "Hidden facts most often missed" }).count()).toBe(1);
      expect(await page.locator("table.scenario-facts tbody tr").count()).toBe(5);
      expect(await page.locator("table.scenario-facts tbody tr").first().locator("td").nth(1).textContent()).toMatch(/^\d+ of \d+ calls$/);
      expect(await page.locator('[data-figure="unscored"]').textContent()).toMatch(/^Not counted: /);
      await screenshot(page, "trainer-scenario-results-en");
      // A scenario that does not exist is a 404, not an error page.
      const missing = await page.goto(`${server.url}/trainer/scenarios/no-such-scenario/results`);
      expect(missing?.status()).toBe(404);
    } finally {
      await close();
    }
  });
});
