import { describe, expect, it } from "vitest";
import { openBrowser, screenshot } from "../support/browser";
import { CallPage, CaseFilePage, signInAsTrainee } from "../support/call-page";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();

const scenarioId = "zh-hardship-factory-shutdown";
const INTRODUCTION = "您好,我是东莞恒信企业管理咨询有限公司的催收专员小李,工号1234,受华兴银行信用卡中心委托来电,请问是王建国先生本人吗?";
const VERIFICATION = "麻烦您报一下身份证后四位,我核实一下是您本人。";
const OPEN_QUESTION = "王先生,您的信用卡已经逾期62天了,最近工作上是不是遇到什么困难了?";
// The deliberate violation: a threat to expose the debt at work.
const THREAT = "你再不还钱,我们就去你单位找你,让你同事都知道";
const ABUSE = "不还钱就是老赖,我们马上起诉你,让你坐牢。";

describe("a trainee practises a call in a real browser", () => {
  it("reads the case file, holds a call, sees the customer react, and finds the violation pinned to its turn", async () => {
    const { page, close } = await openBrowser({ locale: "zh-CN" });
    try {
      // My scenarios: assigned first, then the library; filters are a plain GET form.
      const list = await signInAsTrainee(page, server.url);
      expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe("分配给我的");
      await list.filter({ language: "en" });
      expect(page.url()).toContain("language=en");
      expect(await list.cards().count()).toBeGreaterThan(0);
      expect(await list.card(scenarioId).count()).toBe(0);
      await list.filter({ language: "zh-CN", difficulty: "1" });
      expect(await list.card(scenarioId).textContent()).toMatch(/尚未练习|已练习 \d+ 次/);
      await screenshot(page, "trainee-scenarios");

      // The case file, with the five planning questions kept in this browser.
      await list.startCall(scenarioId);
      const brief = new CaseFilePage(page);
      expect(await brief.caseFile().textContent()).toContain("华兴银行信用卡中心");
      expect(await page.content()).not.toContain("订单都跑到越南去了");
      // Typed only once the page is live (before hydration nothing listens), then read back after a reload.
      const plan = "停工后收入下降,可先争取小额首付。";
      await expect
        .poll(async () => {
          await brief.note(/客户有没有还款能力/).fill(plan);
          return page.evaluate((id) => localStorage.getItem(`parley.notes.${id}`) ?? "", scenarioId);
        })
        .toContain(plan);
      await page.reload();
      await expect.poll(() => brief.note(/客户有没有还款能力/).inputValue()).toBe(plan);
      await screenshot(page, "trainee-case-file");

      // The call: the customer picks up; each line gets a streamed reply, announced when complete.
      const call = await brief.dial();
      await expect.poll(() => call.turns().count()).toBe(1);
      expect(await call.turn(0).getAttribute("class")).toContain("bubble-customer");
      for (const line of [INTRODUCTION, VERIFICATION, OPEN_QUESTION]) {
        expect((await call.say(line))?.length).toBeGreaterThan(0);
        expect(await call.input().evaluate((input) => input === document.activeElement)).toBe(true);
      }
      const reaction = await call.say(THREAT);
      const threatTurn = 7;
      expect(await call.turn(threatTurn).textContent()).toContain(THREAT);
      expect(reaction).toMatch(/威胁|吓唬|投诉/);
      expect(await call.announcement().textContent()).toContain(reaction!);
      expect(await call.state()).toBe("active");
      await screenshot(page, "trainee-call-in-progress");

      await call.endCall();
      expect(await call.endedBanner().textContent()).toContain("你结束了通话");
      expect(await call.input().isDisabled()).toBe(true);

      // The report: the threat pinned to the turn that made it, its words highlighted.
      const report = await call.openReport();
      expect(Number(await report.score("overall").textContent())).toBeLessThanOrEqual(40);
      const findings = await report.findingsOn(threatTurn).allTextContents();
      expect(findings.join("\n")).toContain("CN-THREAT");
      const marked = await report.marksIn(threatTurn).allTextContents();
      expect(marked.length).toBeGreaterThan(0);
      for (const evidence of marked) expect(THREAT).toContain(evidence);
      expect(await page.getByRole("heading", { name: "一通好电话应达成的目标" }).count()).toBe(1);
      await screenshot(page, "trainee-report");

      // Retry from the report: this time the customer hangs up, and the page says so.
      const retry = await report.retry();
      await retry.say(INTRODUCTION);
      await retry.say(THREAT);
      await retry.say(ABUSE);
      await expect.poll(() => retry.state()).toBe("ended");
      expect(await retry.endedBanner().textContent()).toMatch(/客户挂断了电话/);
      expect(await retry.input().isDisabled()).toBe(true);
      await page.setViewportSize({ width: 820, height: 1180 }); // a tablet held upright
      await screenshot(page, "trainee-call-hung-up-tablet");
      await page.setViewportSize({ width: 1280, height: 800 });
      await retry.openReport();
      expect(await page.locator("[data-outcome]").getAttribute("data-outcome")).toBe("complaint");

      // Progress (after the demo data's calls): both calls newest first, the chart, and the threat among the rules broken most.
      await page.goto(`${server.url}/trainee/progress`);
      const history = page.locator(".call-history tbody tr");
      expect(await history.nth(0).textContent()).toContain("投诉");
      expect(await history.nth(1).textContent()).toContain("工厂停工后的班组长王建国");
      expect(Number(await page.locator("tr[data-rule-id='CN-THREAT'] td").last().textContent())).toBeGreaterThanOrEqual(2);
      await page.locator(".chart .recharts-line-curve").first().waitFor();
      expect(await page.locator(".chart .recharts-line-curve").count()).toBe(4); // one line per dimension
      await screenshot(page, "trainee-progress");
    } finally {
      await close();
    }
  });

  it("refuses a line from a tab that is behind, and offers a reload", async () => {
    const { page, close } = await openBrowser({ locale: "en" });
    try {
      await (await signInAsTrainee(page, server.url)).startCall(scenarioId);
      const call = await new CaseFilePage(page).dial();
      const callUrl = page.url();

      // Another tab says something first.
      const other = await page.context().newPage();
      await other.goto(callUrl);
      await new CallPage(other).say("Hello, this is Li from Hengxin, calling for Huaxing Bank. Am I speaking with Wang Jianguo?");
      await other.close();

      await call.say("Hello?");
      expect(await call.problem().textContent()).toContain("moved on in another tab");
      expect(await call.input().inputValue()).toBe("Hello?");
      await call.problem().getByRole("button", { name: "Reload the call" }).click();
      await expect.poll(() => call.turns().count()).toBe(3);
      await screenshot(page, "trainee-call-conflict-reloaded");
    } finally {
      await close();
    }
  });
});
