import type { Page } from "playwright-core";

/** Page object for /trainer/assignments. */
export class AssignmentsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(scenarioId?: string) {
    await this.page.goto(`${this.baseUrl}/trainer/assignments${scenarioId ? `?scenario=${scenarioId}` : ""}`);
  }

  async assignToTeam(teamName: string, dueOn: string) {
    await this.page.getByRole("checkbox", { name: teamName }).check();
    await this.page.getByLabel(/截止日期|Due date/).fill(dueOn);
    await this.page.getByRole("button", { name: /^(分配|Assign)$/ }).click();
  }

  status() {
    return this.page.locator("form:has([name=scenarioId]) [role=status]");
  }

  rowsOf(scenarioId: string) {
    return this.page.locator("tr[data-assignment-id]").filter({ has: this.page.locator("code", { hasText: scenarioId }) });
  }
}
