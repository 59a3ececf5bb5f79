import type { Page } from "playwright-core";
// @ts-expect-error -- a plain ES module shared with npm start
import { ensureBuild } from "../scripts/ensure-build.mjs";
import { openBrowser } from "../test/support/browser";
import { resolveChromium } from "../test/support/chromium";
import { CallPage, CaseFilePage, signInAsTrainee } from "../test/support/call-page";
import { startParley } from "../test/support/start-parley";

const TURNS = 20;
const SCENARIO_ID = "zh-hardship-factory-shutdown";
// Polite, open lines that keep a cooperative customer on the phone for many turns.
const LINES = [
  "您好,我是东莞恒信企业管理咨询有限公司的催收专员小李,工号1234,受华兴银行信用卡中心委托来电,请问是王建国先生本人吗?",
  "麻烦您报一下身份证后四位,我核实一下是您本人。",
  "王先生,最近工作上是不是遇到什么困难了?",
  "我理解您现在压力很大,能跟我说说家里的情况吗?",
  "您现在每个月大概有多少收入?",
  "您看接下来有什么打算吗?",
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/**
 * Milliseconds from the Enter key that sends a line to the first character of the reply on screen:
 * a key listener stamps the press, a MutationObserver stamps the first text in the reply's bubble
 * (the bubble shows "…" until then), both with the page's own clock.
 */
async function timeOneTurn(page: Page, line: string): Promise<number> {
  const call = new CallPage(page);
  await call.input().fill(line);
  const revision = await call.revision();
  const measured = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const input = document.querySelector("#call-line")!;
        const chat = document.querySelector(".chat")!;
        let pressedAt = 0;
        input.addEventListener("keydown", () => (pressedAt = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const reply = chat.lastElementChild;
          const text = reply?.classList.contains("bubble-customer") ? reply.querySelector("p")?.textContent : null;
          if (pressedAt && text && text !== "…") {
            observer.disconnect();
            resolve(performance.now() - pressedAt);
          }
        });
        observer.observe(chat, { childList: true, subtree: true, characterData: true });
      }),
  );
  await call.input().press("Enter");
  const elapsed = await measured;
  await call.waitForReply(revision);
  return elapsed;
}

export default async function bench(): Promise<void> {
  (ensureBuild as () => boolean)();
  const server = await startParley();
  const browser = await openBrowser({ locale: "zh-CN", chromium: await resolveChromium() });
  const { page } = browser;
  try {
    const list = await signInAsTrainee(page, server.url);
    const times: number[] = [];
    let calls = 0;
    while (times.length < TURNS) {
      // A fresh call whenever the last one ended, so every turn is measured on a live call.
      await list.open();
      await list.startCall(SCENARIO_ID);
      const call = await new CaseFilePage(page).dial();
      calls++;
      for (const line of LINES) {
        if (times.length >= TURNS || (await call.state()) === "ended") break;
        times.push(await timeOneTurn(page, line));
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `send → first customer text on screen (offline role-player, Chromium): median ${percentile(times, 0.5).toFixed(0)} ms, p95 ${percentile(times, 0.95).toFixed(0)} ms (${times.length} turns over ${calls} calls)`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}
