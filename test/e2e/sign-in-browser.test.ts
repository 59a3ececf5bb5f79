import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { openBrowser, screenshot } from "../support/browser";
import { signIn } from "../support/http-session";
import { SignInPage } from "../support/sign-in-page";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();

describe("signing in with a real browser", () => {
  it("shows a clear message for a wrong password, then lands a trainee on their home", async () => {
    const browser = await openBrowser({ locale: "zh-CN" });
    try {
      const signInPage = new SignInPage(browser.page, server.url);
      await signInPage.open();
      expect(await browser.page.locator("html").getAttribute("lang")).toBe("zh-CN");
      await signInPage.signIn("trainee", "wrong-password");
      await expect.poll(() => signInPage.alert().textContent()).toContain("用户名或密码错误");
      await screenshot(browser.page, "sign-in-wrong-password");
      await signInPage.signIn("trainee", DEMO_PASSWORD);
      await browser.page.waitForURL(`${server.url}/trainee`);
      await expect.poll(() => browser.page.getByRole("heading", { level: 1 }).textContent()).toBe("我的场景");
      await screenshot(browser.page, "trainee-home");
    } finally {
      await browser.close();
    }
  });

  it("follows an English browser and switches language on request", async () => {
    const browser = await openBrowser({ locale: "en-GB" });
    try {
      const signInPage = new SignInPage(browser.page, server.url);
      await signInPage.open();
      expect(await browser.page.getByRole("heading", { level: 2 }).textContent()).toBe("Sign in to Parley");
      await signInPage.signIn("supervisor", DEMO_PASSWORD);
      await browser.page.waitForURL(`${server.url}/supervisor`);
      await browser.page.getByRole("button", { name: "中文" }).click();
      await expect.poll(() => browser.page.getByRole("heading", { level: 1 }).textContent()).toBe("我的团队");
      await screenshot(browser.page, "supervisor-home-zh");
    } finally {
      await browser.close();
    }
  });
});

describe("the session cookie", () => {
  it("is the only place the session token reaches a page", async () => {
    const response = await fetch(`${server.url}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ username: "trainee", password: DEMO_PASSWORD }),
    });
    const cookie = response.headers.getSetCookie().find((header) => /session_token=/.test(header))!;
    expect(cookie).toMatch(/HttpOnly/i);
    const token = decodeURIComponent(cookie.split(";")[0]!.split("=")[1]!).split(".")[0]!;
    expect(token.length).toBeGreaterThan(10);
    const body = await response.text();
    expect(body).toContain("trainee");
    expect(body).not.toContain(token);
    const session = await signIn(server.url, "trainee", DEMO_PASSWORD);
    const current = await (await session.fetch("/api/auth/get-session")).text();
    expect(current).toContain("trainee");
    expect(current).not.toMatch(/"token"/);
  });
});
