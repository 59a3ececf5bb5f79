import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { AssignmentsPage } from "../support/assignments-page";
import { openBrowser, screenshot } from "../support/browser";
import { ScenarioEditorPage } from "../support/scenario-editor-page";
import { SignInPage } from "../support/sign-in-page";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();

const scenarioId = "zh-hardship-truck-driver";
const team = "上海一组 Shanghai A";
const dueOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

describe("a trainer edits, saves and assigns a scenario in a real browser", () => {
  it("shows a wrong field at the field and in the YAML, saves the fixed scenario and assigns it", async () => {
    const browser = await openBrowser({ locale: "zh-CN" });
    const { page } = browser;
    try {
      await new SignInPage(page, server.url).open();
      await new SignInPage(page, server.url).signIn("trainer", DEMO_PASSWORD);
      await page.waitForURL(`${server.url}/trainer`);
      await page.getByRole("link", { name: "货车司机黄志强" }).click();
      await page.waitForURL(`${server.url}/trainer/scenarios/${scenarioId}`);
      const editor = new ScenarioEditorPage(page, server.url);

      // A trait out of range, typed in the form: the error shows at the field and under the YAML, in the interface language.
      await editor.field("初始信任").fill("2");
      await expect.poll(() => editor.fieldIssues("persona.traits.initialTrust").textContent()).toBe("应为 0 到 1 之间的数字");
      expect(await editor.field("初始信任").getAttribute("aria-invalid")).toBe("true");
      expect(await editor.yaml().inputValue()).toContain("    initialTrust: 2\n");
      expect(await editor.yamlIssues().textContent()).toContain("第 25 行: persona.traits.initialTrust: 应为 0 到 1 之间的数字");

      // A field broken in the YAML: the form shows it at its own control.
      await editor.editYaml((source) => source.replace("difficulty: 2", "difficulty: 7"));
      await expect.poll(() => editor.fieldIssues("difficulty").textContent()).toBe("应不超过 3");
      await screenshot(page, "trainer-editor-errors");

      // Saving now is refused in the browser and nothing the trainer typed is lost.
      await editor.save();
      await expect.poll(() => editor.status().textContent()).toContain("本次未保存");
      expect(await editor.yaml().inputValue()).toContain("difficulty: 7");

      // Fix both, one in each view, and save: a new version appears.
      await editor.field("初始信任").fill("0.45");
      await editor.editYaml((source) => source.replace("difficulty: 7", "difficulty: 3"));
      expect(await editor.field("难度(1–3)").inputValue()).toBe("3");
      await expect.poll(() => editor.yamlIssues().textContent()).toBe("场景校验通过。");
      await editor.save();
      await expect.poll(() => editor.status().textContent()).toBe("已保存为第 2 版。");

      // The preview shows the case file as the trainee will see it, without hidden facts.
      await page.getByText("预览:学员看到的案件资料").click();
      const caseFile = page.getByRole("article", { name: "案件资料" });
      expect(await caseFile.textContent()).toContain("华兴银行信用卡中心");
      expect(await caseFile.textContent()).not.toContain("肝癌中期");
      await screenshot(page, "trainer-editor-saved-preview");

      // Dry runs of the edited scenario: the abusive call is caught and scores far below the compliant one.
      const compliant = await editor.dryRun("内置合规话术");
      expect(await compliant.outcome()).toBeTruthy();
      expect((await compliant.customerTurns()).length).toBeGreaterThan(1);
      const compliantCompliance = await compliant.score("compliance");
      expect(compliantCompliance).toBeGreaterThanOrEqual(80);
      await screenshot(page, "trainer-dry-run-compliant");
      const abusive = await editor.dryRun("内置违规话术");
      expect(await abusive.score("overall")).toBeLessThanOrEqual(40);
      expect(await abusive.score("compliance")).toBeLessThan(compliantCompliance);
      expect((await abusive.findings()).join("\n")).toContain("老赖");
      await screenshot(page, "trainer-dry-run-abusive");

      // The versions page lists both and shows what changed.
      await page.goto(`${server.url}/trainer/scenarios/${scenarioId}/versions?from=1&to=2`);
      expect(await page.locator("tr[data-version]").count()).toBe(2);
      expect(await page.locator("tr[data-version='2']").textContent()).toContain("王老师 Trainer Wang");
      expect(await page.locator(".diff-added").allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining("initialTrust: 0.45"), expect.stringContaining("difficulty: 3")]),
      );
      await screenshot(page, "trainer-versions-diff");

      // Assign it to the Shanghai team with a due date; the assignment is listed.
      const assignments = new AssignmentsPage(page, server.url);
      await assignments.open(scenarioId);
      await assignments.assignToTeam(team, dueOn);
      await expect.poll(() => assignments.status().textContent()).toBe("已创建 1 项分配。");
      await expect.poll(() => assignments.rowsOf(scenarioId).count()).toBe(1);
      expect(await assignments.rowsOf(scenarioId).textContent()).toContain(team);
      await screenshot(page, "trainer-assignments");
    } finally {
      await browser.close();
    }

    // The trainee of that team sees it first, with its due date.
    const traineeBrowser = await openBrowser({ locale: "zh-CN" });
    try {
      const signIn = new SignInPage(traineeBrowser.page, server.url);
      await signIn.open();
      await signIn.signIn("trainee", DEMO_PASSWORD);
      await traineeBrowser.page.waitForURL(`${server.url}/trainee`);
      const assigned = traineeBrowser.page.getByRole("region", { name: "分配给我的" });
      const card = assigned.locator(`[data-scenario-id='${scenarioId}']`);
      const dueText = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${dueOn}T12:00:00Z`));
      expect(await card.textContent()).toContain(dueText);
      await screenshot(traineeBrowser.page, "trainee-assigned-scenario");
    } finally {
      await traineeBrowser.close();
    }
  });
});
