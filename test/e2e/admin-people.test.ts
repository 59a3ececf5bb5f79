import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { openBrowser, screenshot } from "../support/browser";
import { signIn } from "../support/http-session";
import { sharedParley } from "../support/shared-parley";
import { openSignedIn, SignInPage } from "../support/sign-in-page";

const server = await sharedParley();

const status = (scope: { locator: (selector: string) => { textContent: () => Promise<string | null> } }) => scope.locator("[role=status]").textContent();

describe("an administrator manages people and teams in a real browser", () => {
  it("edits, resets, deactivates, reactivates and removes a person; the person feels each change at once", async () => {
    const admin = await openSignedIn(server.url, "admin", DEMO_PASSWORD, { locale: "zh-CN" });
    admin.page.on("dialog", (dialog) => void dialog.accept());
    const person = await openBrowser({ locale: "zh-CN" });
    try {
      await admin.page.waitForURL(`${server.url}/admin`);
      // A new trainee, then the same username again: refused in the interface language.
      const addUser = admin.page.locator("form", { has: admin.page.getByRole("heading", { name: "新增用户" }) });
      const fillUser = async (username: string) => {
        await addUser.getByLabel("用户名").fill(username);
        await addUser.getByLabel("姓名").fill("王芳");
        await addUser.getByLabel("初始密码").fill("first-password");
        await addUser.getByLabel("团队").selectOption({ label: "上海一组 Shanghai A" });
        await addUser.getByRole("button", { name: "创建" }).click();
      };
      await fillUser("wang.fang");
      await expect.poll(() => status(addUser)).toBe("已保存。");
      await fillUser("WANG.FANG");
      await expect.poll(() => status(addUser)).toBe("该用户名已被占用,请换一个。");

      // Her page: name and role.
      await admin.page.getByRole("link", { name: "管理 王芳" }).click();
      await admin.page.waitForURL(/\/admin\/users\//);
      const details = admin.page.locator("form", { has: admin.page.getByRole("heading", { name: "姓名与角色" }) });
      await details.getByLabel("姓名").fill("王芳 Wang Fang");
      await details.getByRole("button", { name: "保存" }).click();
      await expect.poll(() => status(details)).toBe("已保存。");
      await expect.poll(() => admin.page.getByRole("heading", { level: 1 }).textContent()).toBe("王芳 Wang Fang(wang.fang)");

      // A password reset: at her next sign-in she must choose her own before anything else opens.
      const reset = admin.page.locator("form", { has: admin.page.getByRole("heading", { name: "重置密码" }) });
      await reset.getByLabel("临时密码").fill("temporary-pass");
      await reset.getByRole("button", { name: "重置密码" }).click();
      await expect.poll(() => status(reset)).toBe("密码已重置。王芳 Wang Fang 下次登录时须设置新密码。");
      const personSignIn = new SignInPage(person.page, server.url);
      await personSignIn.open();
      await personSignIn.signIn("wang.fang", "temporary-pass");
      await person.page.waitForURL(`${server.url}/account/password`);
      await person.page.goto(`${server.url}/trainee`);
      await person.page.waitForURL(`${server.url}/account/password`);
      await person.page.getByLabel("当前(临时)密码").fill("temporary-pass");
      await person.page.getByLabel("新密码(至少 8 个字符)").fill("her-own-password");
      await person.page.getByLabel("再次输入新密码").fill("her-own-password");
      await person.page.getByRole("button", { name: "修改密码" }).click();
      await person.page.waitForURL(`${server.url}/trainee`);

      // Deactivated: her open page stops working at once, and her right password no longer signs her in.
      await admin.page.getByRole("button", { name: "停用" }).click();
      await expect.poll(() => admin.page.locator("[data-status]").getAttribute("data-status")).toBe("deactivated");
      await person.page.goto(`${server.url}/trainee`);
      await person.page.waitForURL(`${server.url}/sign-in`);
      await personSignIn.signIn("wang.fang", "her-own-password");
      await expect.poll(() => personSignIn.alert().textContent()).toBe("该账号已被停用,请联系管理员。");
      await screenshot(admin.page, "admin-person-deactivated");

      // Reactivated: she signs in again.
      await admin.page.getByRole("button", { name: "重新启用" }).click();
      await expect.poll(() => admin.page.locator("[data-status]").getAttribute("data-status")).toBe("active");
      await personSignIn.signIn("wang.fang", "her-own-password");
      await person.page.waitForURL(`${server.url}/trainee`);

      // Out of her team.
      await admin.page.getByRole("button", { name: "移出 上海一组 Shanghai A" }).click();
      await expect.poll(() => admin.page.getByText("未加入任何团队。").count()).toBe(1);
      const me = await signIn(server.url, "wang.fang", "her-own-password");
      expect(((await (await me.fetch("/api/me")).json()) as { teamIds: string[] }).teamIds).toEqual([]);
    } finally {
      await admin.close();
      await person.close();
    }
  });

  it("renames a team and says so when a member is added twice, in English", async () => {
    const admin = await openSignedIn(server.url, "admin", DEMO_PASSWORD, { locale: "en" });
    try {
      await admin.page.waitForURL(`${server.url}/admin`);
      const addTeam = admin.page.locator("form", { has: admin.page.getByRole("heading", { name: "Add a team" }) });
      await addTeam.getByLabel("Team name").fill("Leeds D");
      await addTeam.getByRole("button", { name: "Create" }).click();
      await expect.poll(() => status(addTeam)).toBe("Saved.");

      const rename = admin.page.locator("tr[data-team='Leeds D'] form.rename");
      await rename.getByLabel("New name for Leeds D").fill("伦敦组 London B");
      await rename.getByRole("button", { name: "Rename" }).click();
      await expect.poll(() => status(rename)).toBe("A team with that name already exists.");
      await rename.getByLabel("New name for Leeds D").fill("Leeds E");
      await rename.getByRole("button", { name: "Rename" }).click();
      await expect.poll(() => admin.page.locator("tr[data-team='Leeds E']").count()).toBe(1);

      const addMember = admin.page.locator("form", { has: admin.page.getByRole("heading", { name: "Add to team" }) });
      await addMember.getByLabel("User").selectOption({ label: "王老师 Trainer Wang (trainer)" });
      await addMember.getByLabel("Team").selectOption({ label: "伦敦组 London B" });
      await addMember.getByRole("button", { name: "Add to team" }).click();
      await expect.poll(() => status(addMember)).toBe("That person is already in this team; nothing was changed.");
      await screenshot(admin.page, "admin-teams-english");
    } finally {
      await admin.close();
    }
  });
});
