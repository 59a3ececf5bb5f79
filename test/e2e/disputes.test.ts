import { beforeAll, describe, expect, it } from "vitest";
import { openBrowser, screenshot } from "../support/browser";
import { CaseFilePage, signInAs } from "../support/call-page";
import { createTeamWithPeople, NEW_PASSWORD } from "../support/e2e-accounts";
import { sharedParley } from "../support/shared-parley";
import { SignInPage } from "../support/sign-in-page";

const server = await sharedParley();
const SCENARIO = "zh-hardship-factory-shutdown";
const THREAT = "你再不还钱,我们就去你单位找你,让你同事都知道";

beforeAll(async () => {
  await createTeamWithPeople(server.url, "Dispute team 异议组", [
    { username: "disputing.trainee", name: "异议学员", role: "trainee" },
    { username: "dispute.supervisor", name: "Dispute Supervisor", role: "supervisor" },
  ]);
});

describe("a disputed finding", () => {
  it("goes from the trainee's report to their supervisor, who accepts it: the call is rescored and the dashboard counts it", async () => {
    const trainee = await openBrowser({ locale: "zh-CN" });
    const supervisor = await openBrowser({ locale: "en" });
    try {
      const list = await signInAs(trainee.page, server.url, "disputing.trainee", NEW_PASSWORD);
      await list.startCall(SCENARIO);
      const call = await new CaseFilePage(trainee.page).dial();
      await call.say(THREAT);
      await call.endCall();
      const report = await call.openReport();
      const callId = trainee.page.url().split("/").at(-2)!;
      const before = Number(await report.score("overall").textContent());

      const threat = trainee.page.locator(".finding").filter({ hasText: "CN-THREAT" }).first();
      await threat.getByText("对这条发现提出异议").click();
      await threat.getByLabel("为什么这条发现不对?").fill("我只是在说明后果。");
      await threat.getByRole("button", { name: "发送给主管" }).click();
      await expect.poll(() => threat.locator(".dispute-state").textContent()).toBe("已提出异议:主管尚未处理。");
      await screenshot(trainee.page, "dispute-sent");

      const signIn = new SignInPage(supervisor.page, server.url);
      await signIn.open();
      await supervisor.page.waitForLoadState("networkidle");
      await signIn.signIn("dispute.supervisor", NEW_PASSWORD);
      await supervisor.page.waitForURL(`${server.url}/supervisor`);
      await supervisor.page.goto(`${server.url}/supervisor/calls/${callId}`);
      const dispute = supervisor.page.locator(".dispute-item");
      expect(await dispute.textContent()).toContain("我只是在说明后果。");
      await dispute.getByRole("button", { name: "Accept: withdraw the finding" }).click();
      await expect.poll(() => dispute.getAttribute("data-status")).toBe("accepted");
      expect(await supervisor.page.locator("#turn-1 .finding").filter({ hasText: "CN-THREAT" }).count()).toBe(0);
      await screenshot(supervisor.page, "dispute-accepted");
      await supervisor.page.goto(`${server.url}/supervisor`);
      expect(await supervisor.page.locator("[data-stat=overridden]").textContent()).toBe("1");

      await trainee.page.reload();
      expect(Number(await report.score("overall").textContent())).toBeGreaterThan(before);
      expect(await trainee.page.locator(".dispute-item .dispute-state").textContent()).toBe("异议已被接受:这条发现已撤销,通话已重新评分。");
      await screenshot(trainee.page, "dispute-accepted-trainee");
    } finally {
      await trainee.close();
      await supervisor.close();
    }
  });
});
