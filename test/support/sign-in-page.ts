import type { Page } from "playwright-core";
import { openBrowser } from "./browser";

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

/** A fresh browser signed in as `username`, waiting on the page sign-in lands on. */
export async function openSignedIn(baseUrl: string, username: string, password: string, options: { locale: "zh-CN" | "en"; landsOn?: string; timezoneId?: string }) {
  const browser = await openBrowser({ locale: options.locale, timezoneId: options.timezoneId });
  const signInPage = new SignInPage(browser.page, baseUrl);
  await signInPage.open();
  await signInPage.signIn(username, password);
  if (options.landsOn) await browser.page.waitForURL(`${baseUrl}${options.landsOn}`);
  return { ...browser, signInPage };
}
