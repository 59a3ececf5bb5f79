import { beforeAll, describe, expect, it } from "vitest";
import { openBrowser, screenshot } from "../support/browser";
import { CaseFilePage, signInAs } from "../support/call-page";
import { createTeamWithPeople, NEW_PASSWORD } from "../support/e2e-accounts";
import { sharedParley } from "../support/shared-parley";
import { openSignedIn } from "../support/sign-in-page";

/**
 * Issue 12, item 11: a call in which the trainee only said hello (no work done, no rule broken) was
 * never really held. It is neither a pass nor a fail: the trainee's report, the list of scenarios and
 * the supervisor's dashboard say so, with the reason, in both languages, and the pass rate leaves it out.
 */
const server = await sharedParley();
const SCENARIO = "zh-timid-says-yes";

beforeAll(async () => {
  await createTeamWithPeople(server.url, "Hello team 招呼组", [
    { username: "hello.trainee", name: "招呼学员", role: "trainee" },
    { username: "hello.supervisor", name: "Hello Supervisor", role: "supervisor" },
  ]);
});

describe("a call never really held", () => {
  it("is shown as such, with why, and counted apart from the pass rate and the attempts", async () => {
    const trainee = await openBrowser({ locale: "zh-CN" });
    try {
      const list = await signInAs(trainee.page, server.url, "hello.trainee", NEW_PASSWORD);
      await list.startCall(SCENARIO);
      const call = await new CaseFilePage(trainee.page).dial();
      await call.say("喂");
      await call.endCall();
      await call.openReport();
      expect(await trainee.page.locator(".score-summary .verdict").textContent()).toBe("未真正进行:不计入统计");
      expect(await trainee.page.locator(".verdict-reasons").textContent()).toContain("没做任何该做的事,也没有违反任何规则");
      await screenshot(trainee.page, "call-not-held-report-zh");
      await list.open();
      expect(await list.card(SCENARIO).textContent()).toContain("尚未练习");
    } finally {
      await trainee.close();
    }

    for (const locale of ["zh-CN", "en"] as const) {
      const supervisor = await openSignedIn(server.url, "hello.supervisor", NEW_PASSWORD, { locale, landsOn: "/supervisor" });
      try {
        const { page } = supervisor;
        expect(await page.locator("[data-stat=not-held]").textContent()).toBe("1");
        expect(await page.locator("[data-stat=calls]").textContent()).toBe("0");
        expect(await page.locator("[data-stat=pass-rate]").textContent()).toBe("—");
        const result = page.locator("td[data-result=not-held]");
        expect(await result.textContent()).toBe(locale === "en" ? "Not really held (no work done and no rule broken)" : "未真正进行 (没做任何该做的事,也没有违规)");
        await screenshot(page, `call-not-held-dashboard-${locale}`);
      } finally {
        await supervisor.close();
      }
    }
  });
});
