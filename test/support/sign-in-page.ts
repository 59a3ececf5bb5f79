import type { Page } from "playwright-core";

/** Page object for /sign-in; label texts are matched in both interface languages. */
export class SignInPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open() {
    await this.page.goto(`${this.baseUrl}/sign-in`);
  }

  async signIn(username: string, password: string) {
    await this.page.getByLabel(/用户名|Username/).fill(username);
    await this.page.getByLabel(/密码|Password/).fill(password);
    await this.page.keyboard.press("Enter");
  }

  alert() {
    return this.page.locator("form").getByRole("alert");
  }
}
