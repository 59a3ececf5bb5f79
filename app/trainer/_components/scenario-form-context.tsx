"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext } from "react";
import { formatScenarioPath } from "@/lib/scenarios/scenario-error";
import type { TScenarioIssue } from "@/lib/scenario-store/check-scenario-source";
import type { TFieldPath } from "@/lib/scenario-store/set-scenario-field";

export type TScenarioFormState = {
  values: Record<string, unknown>;
  issues: TScenarioIssue[];
  disabled: boolean;
  readOnlyPaths: string[];
  setField: (path: TFieldPath, value: unknown) => void;
};

export const ScenarioFormContext = createContext<TScenarioFormState | null>(null);

function valueAt(values: unknown, path: TFieldPath): unknown {
  return path.reduce<unknown>((node, part) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined), values);
}

/** Everything one form control needs: its value in the YAML, its problems, ids and label. */
export function useScenarioField(path: TFieldPath) {
  const form = useContext(ScenarioFormContext);
  const t = useTranslations("trainer.fields");
  if (!form) throw new Error("useScenarioField outside ScenarioFormContext");
  const name = formatScenarioPath(path);
  const id = `field-${name.replace(/[^A-Za-z0-9]+/g, "-")}`;
  const issues = form.issues.filter((issue) => issue.path === name);
  // Labels are keyed by the path without list positions: every hidden fact shares its labels.
  const labelKey = path.filter((part) => typeof part === "string").join(".");
  return {
    id,
    name,
    label: t(labelKey as never),
    value: valueAt(form.values, path),
    issues,
    disabled: form.disabled,
    readOnly: form.readOnlyPaths.includes(name),
    set: (value: unknown) => form.setField(path, value),
    inputProps: {
      id,
      "aria-invalid": issues.length > 0,
      "aria-describedby": issues.length > 0 ? `${id}-issues` : undefined,
    },
  };
}
