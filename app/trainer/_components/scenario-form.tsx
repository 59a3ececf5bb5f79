"use client";

import { useTranslations } from "next-intl";
import type { TScenarioIssue } from "@/lib/scenario-store/check-scenario-source";
import type { TFieldPath } from "@/lib/scenario-store/set-scenario-field";
import { ScenarioField } from "./form-controls";
import { IssueList } from "./issue-list";
import { ScenarioFormContext } from "./scenario-form-context";
import { disclosureFields, FORM_SECTIONS, formFieldNames } from "./scenario-form-fields";

type Props = {
  values: Record<string, unknown> | null;
  issues: TScenarioIssue[];
  idLocked: boolean;
  setField: (path: TFieldPath, value: unknown) => void;
};

/** The form view: the main fields of the YAML, each with its own problems beside it. */
export function ScenarioForm({ values, issues, idLocked, setField }: Props) {
  const t = useTranslations("trainer");
  const hidden = values?.hidden as { disclosures?: unknown } | undefined;
  const disclosures = Array.isArray(hidden?.disclosures) ? hidden.disclosures : [];
  const fieldNames = formFieldNames(disclosures.length);
  const elsewhere = issues.filter((issue) => !fieldNames.has(issue.path));
  const state = { values: values ?? {}, issues, disabled: values === null, readOnlyPaths: idLocked ? ["id"] : [], setField };

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
      {FORM_SECTIONS.map((section) => (
        <fieldset key={section.id} disabled={state.disabled}>
          <legend>{t(`sections.${section.id}` as "sections.general")}</legend>
          {section.fields.map((spec) => (
            <ScenarioField key={spec.path.join(".")} spec={spec} />
          ))}
        </fieldset>
      ))}
      <fieldset disabled={state.disabled}>
        <legend>{t("sections.disclosures")}</legend>
        {disclosures.map((_, index) => (
          <div key={index} className="disclosure" role="group" aria-label={t("editor.disclosure", { number: index + 1 })}>
            {disclosureFields(index).map((spec) => (
              <ScenarioField key={spec.path.join(".")} spec={spec} />
            ))}
            <button type="button" className="secondary" onClick={() => setField(["hidden", "disclosures", index], undefined)}>
              {t("editor.removeDisclosure", { number: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setField(["hidden", "disclosures", disclosures.length], { id: `fact-${disclosures.length + 1}`, fact: "", topic: "situation", minTrust: 0.5 })}
        >
          {t("editor.addDisclosure")}
        </button>
      </fieldset>
    </ScenarioFormContext.Provider>
  );
}
