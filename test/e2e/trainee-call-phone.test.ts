import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { openBrowser, screenshot } from "../support/browser";
import { CaseFilePage, signInAs } from "../support/call-page";
import { createTeamWithPeople, NEW_PASSWORD, postJson } from "../support/e2e-accounts";
import type { THttpSession } from "../support/http-session";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();
const SCENARIO = "zh-hardship-factory-shutdown";
const PHONE = { width: 390, height: 844 };
const INTRODUCTION = "您好,我是东莞恒信企业管理咨询有限公司的催收专员小李,受华兴银行信用卡中心委托来电,请问是王建国先生本人吗?";
const THREAT = "你再不还钱,我们就去你单位找你,让你同事都知道";
const PLAN = "停工后收入下降,可先争取小额首付。";
let trainer: THttpSession;

beforeAll(async () => {
  const { sessions } = await createTeamWithPeople(server.url, "Phone team 手机组", [
    { username: "phone.trainee", name: "手机学员", role: "trainee" },
    { username: "assessed.trainee", name: "Assessed Trainee", role: "trainee" },
    { username: "phone.trainer", name: "Phone Trainer", role: "trainer" },
  ]);
  trainer = sessions["phone.trainer"]!;
  await postJson(trainer, "/api/trainer/assignments", { scenarioId: SCENARIO, traineeIds: [sessions["assessed.trainee"]!.id], hideMood: true });
});

/** Whether an element lies wholly inside the viewport as the page is scrolled now. */
const onScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
  });

describe("a trainee on a 390-pixel phone", () => {
  it("reads the case file, dials with a plan, sees the customer's mood turn, and finds it in the report", async () => {
    const { page, close } = await openBrowser({ locale: "zh-CN", viewport: PHONE, timezoneId: "Asia/Shanghai" });
    try {
      const list = await signInAs(page, server.url, "phone.trainee", NEW_PASSWORD);
      await list.startCall(SCENARIO);
      const brief = new CaseFilePage(page);
      // The case file fits the phone: its wide tables scroll inside their own box, the page never sideways.
      expect((await brief.caseFile().boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, "phone-case-file");
      await expect
        .poll(async () => {
          await brief.note(/客户有没有还款能力/).fill(PLAN);
          return page.evaluate((id) => localStorage.getItem(`parley.notes.${id}`) ?? "", SCENARIO);
        })
        .toContain(PLAN);

      const call = await brief.dial();
      // Whoever picks up is on the line of the person dialled; the plan sits beside the conversation.
      expect(await call.turn(0).locator(".bubble-who").textContent()).toBe("王建国的电话那头");
      expect(await call.plan().textContent()).toContain(PLAN);
      await expect.poll(() => call.moodCue().getAttribute("data-mood")).toBeTruthy();
      await call.say(INTRODUCTION);
      const before = await call.moodCue().getAttribute("data-mood");
      // The reply appears progressively, as it would be heard, even when it arrives in one piece.
      await page.evaluate(() => {
        const lengths = new Set<number>();
        Object.assign(window, { replyLengths: lengths });
        new MutationObserver(() => lengths.add(document.querySelector(".chat [data-turn]:last-child p:not(.typing)")?.textContent?.length ?? 0)).observe(
          document.querySelector(".chat")!,
          { subtree: true, childList: true, characterData: true },
        );
      });
      await call.say(THREAT);
      expect(await page.evaluate(() => (window as unknown as { replyLengths: Set<number> }).replyLengths.size)).toBeGreaterThan(3);
      const after = await call.moodCue().getAttribute("data-mood");
      expect(["angry", "upset", "scared", "distressed"]).toContain(after);
      expect(after).not.toBe(before);
      expect(await call.moodCue().textContent()).toMatch(/客户情绪:(愤怒|不满|害怕|痛苦)/);
      // The reply and the input are on screen together.
      expect(await onScreen(page, ".chat [data-turn]:last-child")).toBe(true);
      expect(await onScreen(page, "#call-line")).toBe(true);
      await screenshot(page, "phone-call-mood");

      // The limit is said and counted as the trainee types; a long unbroken word stays inside its bubble.
      await call.input().fill("好".repeat(2001));
      expect(await page.locator("#call-line-count").textContent()).toContain("2,001 字,最多 2,000 字。请删去 1 字");
      expect(await page.getByRole("button", { name: "发送" }).isDisabled()).toBe(true);
      const longWord = "x".repeat(300);
      await call.say(longWord);
      const bubble = call.turn(5);
      expect(await bubble.locator("p").evaluate((text) => text.scrollWidth <= text.clientWidth)).toBe(true);
      expect(await page.locator("#call-line-count").textContent()).toBe("0 / 2,000 字");

      await call.endCall();
      // Keyboard focus moves on to what comes next: the report.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("查看评分报告");
      const report = await call.openReport();
      const worse = report.moodPoints().filter({ has: page.locator(".mood-shift-worse") });
      expect(await worse.first().locator(".mood-cause q").textContent()).toBe(THREAT);
      expect(await report.plan().textContent()).toContain(PLAN);
      expect(await page.locator("#turn-0 .turn-head").textContent()).toContain("王建国");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      // Times are the reader's local time (the browser says Shanghai; the server runs on UTC).
      const { startedAt } = await page.evaluate(
        (url) => fetch(url).then((answer) => answer.json()),
        page
          .url()
          .replace("/trainee/", "/api/trainee/")
          .replace(/\/report$/, ""),
      );
      const local = new Intl.DateTimeFormat("zh-CN", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Shanghai" }).format(new Date(startedAt));
      expect(await page.locator(".facts dd").nth(1).textContent()).toContain(local);
      await screenshot(page, "phone-report-mood");
    } finally {
      await close();
    }
  });
});

describe("an assessed call", () => {
  it("hides the mood until the report, and says when speech input is unavailable", async () => {
    const { page, context, close } = await openBrowser({ locale: "en" });
    // A browser without speech recognition (Firefox, for one).
    await context.addInitScript(() => {
      delete (window as { SpeechRecognition?: unknown }).SpeechRecognition;
      delete (window as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition;
    });
    try {
      const list = await signInAs(page, server.url, "assessed.trainee", NEW_PASSWORD);
      await list.startCall(SCENARIO);
      const call = await new CaseFilePage(page).dial();
      const callUrl = page.url();
      await call.say("Hello, is that Mr Wang Jianguo?");
      // Back on the list and the case file, the open call is offered rather than a second one dialled.
      await list.open();
      expect(await list.card(SCENARIO).getByRole("link", { name: "Continue your open call" }).getAttribute("href")).toBe(new URL(callUrl).pathname);
      expect(await list.card(SCENARIO).textContent()).toContain("Not tried yet");
      await list.startCall(SCENARIO);
      expect(await page.locator(".open-call").textContent()).toContain("you have said 1 line.");
      await screenshot(page, "open-call-offered");
      await page.getByRole("link", { name: "Continue that call" }).click();
      await page.waitForURL(callUrl);
      expect(await call.moodCue().count()).toBe(0);
      expect(await page.locator(".mood-hidden").textContent()).toContain("Assessed call");
      expect(await page.locator("#listen-problem").textContent()).toBe("Speech input is not available in this browser: type your line instead.");
      expect(await call.plan().textContent()).toContain("You dialled without writing a plan.");
      await screenshot(page, "assessed-call");
      await call.endCall();
      const report = await call.openReport();
      expect(await report.moodPoints().count()).toBe(2);
      await screenshot(page, "assessed-call-report");
    } finally {
      await close();
    }
  });
});
