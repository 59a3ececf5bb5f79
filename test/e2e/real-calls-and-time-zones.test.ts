import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { screenshot } from "../support/browser";
import { ABUSIVE_CHINESE_CALL } from "../support/real-call-transcripts";
import { sharedParley } from "../support/shared-parley";
import { openSignedIn } from "../support/sign-in-page";

const server = await sharedParley();

const file = (name: string, content: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof content === "string" ? content : JSON.stringify(content)),
});

describe("quality review of a collector's real call, in the browser", () => {
  it("records who made the call, names it by its id, words a bad file's problem in Chinese, and shows the result on the collector's progress", async () => {
    const callId = `real-${randomUUID().slice(0, 8)}`;
    const supervisor = await openSignedIn(server.url, "supervisor", DEMO_PASSWORD, { locale: "zh-CN", landsOn: "/supervisor" });
    try {
      const { page } = supervisor;
      await page.goto(`${server.url}/supervisor/quality`);
      const form = page.locator("form", { has: page.getByRole("heading", { name: "上传转写稿" }) });
      await form.getByLabel("催收员").selectOption({ label: "李明 Li Ming" });
      await form
        .getByLabel("转写稿文件(.json)")
        .setInputFiles([file("recording-0031.json", { ...ABUSIVE_CHINESE_CALL, id: callId }), file("no-turns.json", { language: "zh-CN", ruleset: "cn" })]);
      await form.getByRole("button", { name: "上传并评分" }).click();
      const results = form.locator(".upload-results li");
      await expect.poll(() => results.count()).toBe(2);
      // The refused file says what is wrong in Chinese, not in Zod's English.
      const refused = await form.locator(".upload-results li.error").textContent();
      expect(refused).toContain("no-turns.json");
      expect(refused).toContain("turns: 缺少此项(必填)");
      // Nothing of Zod's English or of JavaScript's words ("undefined", "string").
      expect(refused).not.toMatch(/expected|received|undefined|string|array/);
      // The list names the call by its own id, with the file beside it, and the collector.
      const row = page.locator("tr", { has: page.locator(`a[data-transcript-id="${callId}"]`) });
      await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1);
      expect(await row.textContent()).toContain("recording-0031.json");
      expect(await row.locator("td[data-collector]").textContent()).toBe("李明 Li Ming");
      await expect.poll(() => row.locator("td.error, td.ok").count(), { timeout: 60_000 }).toBe(1);
      await screenshot(page, "quality-review-collector-zh");
    } finally {
      await supervisor.close();
    }

    const trainee = await openSignedIn(server.url, "trainee", DEMO_PASSWORD, { locale: "zh-CN", landsOn: "/trainee" });
    try {
      const { page } = trainee;
      await page.goto(`${server.url}/trainee/progress`);
      const section = page.getByRole("region", { name: "您的真实通话质检" });
      expect(await section.locator("tr", { hasText: callId }).locator("td.error").textContent()).toBe("未通过");
      expect(await section.textContent()).toContain("CN-ABUSE");
      await screenshot(page, "trainee-progress-real-calls-zh");
    } finally {
      await trainee.close();
    }
  });

  it("says in Chinese why a whole upload was refused, not in the API's English", async () => {
    const supervisor = await openSignedIn(server.url, "supervisor", DEMO_PASSWORD, { locale: "zh-CN", landsOn: "/supervisor" });
    try {
      const { page } = supervisor;
      await page.goto(`${server.url}/supervisor/quality`);
      const form = page.locator("form", { has: page.getByRole("heading", { name: "上传转写稿" }) });
      // A collector who is no trainee of the team, as a stale page or a crafted form would send.
      await form.getByLabel("催收员").evaluate((select) => select.append(new Option("someone else", "not-a-trainee-of-this-team")));
      await form.getByLabel("催收员").selectOption("not-a-trainee-of-this-team");
      await form.getByLabel("转写稿文件(.json)").setInputFiles([file("one.json", { language: "zh-CN", ruleset: "cn", turns: [{ speaker: "agent", text: "您好" }] })]);
      await form.getByRole("button", { name: "上传并评分" }).click();
      await expect.poll(() => form.locator("p.error").textContent()).toBe("催收员必须是所选团队的学员。");
    } finally {
      await supervisor.close();
    }
  });

  it("offers the team's collectors and words a broken file's problem in English", async () => {
    const supervisor = await openSignedIn(server.url, "supervisor2", DEMO_PASSWORD, { locale: "en", landsOn: "/supervisor" });
    try {
      const { page } = supervisor;
      await page.goto(`${server.url}/supervisor/quality`);
      const form = page.locator("form", { has: page.getByRole("heading", { name: "Upload transcripts" }) });
      expect(await form.getByLabel("Collector").locator("option").allTextContents()).toEqual(["— not recorded —", "Emma Clarke"]);
      await form.locator("#upload-files").setInputFiles([file("broken.json", '{\n  "language": "en",\n  oops\n}')]);
      await form.locator("button[type=submit]").click();
      await expect.poll(() => form.locator(".upload-results li.error").textContent()).toContain("not valid JSON at line 3, column 3");
      await screenshot(page, "quality-review-errors-en");
    } finally {
      await supervisor.close();
    }
  });
});

describe("a team's time zone", () => {
  it("is set by an administrator, and the dashboard says its days are that zone's", async () => {
    const admin = await openSignedIn(server.url, "admin", DEMO_PASSWORD, { locale: "en", landsOn: "/admin" });
    try {
      const { page } = admin;
      const name = `Zone ${randomUUID().slice(0, 6)}`;
      const addTeam = page.locator("form", { has: page.getByRole("heading", { name: "Add a team" }) });
      await addTeam.getByLabel("Team name").fill(name);
      await addTeam.getByRole("button", { name: "Create" }).click();
      const zone = page.getByLabel(`Time zone of ${name}`);
      await zone.waitFor();
      expect(await zone.inputValue()).toBe("UTC");
      await zone.selectOption("Asia/Tokyo");
      const form = page.locator("form.time-zone", { has: zone });
      await form.getByRole("button", { name: "Set" }).click();
      await expect.poll(() => form.locator("[role=status]").textContent()).toBe("Saved: the team's days now follow this zone.");
      await page.reload();
      expect(await page.getByLabel(`Time zone of ${name}`).inputValue()).toBe("Asia/Tokyo");
      expect(await page.getByLabel("Time zone of 上海一组 Shanghai A").inputValue()).toBe("Asia/Shanghai");
      await screenshot(page, "admin-team-time-zone-en");
    } finally {
      await admin.close();
    }
    const supervisor = await openSignedIn(server.url, "supervisor", DEMO_PASSWORD, { locale: "zh-CN", landsOn: "/supervisor" });
    try {
      expect(await supervisor.page.locator("[data-time-zone]").textContent()).toBe("日期和日期筛选按团队时区的自然日计算:Asia/Shanghai。");
      await screenshot(supervisor.page, "supervisor-dashboard-time-zone-zh");
    } finally {
      await supervisor.close();
    }
  });
});
