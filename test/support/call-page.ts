import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../lib/demo/demo-accounts";
import { SignInPage } from "./sign-in-page";

/** Page objects for the trainee's pages; names and labels are matched in both interface languages. */

/** Signs the demo trainee in and lands on their scenario list. */
export function signInAsTrainee(page: Page, baseUrl: string) {
  return signInAs(page, baseUrl, "trainee", DEMO_PASSWORD);
}

/** Signs a trainee in with their own password and lands on their scenario list. */
export async function signInAs(page: Page, baseUrl: string, username: string, password: string) {
  const signIn = new SignInPage(page, baseUrl);
  await signIn.open();
  await signIn.signIn(username, password);
  await page.waitForURL(`${baseUrl}/trainee`);
  return new ScenarioListPage(page, baseUrl);
}

/** /trainee: the scenario list with its filters. */
export class ScenarioListPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(query = "") {
    await this.page.goto(`${this.baseUrl}/trainee${query}`);
  }

  card(scenarioId: string) {
    return this.page.locator(`[data-scenario-id='${scenarioId}']`);
  }

  cards() {
    return this.page.locator("[data-scenario-id]");
  }

  /** Chooses filter values by their option values and submits the plain GET form. */
  async filter(values: { language?: string; archetype?: string; difficulty?: string }) {
    for (const [name, value] of Object.entries(values)) await this.page.locator(`#filter-${name}`).selectOption(value);
    await this.page.getByRole("button", { name: /^(筛选|Apply filters)$/ }).click();
    await this.page.waitForURL(/\/trainee\?/);
  }

  async startCall(scenarioId: string) {
    await this.card(scenarioId)
      .getByRole("link", { name: /开始通话|Start call/ })
      .click();
    await this.page.waitForURL(`${this.baseUrl}/trainee/scenarios/${scenarioId}`);
  }
}

/** /trainee/scenarios/[id]: the case file, the five planning notes, Dial. */
export class CaseFilePage {
  constructor(private readonly page: Page) {}

  caseFile() {
    return this.page.locator("article.case-file");
  }

  note(label: RegExp) {
    return this.page.getByLabel(label);
  }

  /** Dials a new call, also when an unfinished one is offered to continue instead. */
  async dial() {
    await this.page.getByRole("button", { name: /^(拨打|Dial|改为重新拨打|Start a new call instead)$/ }).click();
    await this.page.waitForURL(/\/trainee\/calls\/[^/]+$/);
    return new CallPage(this.page);
  }
}

/** /trainee/calls/[id]: the live call. */
export class CallPage {
  constructor(private readonly page: Page) {}

  input() {
    return this.page.locator("#call-line");
  }

  call() {
    return this.page.locator("section.call");
  }

  turn(index: number) {
    return this.page.locator(`.chat [data-turn='${index}']`);
  }

  turns() {
    return this.page.locator(".chat [data-turn]");
  }

  async state() {
    return this.call().getAttribute("data-call-state");
  }

  /** Types a line, presses Enter and waits until the reply is complete (the call's revision moves on) or refused. */
  async say(text: string) {
    const revision = await this.revision();
    await this.input().fill(text);
    await this.input().press("Enter");
    await this.waitForReply(revision);
    return this.turn((await this.turns().count()) - 1)
      .locator("p")
      .textContent();
  }

  revision() {
    return this.call().getAttribute("data-revision");
  }

  /** Waits until the call's revision moves on from `before` (the reply is stored) or a problem shows. */
  async waitForReply(before: string | null) {
    await this.page.waitForFunction(
      (revision) => document.querySelector("section.call")?.getAttribute("data-revision") !== revision || document.querySelector(".call-problem") !== null,
      before,
    );
  }

  /** The polite live region that announces the other party's complete reply. */
  announcement() {
    return this.page.locator("section.call [aria-live=polite]");
  }

  /** The live mood cue (absent while the mood is hidden). */
  moodCue() {
    return this.page.locator(".call .mood-cue");
  }

  /** The trainee's plan beside the conversation. */
  plan() {
    return this.page.locator(".call-side .plan-view");
  }

  reportLink() {
    return this.page.getByRole("link", { name: /查看评分报告|Read your score report/ });
  }

  endedBanner() {
    return this.page.locator(".call-ended");
  }

  problem() {
    return this.page.locator(".call-problem");
  }

  async endCall() {
    await this.page.getByRole("button", { name: /^(结束通话|End call)$/ }).click();
    await this.endedBanner().waitFor();
  }

  async openReport() {
    await this.page.getByRole("link", { name: /查看评分报告|Read your score report/ }).click();
    await this.page.waitForURL(/\/trainee\/calls\/[^/]+\/report$/);
    return new ReportPage(this.page);
  }
}

/** /trainee/calls/[id]/report: scores and the transcript with findings pinned to turns. */
export class ReportPage {
  constructor(private readonly page: Page) {}

  score(name: "overall" | "empathy" | "accuracy" | "compliance") {
    return this.page.locator(`.score-${name} .score-value`);
  }

  /** The customer's mood after each of their turns, beside the transcript. */
  moodPoints() {
    return this.page.locator(".mood-timeline .mood-points li");
  }

  plan() {
    return this.page.locator(".report-side .plan-view");
  }

  /** The findings the report pins to a turn (0-based, as the scorer numbers them). */
  findingsOn(turn: number) {
    return this.page.locator(`#turn-${turn} .finding`);
  }

  /** The words marked as evidence in a turn's text. */
  marksIn(turn: number) {
    return this.page.locator(`#turn-${turn} .turn-text mark`);
  }

  async retry() {
    await this.page.getByRole("button", { name: /重新练习此场景|Retry this scenario/ }).click();
    await this.page.waitForURL(/\/trainee\/calls\/[^/]+$/);
    return new CallPage(this.page);
  }
}
