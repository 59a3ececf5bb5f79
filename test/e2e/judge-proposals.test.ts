import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import type { TJudgeFinding } from "@/lib/judge/judge-schema";
import { openBrowser, screenshot } from "../support/browser";
import { CaseFilePage, signInAs } from "../support/call-page";
import { startOpenAiTestServer, type TOpenAiTestServer, type TRecordedRequest, type TScriptedReply } from "../support/openai-test-server";
import { e2eReady } from "../support/shared-parley";
import { openSignedIn } from "../support/sign-in-page";
import { startParley, type TParleyServer } from "../support/start-parley";

/**
 * Issue 12, item 7: with the LLM judge on, its findings reach the call's review page as proposals a
 * supervisor accepts (a finding like the scorer's, the call rescored) or rejects with a reason. The
 * shared server has no judge, so this file starts Parley of its own, pointed at the OpenAI-compatible
 * test server: it answers the judge with proposals on lines the scorer misses, and refuses everything
 * else (the customer's voice and the turn reader), so the offline customer speaks as everywhere else.
 */
const ready = await e2eReady();

/** What the judge proposes: on the agent turn holding `evidence`. */
type TProposal = Omit<TJudgeFinding, "turn">;
const PROPOSALS: TProposal[] = [
  { category: "threat", ruleId: "CN-THREAT", severity: "critical", evidence: "我们有我们的办法", explanation: "暗示会用别的手段对付客户,属于恐吓。" },
  { category: "abuse", ruleId: "CN-ABUSE", severity: "major", evidence: "都是一个德行", explanation: "把客户说成故意赖账,是贬低。" },
  {
    category: "threat",
    ruleId: "UK-THREAT",
    severity: "critical",
    evidence: "it won't be me you're dealing with next time",
    explanation: "A veiled threat of unnamed consequences.",
  },
  { category: "abuse", ruleId: "UK-ABUSE", severity: "major", evidence: "yours is no different", explanation: "Dismisses the customer's situation as an excuse." },
];

/** The turns of the judge's prompt, as buildJudgePrompt numbers them: `[turn 3] AGENT: "…"`. */
function judgeAnswer(request: TRecordedRequest): string {
  const user = request.body.messages.find((message) => message.role === "user");
  const prompt = typeof user?.content === "string" ? user.content : "";
  const agentTurns = [...prompt.matchAll(/^\[turn (\d+)\] AGENT: (".*")$/gm)].map((match) => ({ turn: Number(match[1]), text: JSON.parse(match[2]!) as string }));
  const findings = PROPOSALS.flatMap((proposal) => {
    const at = agentTurns.find((turn) => turn.text.includes(proposal.evidence));
    return at ? [{ ...proposal, turn: at.turn }] : [];
  });
  return JSON.stringify({ findings, opinions: [] });
}

function reply(request: TRecordedRequest): TScriptedReply {
  const format = request.body.response_format;
  if (format?.type === "json_schema" && format.json_schema.name === "parley_judge") return { kind: "text", text: judgeAnswer(request) };
  return { kind: "error", status: 500 };
}

let llm: TOpenAiTestServer;
let server: TParleyServer;
beforeAll(async () => {
  llm = await startOpenAiTestServer(reply);
  server = await startParley({ OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: "test-key", PARLEY_LLM_MODEL: "judge-model", PARLEY_LLM_JUDGE: "true" }, { from: ready.startUpDataDir });
});
afterAll(async () => {
  await server?.stop();
  await llm?.close();
});

/** A trainee's call of `lines` on `scenarioId`, ended; its id. */
async function traineeCall(username: string, locale: "zh-CN" | "en", scenarioId: string, lines: string[]) {
  const trainee = await openBrowser({ locale });
  try {
    const list = await signInAs(trainee.page, server.url, username, DEMO_PASSWORD);
    await list.startCall(scenarioId);
    const call = await new CaseFilePage(trainee.page).dial();
    for (const line of lines) await call.say(line);
    await call.endCall();
    await call.openReport();
    return trainee.page.url().split("/").at(-2)!;
  } finally {
    await trainee.close();
  }
}

/** A supervisor's browser on the call's review page, and its section of the judge's proposals. */
async function openReview(username: string, locale: "zh-CN" | "en", callId: string) {
  const browser = await openSignedIn(server.url, username, DEMO_PASSWORD, { locale, landsOn: "/supervisor" });
  await browser.page.goto(`${server.url}/supervisor/calls/${callId}`);
  return { ...browser, section: browser.page.locator("section.judge-proposals") };
}

/** The finding of `ruleId` pinned under a turn of the transcript. */
const findingOf = (page: Page, ruleId: string) => page.locator(".transcript .finding").filter({ has: page.locator("code", { hasText: ruleId }) });
const overall = async (page: Page) => Number(await page.locator(".score-overall .score-value").textContent());

describe("the LLM judge's proposals on the supervisor's review page", () => {
  it("in Chinese: a reason is needed to reject; one rejected stays a proposal, one accepted becomes a finding, the call is rescored and the dashboard counts it", async () => {
    const callId = await traineeCall("trainee", "zh-CN", "zh-timid-says-yes", [
      "您好,我是安信催收的小李,受招商银行委托,请问是王芳女士本人吗?",
      "您好好想想吧,我们有我们的办法。",
      "您这样的我一天能接二十个,都是一个德行。",
    ]);
    expect(llm.requests.some((request) => request.body.response_format?.type === "json_schema")).toBe(true);

    const supervisor = await openReview("supervisor", "zh-CN", callId);
    try {
      const { page, section } = supervisor;
      expect(await section.getByRole("heading").textContent()).toBe("语言模型的建议");
      expect(await section.textContent()).toContain("待决定的建议 2 条");
      const threat = findingOf(page, "CN-THREAT");
      const abuse = findingOf(page, "CN-ABUSE");
      for (const proposal of [threat, abuse]) expect(await proposal.locator(".judge-proposal").textContent()).toBe("模型复核的建议:未计入分数和结果");
      const before = await overall(page);
      await screenshot(page, "judge-proposals-open-zh");

      // Rejecting needs a reason, said in the interface language, and nothing is sent without it.
      await abuse.getByRole("button", { name: "按此理由驳回" }).click();
      expect(await abuse.locator("form [role=status]").textContent()).toBe("请说明驳回的理由。");
      await abuse.getByLabel("理由(驳回时必填)").fill("这是在陈述情况,算不上贬低。");
      await abuse.getByRole("button", { name: "按此理由驳回" }).click();
      const rejected = section.locator("[data-proposal-status=rejected]");
      await expect.poll(() => rejected.count()).toBe(1);
      expect(await rejected.textContent()).toContain("已驳回:这是在陈述情况,算不上贬低。");
      // Rejected, it is still the judge's proposal, counting for nothing, and can no longer be decided.
      expect([await abuse.locator(".judge-proposal").count(), await abuse.locator("form").count()]).toEqual([1, 0]);
      expect(await abuse.locator(".proposal-rejected").textContent()).toBe("陈主管 Supervisor Chen 已驳回:这是在陈述情况,算不上贬低。");
      expect(await overall(page)).toBe(before);

      await threat.getByRole("button", { name: "采纳:计为发现" }).click();
      const accepted = section.locator("[data-proposal-status=accepted]");
      await expect.poll(() => accepted.count()).toBe(1);
      expect(await accepted.textContent()).toContain("已采纳:计为发现。");
      // Accepted, it is a finding like the scorer's: no proposal note, no buttons, and it counts.
      expect([await threat.locator(".judge-proposal").count(), await threat.locator("form").count()]).toEqual([0, 0]);
      expect(await overall(page)).toBeLessThan(before);
      expect(await page.locator(".verdict-reasons").textContent()).toContain("存在严重违规");
      expect(await section.textContent()).not.toContain("待决定的建议");
      await screenshot(page, "judge-proposals-decided-zh");

      await page.goto(`${server.url}/supervisor`);
      expect(await page.locator("[data-stat=proposals-accepted]").textContent()).toBe("1");
      const rule = page.locator("table tr", { has: page.locator("code", { hasText: "CN-THREAT" }) });
      expect(await rule.count()).toBeGreaterThan(0);
    } finally {
      await supervisor.close();
    }
  });

  it("in English: the other way round, and the trainee's report shows the accepted finding as a finding", async () => {
    const callId = await traineeCall("trainee2", "en", "uk-hardship-first-arrears", [
      "Hello, this is Sam from Carrow Credit, calling for Eastgate Bank. Am I speaking with the account holder?",
      "Let's just say it won't be me you're dealing with next time.",
      "I've heard every excuse there is, and yours is no different.",
    ]);

    const supervisor = await openReview("supervisor2", "en", callId);
    try {
      const { page, section } = supervisor;
      expect(await section.getByRole("heading").textContent()).toBe("Language-model proposals");
      expect(await section.textContent()).toContain("2 proposals to decide");
      const threat = findingOf(page, "UK-THREAT");
      const abuse = findingOf(page, "UK-ABUSE");
      expect(await threat.locator(".judge-proposal").textContent()).toBe("The LLM judge's proposal: not counted in the score or the result");
      const before = await overall(page);

      await threat.getByLabel("Reason (needed to reject)").fill("Said of the bank's letters, not a threat.");
      await threat.getByRole("button", { name: "Reject with this reason" }).click();
      await expect.poll(() => section.locator("[data-proposal-status=rejected]").count()).toBe(1);
      expect(await section.locator("[data-proposal-status=rejected]").textContent()).toContain("Rejected by");
      expect(await overall(page)).toBe(before);

      await abuse.getByRole("button", { name: "Accept: count it as a finding" }).click();
      await expect.poll(() => section.locator("[data-proposal-status=accepted]").count()).toBe(1);
      expect(await section.locator("[data-proposal-status=accepted]").textContent()).toContain("counts as a finding.");
      expect(await abuse.locator(".judge-proposal").count()).toBe(0);
      expect(await overall(page)).toBeLessThan(before);
      await screenshot(page, "judge-proposals-decided-en");
    } finally {
      await supervisor.close();
    }

    const trainee = await openSignedIn(server.url, "trainee2", DEMO_PASSWORD, { locale: "en", landsOn: "/trainee" });
    try {
      const { page } = trainee;
      await page.goto(`${server.url}/trainee/calls/${callId}/report`);
      const abuse = findingOf(page, "UK-ABUSE");
      expect([await abuse.count(), await abuse.locator(".judge-proposal").count()]).toEqual([1, 0]);
      // The rejected one is still shown as the judge's proposal that counts for nothing.
      expect(await findingOf(page, "UK-THREAT").locator(".judge-proposal").count()).toBe(1);
      await screenshot(page, "judge-proposals-trainee-en");
    } finally {
      await trainee.close();
    }
  });
});
