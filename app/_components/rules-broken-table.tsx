import { getTranslations } from "next-intl/server";
import { ruleTitle } from "@/lib/reports/describe-rules";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

type Props = {
  rules: readonly { ruleId: string; faults: number; calls: number }[];
  locale: TLanguage;
  /** Read by screen readers only, when a heading outside already names the table. */
  caption?: string;
  className?: string;
};

/** The rules broken most (summariseResults' rulesBroken): each rule by its name in the reader's language and its id, its findings and the calls with it. */
export async function RulesBrokenTable({ rules, locale, caption, className }: Props) {
  const t = await getTranslations("supervisor.dashboard");
  return (
    <table className={className}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t("rule")}</th>
          <th scope="col">{t("faults")}</th>
          <th scope="col">{t("callsWith")}</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.ruleId} data-rule={rule.ruleId}>
            <td>
              {ruleTitle(rule.ruleId, locale) ?? rule.ruleId} <code>{rule.ruleId}</code>
            </td>
            <td>{rule.faults}</td>
            <td>{rule.calls}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
