"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { TScenarioIssue } from "@/lib/scenario-store/check-scenario-source";
import { IssueList } from "./issue-list";

/** The whole document as text, with its problems listed under it; picking one selects its line. */
export function YamlView({ source, issues, onChange }: { source: string; issues: TScenarioIssue[]; onChange: (source: string) => void }) {
  const t = useTranslations("trainer.editor");
  const textarea = useRef<HTMLTextAreaElement>(null);
  const showLine = (issue: TScenarioIssue) => {
    const element = textarea.current;
    if (!element) return;
    const lines = source.split("\n");
    const start = lines.slice(0, issue.line - 1).join("\n").length + (issue.line > 1 ? 1 : 0);
    element.focus();
    element.setSelectionRange(start, start + (lines[issue.line - 1]?.length ?? 0));
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 20;
    element.scrollTop = Math.max(0, (issue.line - 5) * lineHeight);
  };
  return (
    <>
      <label htmlFor="scenario-yaml">{t("yamlLabel")}</label>
      <textarea
        id="scenario-yaml"
        ref={textarea}
        className="yaml-source"
        spellCheck={false}
        value={source}
        aria-invalid={issues.length > 0}
        aria-describedby="scenario-yaml-issues"
        onChange={(event) => onChange(event.target.value)}
      />
      <div id="scenario-yaml-issues" aria-live="polite">
        {issues.length === 0 ? <p className="ok">{t("valid")}</p> : <IssueList issues={issues} onPick={showLine} />}
      </div>
    </>
  );
}
