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
