import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { signIn } from "../support/http-session";
import { screenshot } from "../support/browser";
import { ScenarioEditorPage } from "../support/scenario-editor-page";
import { openSignedIn } from "../support/sign-in-page";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();

const signedInTrainer = (locale: "zh-CN" | "en") => openSignedIn(server.url, "trainer", DEMO_PASSWORD, { locale, landsOn: "/trainer" });

describe("a trainer builds a whole scenario in the form, without touching the YAML", () => {
  it("edits amounts, cards, days past due, the phone book, the history and optional parts, fixing sums in one click", async () => {
    const browser = await signedInTrainer("zh-CN");
    const { page } = browser;
    const editor = new ScenarioEditorPage(page, server.url);
    try {
      await page.goto(`${server.url}/trainer/scenarios/new`);
      await editor.yaml().waitFor();
      await editor.field("ID").first().fill("form-built-scenario");

      // The balance explains what it must agree with before anything fails.
      await expect.poll(() => editor.fieldHint("caseFile.account.balance").textContent()).toContain("各卡欠款之和");
      // Changing it breaks two sums; each is explained where it applies and fixed in one click.
      await editor.field("欠款总额").fill("18600");
      await expect.poll(() => editor.fieldIssues("caseFile.account.cards").textContent()).toBe("各卡余额合计为 12000.00,与总欠款 balance 18600.00 不一致");
      await editor.fix("将该卡欠款改为 18600");
      await expect.poll(() => editor.fieldIssues("caseFile.account.cards").count()).toBe(0);
      expect(await editor.field("该卡欠款").inputValue()).toBe("18600");
      await editor.fix("将本金改为 18000(欠款总额 − 利息 − 费用)");
      await expect.poll(() => editor.fieldIssues("caseFile.account.breakdown").count()).toBe(0);

      // Days past due, and the bucket that follows from them.
      await editor.field("逾期天数").fill("95");
      await expect.poll(() => editor.fieldIssues("caseFile.case.bucket").textContent()).toBe("逾期 95 天应属于 M4");
      await editor.fix("将逾期阶段改为 M4");
      expect(await editor.field("逾期阶段").inputValue()).toBe("M4");
      await editor.field("进入催收日期").fill("2026-08-25");

      // A contact in the phone book: the rule for contacts is stated, then met.
      await page.getByRole("button", { name: "添加通讯录" }).click();
      const contact = page.getByRole("group", { name: "通讯录 第 2 项" });
      await contact.getByLabel("号码类型", { exact: true }).fill("配偶手机");
      await contact.getByLabel("号码", { exact: true }).fill("13900001111");
      await contact.getByLabel("号码归属", { exact: true }).selectOption("contact");
      await expect.poll(() => editor.fieldIssues("caseFile.customer.phoneBook[1]").textContent()).toBe("联系人须填写 relation 和 name");
      await contact.getByLabel("关系", { exact: true }).selectOption("spouse");
      await contact.getByLabel("联系人姓名", { exact: true }).fill("李娜");

      // An earlier collection action, and the optional last payment.
      await page.getByRole("button", { name: "添加催收记录" }).click();
      const action = page.getByRole("group", { name: "催收记录 第 1 项" });
      await action.getByLabel("日期", { exact: true }).fill("2026-11-10");
      await action.getByLabel("方式", { exact: true }).selectOption("sms");
      await action.getByLabel("联系到", { exact: true }).selectOption("debtor");
      await action.getByLabel("记录", { exact: true }).fill("客户回复短信,说月底前联系。");
      await page.getByRole("button", { name: "添加最近一次还款" }).click();
      await editor.field("还款日期").fill("2026-08-01");
      await editor.field("还款金额").fill("600");

      // Names and meanings instead of codes: the customer type and what a trait's value does.
      const archetype = editor.field("客户类型");
      expect(await archetype.locator("option:checked").textContent()).toBe("愧疚配合型");
      await archetype.selectOption("know_it_all");
      await expect.poll(() => editor.fieldMeaning("persona.archetype").textContent()).toContain("按愤怒型表现");
      await editor.field("耐心").fill("0.1");
      await expect.poll(() => editor.fieldMeaning("persona.traits.patience").textContent()).toContain("几轮之内就会让对方挂断");

      await expect.poll(() => editor.yamlIssues().textContent()).toBe("场景校验通过。");
      await screenshot(page, "trainer-form-whole-scenario");
      const yaml = await editor.yaml().inputValue();
      expect(yaml).toContain('number: "13900001111"');
      expect(yaml).toContain("daysPastDue: 95");
      expect(yaml).toMatch(/actionHistory:\n\s+- channel: sms\n\s+reached: debtor\n\s+date: 2026-11-10\n/);

      await page.getByRole("button", { name: "创建场景" }).click();
      await page.waitForURL(`${server.url}/trainer/scenarios/form-built-scenario`);
      await page.getByText("预览:学员看到的案件资料").click();
      const caseFile = await page.getByRole("article", { name: "案件资料" }).textContent();
      expect(caseFile).toContain("李娜");
      expect(caseFile).toContain("客户回复短信,说月底前联系。");
    } finally {
      await browser.close();
    }
  });

  it("names choices and explains them in English too", async () => {
    const browser = await signedInTrainer("en");
    const editor = new ScenarioEditorPage(browser.page, server.url);
    try {
      await browser.page.goto(`${server.url}/trainer/scenarios/new`);
      await editor.yaml().waitFor();
      expect(await editor.field("Passes the phone").count()).toBe(1);
      await editor.field("Who picks up").selectOption("third_party");
      await editor.field("Passes the phone").selectOption("after_callback_request");
      await expect.poll(() => editor.fieldMeaning("answeredBy.passesPhone").textContent()).toContain("politely leaves a call-back request");
      expect(await editor.field("Customer type").locator("option:checked").textContent()).toBe("Guilty and cooperative");
      await editor.field("Days past due").fill("200");
      await editor.fix("set the bucket to M6+");
      expect(await editor.field("Bucket").inputValue()).toBe("M6+");
      await screenshot(browser.page, "trainer-form-english");
    } finally {
      await browser.close();
    }
  });

  it("starts from a customer type's template and creates it without touching the YAML", async () => {
    const browser = await signedInTrainer("en");
    const { page } = browser;
    const editor = new ScenarioEditorPage(page, server.url);
    try {
      await page.goto(`${server.url}/trainer/scenarios/new`);
      await page.getByRole("link", { name: "Start a Know-it-all scenario in English (us)" }).click();
      await page.waitForURL(/type=know_it_all&language=en/);
      await expect.poll(() => editor.field("Customer type").locator("option:checked").textContent()).toBe("Know-it-all");
      expect(await editor.field("Language of the call").inputValue()).toBe("en");
      expect(await editor.field("Patience").inputValue()).toBe("0.4");
      expect(await editor.yamlIssues().textContent()).toBe("The scenario is valid.");
      await editor.field("ID").first().fill("us-know-it-all-from-template");
      await editor.field("Cardholder's name").fill("Grace Whitfield");
      await page.getByRole("button", { name: "Create scenario" }).click();
      await page.waitForURL(`${server.url}/trainer/scenarios/us-know-it-all-from-template`);
      await screenshot(page, "trainer-template-created");
    } finally {
      await browser.close();
    }
  });

  it("drafts a scenario from a real call of the trainer's team: its figures, and what the customer told as hidden facts", async () => {
    const supervisor = await signIn(server.url, "supervisor", DEMO_PASSWORD);
    const teamId = ((await (await supervisor.fetch("/api/me")).json()) as { teamIds: string[] }).teamIds[0]!;
    const call = {
      language: "zh-CN",
      ruleset: "cn",
      case: { debtorName: "周建国", amountDue: 8800, minimumPayment: 880, daysPastDue: 75, maxInstallmentMonths: 12 },
      turns: [
        { speaker: "agent", text: "您好,请问是周建国先生本人吗?" },
        { speaker: "customer", text: "是我。", party: "debtor" },
        { speaker: "agent", text: "周先生,我是华兴银行委托的催收专员小王。您最近工作怎么样?" },
        { speaker: "customer", text: "厂里九月份裁员,我现在在跑外卖,收入不稳定。", party: "debtor" },
      ],
    };
    const form = new FormData();
    form.set("teamId", teamId);
    form.append("files", new Blob([JSON.stringify(call)], { type: "application/json" }), "zhou-jianguo.json");
    expect((await supervisor.fetch("/api/supervisor/quality", { method: "POST", body: form })).status).toBe(200);

    const browser = await signedInTrainer("zh-CN");
    const { page } = browser;
    const editor = new ScenarioEditorPage(page, server.url);
    try {
      await page.getByRole("link", { name: "从真实通话新建场景" }).click();
      await page.getByRole("link", { name: "以 zhou-jianguo.json 新建场景" }).first().click();
      await page.waitForURL(/fromCall=/);
      await editor.yaml().waitFor();
      expect(await editor.field("持卡人姓名").inputValue()).toBe("周建国");
      expect(await editor.field("欠款总额").inputValue()).toBe("8800");
      expect(await editor.field("逾期阶段").inputValue()).toBe("M3");
      expect(await page.getByLabel("透露的内容", { exact: true }).first().inputValue()).toBe("厂里九月份裁员,我现在在跑外卖,收入不稳定。");
      expect(await editor.yamlIssues().textContent()).toBe("场景校验通过。");
      await editor.field("ID").first().fill("zh-delivery-rider-from-call");
      await page.getByRole("button", { name: "创建场景" }).click();
      await page.waitForURL(`${server.url}/trainer/scenarios/zh-delivery-rider-from-call`);
      await screenshot(page, "trainer-scenario-from-real-call");
    } finally {
      await browser.close();
    }
  });
});
