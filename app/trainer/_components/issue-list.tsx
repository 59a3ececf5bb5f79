"use client";

import { useLocale, useTranslations } from "next-intl";
import { scenarioIssueText, type TScenarioIssue, ZScenarioIssue } from "@/lib/scenario-store/check-scenario-source";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

/** The scenario problems a refused save or import carries in its details (none for any other refusal). */
export function scenarioIssuesIn(details: unknown): TScenarioIssue[] {
  return Array.isArray(details) ? details.flatMap((detail) => ZScenarioIssue.safeParse(detail).data ?? []) : [];
}

/** Problems as `line N: path: message`, in the interface language; with onPick each is a button that shows its line. */
export function IssueList({ issues, id, onPick }: { issues: TScenarioIssue[]; id?: string; onPick?: (issue: TScenarioIssue) => void }) {
  const t = useTranslations("trainer.issues");
  const locale = useLocale() as TLanguage;
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="issues" aria-label={t("heading", { count: issues.length })}>
      {issues.map((issue) => {
        const text = `${t("line", { line: issue.line })}: ${issue.path ? `${issue.path}: ` : ""}${scenarioIssueText(issue, locale)}`;
        return (
          <li key={`${issue.line}-${issue.path}-${issue.message}`}>
            {onPick ? (
              <button type="button" className="link" onClick={() => onPick(issue)}>
                {text}
              </button>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
