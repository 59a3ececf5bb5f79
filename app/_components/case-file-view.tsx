import { createFormatter, createTranslator } from "next-intl";
import type { ReactNode } from "react";
import { MESSAGES } from "@/lib/i18n/messages";
import type caseFileMessages from "@/lib/i18n/messages/en/trainer.json";
import { daysBetween } from "@/lib/scenarios/days-between";
import type { TTraineeView } from "@/lib/scenarios/to-trainee-view";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

type TFeeKind = keyof TTraineeView["caseFile"]["account"]["breakdown"]["fees"];
type Props = { view: TTraineeView; locale: TLanguage };

/**
 * The case file as a collector's system shows it before dialling: the five areas of the domain
 * brief and what the policy allows. Takes only the trainee view, so nothing hidden can leak into
 * it, and the locale rather than request context, so the trainer's live preview (in the browser)
 * and the trainee's call page (on the server) render the same component.
 */
export function CaseFileView({ view, locale }: Props) {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as typeof caseFileMessages, namespace: "caseFile" });
  const format = createFormatter({ locale });
  const { case: caseArea, customer, account, flags, other } = view.caseFile;
  const money = (value: number) => format.number(value, { style: "currency", currency: account.currency });
  const yesNo = (value: boolean) => t(value ? "yes" : "no");
  // Dates are shown as ages before the call, so a case file written last year still reads as today's.
  const age = (date: string) => t("daysBeforeCall", { days: daysBetween(date, caseArea.asOf) });
  const key = locale === "zh-CN" ? "zh" : "en";
  const raisedFlags = (["sensitive", "vip", "brokenPromise", "policeReport", "negotiationRequested", "existingInstallmentPlan", "disputed"] as const).filter((flag) => flags[flag]);

  return (
    <article className="case-file" lang={view.language} aria-label={t("title")}>
      <header>
        <h3>{view.title[key]}</h3>
        <p>{view.summary[key]}</p>
      </header>
      <Area title={t("areas.case")}>
        <Facts
          rows={[
            [t("case.creditor"), caseArea.creditor],
            [t("case.agency"), caseArea.agency ?? "—"],
            [t("case.accountRef"), caseArea.accountRef],
            [t("case.asOf"), t("dayOfCall")],
            [t("case.inCollectionSince"), age(caseArea.inCollectionSince)],
            [t("case.daysPastDue"), format.number(caseArea.daysPastDue)],
            [
              t("case.bucket"),
              <>
                {caseArea.bucket}
                {["M4", "M5", "M6+"].includes(caseArea.bucket) && <span className="tag">{t("case.lateStage")}</span>}
              </>,
            ],
            [t("case.brokenPromises"), format.number(caseArea.brokenPromises)],
            [t("case.installmentEligible"), yesNo(caseArea.installmentEligible)],
          ]}
        />
      </Area>
      <Area title={t("areas.customer")}>
        <Facts
          rows={[
            [t("customer.name"), view.customer.name],
            [t("customer.age"), format.number(view.customer.age)],
            [t("customer.gender"), t(`gender.${view.customer.gender}`)],
            [t("customer.maritalStatus"), t(`maritalStatus.${customer.maritalStatus}`)],
            [t("customer.homeRegion"), customer.homeRegion],
            [t("customer.registeredAddress"), customer.registeredAddress],
            [t("customer.education"), customer.education ?? "—"],
          ]}
        />
        <Table
          caption={t("customer.phoneBook")}
          head={[t("phone.label"), t("phone.number"), t("phone.belongsTo"), t("phone.relation"), t("phone.name"), t("phone.note")]}
          rows={customer.phoneBook.map((entry) => [
            entry.label,
            entry.number,
            t(`belongsTo.${entry.belongsTo}`),
            entry.relation ? t(`relation.${entry.relation}`) : "—",
            entry.name ?? "—",
            entry.note ?? "—",
          ])}
        />
      </Area>
      <Area title={t("areas.account")}>
        <Facts
          rows={[
            [t("account.balance"), money(account.balance)],
            [t("account.minimumPayment"), money(account.minimumPayment)],
            [t("account.principal"), money(account.breakdown.principal)],
            [t("account.interest"), money(account.breakdown.interest)],
            ...(Object.entries(account.breakdown.fees) as [TFeeKind, number][]).map(([kind, amount]): [string, ReactNode] => [t(`charge.${kind}`), money(amount)]),
            [t("account.lastPayment"), account.lastPayment ? `${age(account.lastPayment.date)} · ${money(account.lastPayment.amount)}` : "—"],
          ]}
        />
        <Table
          caption={t("account.cards")}
          head={[t("card.product"), t("card.last4"), t("card.creditLimit"), t("card.balance")]}
          rows={account.cards.map((card) => [card.product, card.last4, money(card.creditLimit), money(card.balance)])}
        />
        <Table
          caption={t("account.transactions")}
          head={[t("transaction.date"), t("transaction.description"), t("transaction.kind"), t("transaction.amount")]}
          rows={account.transactionsSinceDelinquency.map((row) => [age(row.date), row.description, t(`transactionKind.${row.kind}`), money(row.amount)])}
        />
        {account.statements && (
          <Table
            caption={t("account.statements")}
            head={[t("statement.closingDate"), t("statement.balance"), t("statement.minimumDue"), t("statement.paid")]}
            rows={account.statements.map((row) => [row.closingDate, money(row.balance), money(row.minimumDue), money(row.paid)])}
          />
        )}
      </Area>
      <Area title={t("areas.flags")}>
        <p>
          {raisedFlags.length === 0
            ? t("flags.none")
            : raisedFlags.map((flag) => (
                <span key={flag} className="tag flag">
                  {t(`flags.${flag}`)}
                </span>
              ))}
        </p>
        <Table
          caption={t("flags.complaints")}
          head={[t("complaint.date"), t("complaint.channel"), t("complaint.summary")]}
          rows={flags.complaints.map((row) => [age(row.date), row.channel, row.summary])}
        />
      </Area>
      <Area title={t("areas.other")}>
        <Facts
          rows={[
            [t("other.housing"), t(`housing.${other.housing}`)],
            [t("other.employer"), other.employer ? `${other.employer.name} · ${other.employer.role}` : "—"],
            [t("other.debitCardAtSameBank"), yesNo(other.debitCardAtSameBank)],
          ]}
        />
        <Table
          caption={t("other.actionHistory")}
          head={[t("action.date"), t("action.channel"), t("action.reached"), t("action.note")]}
          rows={other.actionHistory.map((row) => [age(row.date), t(`channel.${row.channel}`), t(`reached.${row.reached}`), row.note])}
        />
      </Area>
      <Area title={t("areas.policy")}>
        <Facts
          rows={[
            [t("policy.maxInstallmentMonths"), format.number(view.policy.maxInstallmentMonths)],
            [t("policy.minimumFirstPayment"), money(view.policy.minimumFirstPayment)],
            [t("policy.settlementFloor"), view.policy.settlementFloor === undefined ? "—" : money(view.policy.settlementFloor)],
            [t("policy.deferralMonths"), format.number(view.policy.deferralMonths)],
            [t("policy.waivable"), view.policy.waivable.length === 0 ? "—" : view.policy.waivable.map((charge) => t(`charge.${charge}`)).join(key === "zh" ? "、" : ", ")],
          ]}
        />
      </Area>
    </article>
  );
}

function Area({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="case-area">
      <h4>{title}</h4>
      {children}
    </section>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  if (rows.length === 0) return <p className="muted">{caption}: —</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
