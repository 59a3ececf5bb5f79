import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { screenshot } from "../support/browser";
import { signIn } from "../support/http-session";
import { sharedParley } from "../support/shared-parley";
import { openSignedIn } from "../support/sign-in-page";

const server = await sharedParley();

describe("the audit log in a real browser", () => {
  it("shows a failed sign-in by name, in the reader's time zone, filtered, and exports it as CSV", async () => {
    const wrong = await fetch(`${server.url}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ username: "trainee2", password: "not-her-password" }),
    });
    expect(wrong.status).toBe(401);
    // A successful sign-in clears the per-account count, so other tests' sign-ins are unaffected.
    await signIn(server.url, "trainee2", DEMO_PASSWORD);

    const browser = await openSignedIn(server.url, "admin", DEMO_PASSWORD, { locale: "en", timezoneId: "Asia/Shanghai", landsOn: "/admin" });
    try {
      await browser.page.getByRole("link", { name: "The whole audit log: filters, pages and CSV" }).click();
      await browser.page.waitForURL(`${server.url}/admin/audit`);
      await browser.page.getByLabel("Action").selectOption({ label: "failed sign-in" });
      await browser.page.getByRole("button", { name: "Filter" }).click();
      await browser.page.waitForURL(/action=auth.sign_in_failed/);

      const row = browser.page.locator("tr[data-action='auth.sign_in_failed']").first();
      const cells = await row.locator("td").allTextContents();
      expect(cells.slice(1, 4)).toEqual(["system", "failed sign-in", "user Emma Clarke"]);
      expect(cells[4]).toBe("@trainee2");
      const iso = (await row.locator("time").getAttribute("datetime"))!;
      const shanghai = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" }).format(new Date(iso));
      await expect.poll(() => row.locator("time").textContent()).toBe(shanghai);
      expect(await browser.page.getByRole("status").textContent()).toMatch(/^Page 1 of 1 · \d+ entr(y|ies)$/);
      await screenshot(browser.page, "admin-audit-log");

      const csvHref = (await browser.page.getByRole("link", { name: "Download as CSV" }).getAttribute("href"))!;
      expect(csvHref).toContain("action=auth.sign_in_failed");
      expect(csvHref).toContain("tz=-480");
      const admin = await signIn(server.url, "admin", DEMO_PASSWORD);
      const csv = await (await admin.fetch(csvHref)).text();
      const lines = csv.trim().split("\r\n");
      expect(lines[0]).toContain("time_utc,actor_name,actor_username,action");
      expect(lines.slice(1).every((line) => line.includes(",auth.sign_in_failed,user,"))).toBe(true);
      expect(csv).toContain("Emma Clarke");
    } finally {
      await browser.close();
    }
  });
});
