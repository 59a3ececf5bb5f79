import { beforeAll, describe, expect, it } from "vitest";
import { openBrowser, screenshot } from "../support/browser";
import { CaseFilePage, CallPage, signInAs } from "../support/call-page";
import { createTeamWithPeople, NEW_PASSWORD } from "../support/e2e-accounts";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();
const SCENARIO = "zh-hardship-factory-shutdown";
const GREETING = "您好,我是恒信公司的小李,受华兴银行委托来电,请问是王建国先生本人吗?";
const THREAT = "你再不还钱,我们就去你单位找你,让你同事都知道";
const BETTER = "王先生,我理解您现在很难,我们一起看看有没有您能承受的还款方式。";

beforeAll(async () => {
  await createTeamWithPeople(server.url, "Retry team 重练组", [{ username: "retry.trainee", name: "重练学员", role: "trainee" }]);
});

describe("after the call, learning", () => {
  it("tries the faulty line again from just before it, then compares the two attempts side by side", async () => {
    const { page, close } = await openBrowser({ locale: "zh-CN" });
    try {
      const list = await signInAs(page, server.url, "retry.trainee", NEW_PASSWORD);
      await list.startCall(SCENARIO);
      const call = await new CaseFilePage(page).dial();
      await call.say(GREETING);
      await call.say(THREAT);
      await call.endCall();
      const report = await call.openReport();
      expect(await report.findingsOn(3).filter({ hasText: "CN-THREAT" }).count()).toBeGreaterThan(0);

      await report.findingsOn(3).filter({ hasText: "CN-THREAT" }).first().getByRole("button", { name: "重说这句话" }).click();
      await page.waitForURL(/\/trainee\/calls\/[^/]+$/);
      const retry = new CallPage(page);
      // Everything before the line is there; the line itself is the trainee's to say again.
      await expect.poll(() => retry.turns().count()).toBe(3);
      expect(await retry.turn(1).textContent()).toContain(GREETING);
      await screenshot(page, "retry-line-call");
      await retry.say(BETTER);
      await retry.endCall();
      await retry.openReport();

      await page.getByRole("link", { name: "对比我的练习" }).click();
      await page.waitForURL(`${server.url}/trainee/scenarios/${SCENARIO}/attempts`);
      expect(await page.locator("table.attempts thead th[data-call-id]").count()).toBe(2);
      const rules = await page.locator("tr[data-measure=rules] td").allTextContents();
      expect(rules[0]).toContain("CN-THREAT");
      expect(rules[1]).not.toContain("CN-THREAT");
      expect(await page.locator("tr[data-measure=mood] svg.mood-chart").count()).toBe(2);
      await screenshot(page, "attempts-side-by-side");
    } finally {
      await close();
    }
  });
});
