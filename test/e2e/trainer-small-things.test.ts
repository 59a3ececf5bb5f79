import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { NEW_SCENARIO_TEMPLATE } from "@/lib/scenario-store/new-scenario-template";
import { AssignmentsPage } from "../support/assignments-page";
import { screenshot } from "../support/browser";
import { signIn } from "../support/http-session";
import { ScenarioEditorPage } from "../support/scenario-editor-page";
import { sharedParley } from "../support/shared-parley";
import { openSignedIn } from "../support/sign-in-page";

const server = await sharedParley();
const scenarioId = "small-things-scenario";

const signedInTrainer = (locale: "zh-CN" | "en") => openSignedIn(server.url, "trainer", DEMO_PASSWORD, { locale, landsOn: "/trainer" });

describe("the trainer's small things (issue 13, item 6)", () => {
  it("notes a version, counts lines in good English, asks before a rollback, lists every YAML problem", async () => {
    const trainer = await signIn(server.url, "trainer", DEMO_PASSWORD);
    const created = await trainer.fetch("/api/trainer/scenarios", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ source: NEW_SCENARIO_TEMPLATE.replace("id: new-scenario", `id: ${scenarioId}`) }),
    });
    expect(created.status).toBe(201);

    const browser = await signedInTrainer("en");
    const { page } = browser;
    try {
      // The scenario table names its columns and the customer type.
      expect(await page.locator("thead th").allTextContents()).toEqual(["ID", "Title", "Customer and difficulty", "Actions"]);
      expect(await page.locator(`tr[data-scenario-id='${scenarioId}']`).textContent()).toContain("Guilty and cooperative");

      const editor = new ScenarioEditorPage(page, server.url);
      await editor.open(scenarioId);
      await editor.field("Age").fill("36");
      await page.getByLabel("Note on this version (optional)").fill("one year older");
      await editor.save();
      await expect.poll(() => editor.status().textContent()).toBe("Saved as version 2.");

      // Five problems at once are all listed under the YAML, none clipped out of sight.
      await editor.editYaml((source) =>
        source
          .replace("age: 36", "age: 7")
          .replace("difficulty: 1", "difficulty: 9")
          .replace("patience: 0.6", "patience: 3")
          .replace("daysPastDue: 45", "daysPastDue: -1")
          .replace("deferralMonths: 0", "deferralMonths: 99"),
      );
      await expect.poll(() => editor.yamlIssues().locator("li").count()).toBeGreaterThanOrEqual(5);
      const pane = page.locator(".yaml-pane");
      expect(await pane.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
      for (const item of await editor.yamlIssues().locator("li").all()) expect(await item.isVisible()).toBe(true);

      await page.goto(`${server.url}/trainer/scenarios/${scenarioId}/versions?from=1&to=2`);
      expect(await page.locator("tr[data-version='2'] .version-note").textContent()).toBe("one year older");
      expect(await page.locator("#diff-title + p").textContent()).toBe("1 line added, 1 line removed");

      // A rollback asks first: declined, nothing changes; accepted, v1 comes back as v3.
      page.once("dialog", (dialog) => void dialog.dismiss());
      await page.getByRole("button", { name: "Roll back to v1" }).click();
      expect(await page.locator("tr[data-version]").count()).toBe(2);
      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: "Roll back to v1" }).click();
      await expect.poll(() => page.locator("tr[data-version]").count()).toBe(3);
      await screenshot(page, "trainer-versions-note");
    } finally {
      await browser.close();
    }
  });

  it("refuses the same assignment twice by name and shows completion and who assigned", async () => {
    const browser = await signedInTrainer("zh-CN");
    try {
      const assignments = new AssignmentsPage(browser.page, server.url);
      await assignments.open(scenarioId);
      await assignments.assignToTeam("上海一组 Shanghai A", "");
      await expect.poll(() => assignments.status().textContent()).toBe("已创建 1 项分配。");
      await assignments.assignToTeam("上海一组 Shanghai A", "");
      await expect.poll(() => assignments.status().textContent()).toBe("已分配给 上海一组 Shanghai A,本次未做任何分配。如需修改截止日期,请先删除原来的分配。");
      await expect.poll(() => assignments.rowsOf(scenarioId).count()).toBe(1);
      expect(await assignments.rowsOf(scenarioId).locator("[data-completion]").textContent()).toMatch(/^\d+ 名学员中 0 名已完成$/);
      // The demo's own assignments say who made them.
      expect(await assignments.rowsOf("zh-hardship-factory-shutdown").first().textContent()).toContain("Parley(演示数据)");
      await screenshot(browser.page, "trainer-assignments-completion");
    } finally {
      await browser.close();
    }
  });
});
