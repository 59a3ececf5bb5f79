"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { TScenarioIssue } from "@/lib/scenario-store/check-scenario-source";
import { formNodes, nodeOwnsIssue, scenarioFormModel, type TFormNode } from "@/lib/scenario-store/scenario-form-model";
import type { TFieldPath } from "@/lib/scenario-store/set-scenario-field";
import { suggestScenarioFixes, type TScenarioFix } from "@/lib/scenario-store/suggest-scenario-fixes";
import { FormNode } from "./form-node";
import { IssueList } from "./issue-list";
import { ScenarioFormContext } from "./scenario-form-context";

type Props = {
  values: Record<string, unknown> | null;
  issues: TScenarioIssue[];
  idLocked: boolean;
  setField: (path: TFieldPath, value: unknown) => void;
  applyFix: (fix: TScenarioFix) => void;
};

/**
 * The form view: every field of the scenario schema (scenarioFormModel), each with its problems
 * beside it. The scenario's own plain fields come first; each part (customer, case file…) is a fieldset.
 */
export function ScenarioForm({ values, issues, idLocked, setField, applyFix }: Props) {
  const t = useTranslations("trainer");
  const model = useMemo(() => scenarioFormModel(values ?? {}), [values]);
  const fixes = useMemo(() => (values ? suggestScenarioFixes(values) : []), [values]);
  const nodes = formNodes(model).slice(1);
  const elsewhere = issues.filter((issue) => !nodes.some((node) => nodeOwnsIssue(node, issue.path)));
  const state = { values: values ?? {}, issues, fixes, disabled: values === null, readOnlyPaths: idLocked ? ["id"] : [], setField, applyFix };
  // Plain fields and interface texts (a title in both languages) make the first section.
  const isPlain = (node: TFormNode) =>
    node.kind === "field" || (node.kind === "group" && node.children.every((child) => child.kind === "field" && ["zh", "en"].includes(String(child.path.at(-1)))));
  const plain = model.children.filter(isPlain);
  const parts = model.children.filter((node) => !isPlain(node));

  return (
    <ScenarioFormContext.Provider value={state}>
      {values === null ? (
        <p className="error" role="status">
          {t("issues.syntax")}
        </p>
      ) : (
        elsewhere.length > 0 && (
          <div className="card">
            <p>{t("issues.elsewhere")}</p>
            <IssueList issues={elsewhere} />
          </div>
        )
      )}
      <fieldset disabled={state.disabled}>
        <legend>{t("sections.general")}</legend>
        {plain.map((node) => (
          <FormNode key={node.path.join(".")} node={node} />
        ))}
      </fieldset>
      {parts.map((node) => (
        <FormNode key={node.path.join(".")} node={node} />
      ))}
    </ScenarioFormContext.Provider>
  );
}
