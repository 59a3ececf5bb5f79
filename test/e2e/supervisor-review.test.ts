import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { loadRuleset } from "@/lib/scoring/load-ruleset";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { openBrowser, screenshot } from "../support/browser";
import { DISCLOSURE } from "../support/e2e-seeds";
import { signIn, type THttpSession } from "../support/http-session";
import { parseCsv } from "../support/parse-csv";
import { sharedParley } from "../support/shared-parley";
import { SignInPage } from "../support/sign-in-page";

// The server is shared with the other browser tests; the trainee's scored call was seeded for this
// file before it started (e2e-setup.ts), and audit entries are counted from this file's start.
const server = await sharedParley();
const callId = server.seeds.supervisorReviewCallId;
type TAuditEntry = { id: string; action: string; entityId: string; actor: { username: string } | null };
let admin: THttpSession;
let auditBefore: Set<string>;
const readAudit = async () => (await (await admin.fetch("/api/admin/audit")).json()) as TAuditEntry[];
const newAudit = async () => (await readAudit()).filter((entry) => !auditBefore.has(entry.id));

beforeAll(async () => {
  admin = await signIn(server.url, "admin", DEMO_PASSWORD);
  auditBefore = new Set((await readAudit()).map((entry) => entry.id));
});

/** A browser in Shanghai, signed in as the demo supervisor of 上海一组 Shanghai A, on their dashboard. */
async function openAsSupervisor(locale: string) {
  const browser = await openBrowser({ locale, timezoneId: "Asia/Shanghai" });
  const signInPage = new SignInPage(browser.page, server.url);
  await signInPage.open();
  // The form signs in from script; typing before it hydrates would submit it as a plain GET.
  await browser.page.waitForLoadState("networkidle");
  await signInPage.signIn("supervisor", DEMO_PASSWORD);
  await browser.page.waitForURL(`${server.url}/supervisor`);
  return browser;
}

describe("a supervisor reviews a trainee's call in the browser", () => {
  it("sees the result, opens the transcript, comments, downloads the CSV and prints", async () => {
    const browser = await openAsSupervisor("zh-CN");
    try {
      const { page } = browser;

      // The demo data and other tests hold other calls too; the seeded one links to its review.
      const row = page.locator(`tr:has(a[href="/supervisor/calls/${callId}"])`);
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain("李明 Li Ming");
      expect(await row.textContent()).toContain("工厂停工后的班组长王建国,第 1 版");
      expect(await page.getByRole("heading", { name: "最常违反的规则" }).isVisible()).toBe(true);
      // Rules by their titles, in the chart and the table, with the id alongside in the table.
      expect(await page.locator("figure.chart").filter({ hasText: "最常违反的规则" }).locator("tr", { hasText: "CN-THIRD-PARTY" }).textContent()).toContain("不向第三方透露欠款");
      await expect.poll(() => page.locator(".recharts-wrapper tspan", { hasText: "不向第三方透露欠款" }).count()).toBe(1);
      await expect.poll(() => page.locator(".chart .recharts-wrapper").count()).toBe(2);
      await screenshot(page, "supervisor-dashboard");

      await row.getByRole("link", { name: /查看 李明 Li Ming/ }).click();
      await page.waitForURL(`${server.url}/supervisor/calls/${callId}`);
      const turn = page.locator("#turn-2");
      const disclosure = turn.locator(".finding").filter({ hasText: "CN-THIRD-PARTY" });
      expect(await disclosure.textContent()).toContain("向第三方透露欠款");
      const quoted = await disclosure.locator("q").textContent();
      expect(quoted).toContain(DISCLOSURE);
      expect(await turn.locator("mark").first().textContent()).toBe(quoted);

      await page.getByLabel("针对").selectOption("2");
      await page.getByLabel("点评内容").fill("先核实对方是否本人,再谈欠款。");
      await page.getByRole("button", { name: "添加点评" }).click();
      await expect.poll(() => turn.locator(".comment").textContent()).toContain("先核实对方是否本人,再谈欠款。");
      await screenshot(page, "supervisor-transcript-review");

      await page.goto(`${server.url}/supervisor`);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 CSV" }).click()]);
      expect(download.suggestedFilename()).toMatch(/^parley-results-\d{4}-\d{2}-\d{2}\.csv$/);
      // Written for the reader: Chinese headers, their local time (the browser's zone), titles, pass or not, a link.
      const [header, ...rows] = parseCsv(await readFile((await download.path())!, "utf8"));
      expect(header).toEqual([
        "日期(Asia/Shanghai)",
        "团队",
        "学员",
        "场景",
        "场景 ID",
        "版本",
        "通话结果",
        "结果",
        "总分",
        "共情",
        "准确",
        "合规",
        "严重违规数",
        "违反的规则",
        "链接",
      ]);
      expect(rows.length).toBeGreaterThan(1);
      expect(new Set(rows.map((cells) => cells[1]))).toEqual(new Set(["上海一组 Shanghai A"]));
      // Newest first (other tests add calls of their own); the seeded call is found by its link.
      const dates = rows.map((cells) => cells[0]!);
      expect(dates.every((date) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(date))).toBe(true);
      expect(dates).toEqual([...dates].sort().reverse());
      const seeded = rows.find((cells) => cells[14] === `${server.url}/supervisor/calls/${callId}`);
      const [, team, trainee, title, scenario, version, outcome, result, overall, , , , critical, rules] = seeded!;
      expect([team, trainee, title, scenario, version, outcome, result]).toEqual([
        "上海一组 Shanghai A",
        "李明 Li Ming",
        "工厂停工后的班组长王建国",
        "zh-hardship-factory-shutdown",
        "1",
        "约定回电",
        "未通过",
      ]);
      expect(Number(overall)).toBeLessThanOrEqual(40);
      expect(Number(critical)).toBeGreaterThan(0);
      expect(rules!.split(" ")).toContain("CN-THIRD-PARTY");

      // The printable report is a summary: figures, charts, one line per call; transcripts on request.
      await page.goto(`${server.url}/supervisor/print`);
      await expect.poll(() => page.locator(".print-charts .recharts-wrapper").count()).toBe(2);
      expect(await page.locator(".print-calls tbody tr").count()).toBe(rows.length);
      expect(await page.locator(".print-call").count()).toBe(0);
      await page.emulateMedia({ media: "print" });
      await screenshot(page, "supervisor-print-summary");
      await page.emulateMedia({ media: "screen" });
      await page.getByRole("link", { name: "附上每通电话的完整记录" }).click();
      await page.waitForURL(/transcripts=1/);
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".topbar").isVisible()).toBe(false);
      expect(await page.locator(".print-call").count()).toBe(rows.length);
      expect(await page.locator(`[id="${callId}-turn-2"] mark`).first().textContent()).toContain(DISCLOSURE);
      await screenshot(page, "supervisor-print");
    } finally {
      await browser.close();
    }
  });

  it("keeps the call from the other team's supervisor and audits views and exports", async () => {
    const other = await signIn(server.url, "supervisor2", DEMO_PASSWORD);
    expect((await other.fetch(`/supervisor/calls/${callId}`)).status).toBe(403);
    expect((await other.fetch(`/api/supervisor/calls/${callId}/comments`)).status).toBe(403);
    const csv = await (await other.fetch("/api/supervisor/export")).text();
    const teams = csv
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",")[1]);
    expect(new Set(teams)).toEqual(new Set(["伦敦组 London B"]));
    expect(csv).not.toContain("李明");

    const audit = await newAudit();
    const bySupervisor = audit.filter((entry) => entry.actor?.username === "supervisor").map((entry) => entry.action);
    expect(bySupervisor).toContain("report.view");
    // The CSV, the printed summary, and the printed report with transcripts.
    expect(bySupervisor.filter((action) => action === "report.export")).toHaveLength(3);
  });
});

describe("quality review of real calls in the browser", () => {
  it("uploads several transcripts, scores the good ones and names the bad file and field", async () => {
    const browser = await openAsSupervisor("en-GB");
    try {
      const { page } = browser;
      await page.getByRole("link", { name: "Quality review of real calls" }).click();
      await page.waitForURL(`${server.url}/supervisor/quality`);

      const good = { language: "zh-CN", ruleset: "cn", turns: [{ speaker: "agent", text: "你这个老赖,今天不还钱就抓你去坐牢。" }] };
      const bad = { language: "en", ruleset: "us", turns: [{ speaker: "caller", text: "Hello" }] };
      const file = (name: string, value: unknown) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(value)) });
      await page.getByLabel("Transcript files (.json)").setInputFiles([file("real-1.json", good), file("real-2.json", bad)]);
      await page.getByRole("button", { name: "Upload and score" }).click();
      const status = page.getByRole("status");
      await expect.poll(() => status.textContent()).toContain("real-2.json was not scored: turns[0].speaker");
      // The answer comes before the scoring; the form follows it to the end.
      await expect.poll(() => status.textContent()).toContain("1 of 1 scored");
      expect(await status.textContent()).toMatch(/real-1\.json: scored, overall \d+, \d+ critical violation/);
      // The list below refreshed itself with the scored call.
      const row = page.getByRole("row").filter({ hasText: "real-1.json" }).first();
      await expect.poll(() => row.textContent()).toMatch(/cn\d+\d+\d+(Passed|Not passed)/);
      await screenshot(page, "supervisor-quality-upload");

      await page.getByRole("link", { name: "Open the review of real-1.json" }).click();
      await page.waitForURL(/\/supervisor\/quality\/[^/]+$/);
      expect(await page.locator("#turn-0 .finding").filter({ hasText: "CN-ABUSE" }).count()).toBe(1);
      // A Chinese call read in English: the rule set's English, not the transcript's Chinese.
      const abuse = loadRuleset("cn").rules.find((rule) => rule.id === "CN-ABUSE")!;
      const finding = page.locator("#turn-0 .finding").filter({ hasText: "CN-ABUSE" });
      expect(await finding.textContent()).toContain(abuse.signals.abuse?.explanation?.en ?? abuse.explanation.en);
      expect(await finding.textContent()).not.toContain(abuse.explanation.zh);
      await screenshot(page, "supervisor-quality-review");
    } finally {
      await browser.close();
    }
  });
});
