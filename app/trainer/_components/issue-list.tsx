"use client";

import { useTranslations } from "next-intl";
import type { TScenarioIssue } from "@/lib/scenario-store/check-scenario-source";

/** Problems as `line N: path: message`; with onPick each is a button that shows its line. */
export function IssueList({ issues, id, onPick }: { issues: TScenarioIssue[]; id?: string; onPick?: (issue: TScenarioIssue) => void }) {
  const t = useTranslations("trainer.issues");
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="issues" aria-label={t("heading", { count: issues.length })}>
      {issues.map((issue) => {
        const text = `${t("line", { line: issue.line })}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`;
        return <li key={`${issue.line}-${issue.path}-${issue.message}`}>{onPick ? <button type="button" className="link" onClick={() => onPick(issue)}>{text}</button> : text}</li>;
      })}
    </ul>
  );
}
