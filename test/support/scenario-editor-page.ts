import type { Page } from "playwright-core";

/** Page object for /trainer/scenarios/[id]: the form and YAML views of one scenario. */
export class ScenarioEditorPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(scenarioId: string) {
    await this.page.goto(`${this.baseUrl}/trainer/scenarios/${scenarioId}`);
    await this.yaml().waitFor();
  }

  /** A form control by its visible label (exact, so a trait's slider is not matched). */
  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The problems shown under the form control of a scenario path such as persona.traits.initialTrust. */
  fieldIssues(path: string) {
    return this.page.locator(`#field-${path.replace(/[^A-Za-z0-9]+/g, "-")}-issues`);
  }

  /** The rule a field shares with others, stated under it (hints in the trainer's messages). */
  fieldHint(path: string) {
    return this.page.locator(`#field-${path.replace(/[^A-Za-z0-9]+/g, "-")}-hint`);
  }

  /** What the chosen value of a field means: an option's description or a trait level's effect. */
  fieldMeaning(path: string) {
    return this.page.locator(`#field-${path.replace(/[^A-Za-z0-9]+/g, "-")}-meaning`);
  }

  /** Applies a one-click fix offered beside a problem, by its wording. */
  async fix(action: string) {
    await this.page.getByRole("button", { name: new RegExp(`(修正|Fix):\\s*${action.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).click();
  }

  yaml() {
    return this.page.locator("#scenario-yaml");
  }

  yamlIssues() {
    return this.page.locator("#scenario-yaml-issues");
  }

  async editYaml(edit: (source: string) => string) {
    await this.yaml().fill(edit(await this.yaml().inputValue()));
  }

  async save() {
    await this.page.getByRole("button", { name: /保存为新版本|Save as a new version/ }).click();
  }

  /** Runs a dry run with the script of this label and waits for its result. */
  async dryRun(scriptLabel: string | RegExp) {
    const panel = this.page.getByRole("region", { name: /试运行|Dry run/ });
    const radio = panel.getByRole("radio", { name: scriptLabel });
    await radio.check();
    await panel.getByRole("button", { name: /开始试运行|Run dry run/ }).click();
    // The result names its script, so an earlier run's result is not mistaken for this one's.
    await panel.locator(`.dry-run-result[data-script="${await radio.getAttribute("value")}"]`).waitFor();
    return {
      outcome: () => panel.locator(".dry-run-result").getAttribute("data-outcome"),
      score: async (name: "overall" | "empathy" | "accuracy" | "compliance") => Number(await panel.locator(`.score-${name} .score-value`).textContent()),
      customerTurns: () => panel.locator(".turn-customer").allTextContents(),
      findings: () => panel.locator(".finding").allTextContents(),
    };
  }

  status() {
    return this.page.locator(".toolbar [role=status]");
  }
}
