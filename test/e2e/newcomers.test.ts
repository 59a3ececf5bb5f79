import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { openBrowser, screenshot } from "../support/browser";
import { signInAsTrainee } from "../support/call-page";
import { DAMAGED_CALL_TRAINEE } from "../support/e2e-seeds";
import { SignInPage } from "../support/sign-in-page";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();

describe("a newcomer's first visit", () => {
  it("says what Parley is, lists every demo account, and names empty fields instead of trying them", async () => {
    const { page, close } = await openBrowser({ locale: "zh-CN" });
    try {
      await page.goto(server.url);
      await page.waitForURL(`${server.url}/sign-in`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("先在这里练好,再拨出真实的催收电话");
      expect(await page.locator(".landing-intro").textContent()).toContain("共情、准确和合规");
      const demo = await page.locator(".demo-accounts tbody tr td:first-child").allTextContents();
      expect(demo).toEqual(DEMO_ACCOUNTS.map((account) => account.username));
      expect(await page.locator(".demo-accounts caption").textContent()).toContain("parley-demo");

      const signIn = new SignInPage(page, server.url);
      expect(await page.locator("#username").getAttribute("required")).not.toBeNull();
      await page.getByRole("button", { name: "登录", exact: true }).click();
      await expect.poll(() => signIn.alert().textContent()).toBe("请输入用户名和密码。");
      expect(await page.locator("#username").getAttribute("aria-invalid")).toBe("true");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("username");
      await screenshot(page, "landing-zh");
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, "landing-phone");
    } finally {
      await close();
    }
  });

  it("has a favicon, so no session starts with a 404", async () => {
    const { page, close } = await openBrowser({ locale: "en" });
    try {
      const missing: string[] = [];
      page.on("response", (response) => {
        if (response.status() === 404) missing.push(response.url());
      });
      await page.goto(`${server.url}/sign-in`);
      const icon = await page.locator("link[rel=icon]").first().getAttribute("href");
      const answer = await fetch(new URL(icon!, server.url));
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toContain("image/");
      expect((await fetch(`${server.url}/favicon.ico`)).status).toBe(200);
      expect(missing).toEqual([]);
    } finally {
      await close();
    }
  });

  it("shows scenario tags in the interface language", async () => {
    const { page, close } = await openBrowser({ locale: "zh-CN" });
    try {
      const list = await signInAsTrainee(page, server.url);
      const tags = await list.card("zh-hardship-factory-shutdown").locator(".tag").allTextContents();
      expect(tags).toEqual(expect.arrayContaining(["中文", "确有困难"]));
      expect(tags.join(" ")).not.toMatch(/hardship|zh-CN/);
    } finally {
      await close();
    }
  });
});

describe("an unexpected server error", () => {
  it("is explained in the reader's language, with a way back", async () => {
    const { page, context, close } = await openBrowser({ locale: "en" });
    try {
      const signIn = new SignInPage(page, server.url);
      await signIn.open();
      await signIn.signIn(DAMAGED_CALL_TRAINEE.username, DAMAGED_CALL_TRAINEE.password);
      await page.waitForURL(`${server.url}/trainee`);
      await page.goto(`${server.url}/trainee/calls/${server.seeds.damagedCallId}/report`);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Something went wrong on our side");
      expect(await page.getByRole("button", { name: "Try again" }).count()).toBe(1);
      await screenshot(page, "server-error-en");
      await context.addCookies([{ name: "parley-locale", value: "zh-CN", url: server.url }]);
      await page.reload();
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("服务器出错了");
      expect(await page.getByRole("link", { name: "返回我的首页" }).count()).toBe(1);
      await screenshot(page, "server-error-zh");
    } finally {
      await close();
    }
  });
});
