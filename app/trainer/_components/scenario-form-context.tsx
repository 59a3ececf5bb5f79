"use client";

import { useLocale, useTranslations } from "next-intl";
import { createContext, useContext } from "react";
import type { TScenarioIssue } from "@/lib/scenario-store/check-scenario-source";
import { nodeOwnsIssue, type TFormNode } from "@/lib/scenario-store/scenario-form-model";
import type { TFieldPath } from "@/lib/scenario-store/set-scenario-field";
import type { TScenarioFix } from "@/lib/scenario-store/suggest-scenario-fixes";
import { formatScenarioPath } from "@/lib/scenarios/scenario-error";
import { textIn } from "@/lib/i18n/localized-text";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

export type TScenarioFormState = {
  values: Record<string, unknown>;
  issues: TScenarioIssue[];
  fixes: TScenarioFix[];
  disabled: boolean;
  readOnlyPaths: string[];
  setField: (path: TFieldPath, value: unknown) => void;
  applyFix: (fix: TScenarioFix) => void;
};

export const ScenarioFormContext = createContext<TScenarioFormState | null>(null);

export function useScenarioForm(): TScenarioFormState {
  const form = useContext(ScenarioFormContext);
  if (!form) throw new Error("useScenarioForm outside ScenarioFormContext");
  return form;
}

function valueAt(values: unknown, path: TFieldPath): unknown {
  return path.reduce<unknown>((node, part) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined), values);
}

/**
 * The trainer's message at `key`, if there is one: a key naming a group of messages (the labels of
 * a group's fields) is not a text, and a field the messages do not name yet has none.
 */
export function useTrainerText() {
  const t = useTranslations("trainer");
  return (key: string, values?: Record<string, string | number>): string | undefined =>
    t.has(key) && typeof t.raw(key) === "string" ? t(key as never, values as never) : undefined;
}

/** A node's label in the interface language; a field the messages do not name yet shows the schema's description. */
export function useNodeLabel(node: TFormNode): string {
  const text = useTrainerText();
  const last = node.path.at(-1);
  const own = (key: string) => text(node.kind === "field" && typeof last !== "number" ? `fields.${key}` : `fields.${key}._label`);
  if (typeof last === "number") return text("editor.item", { label: own(node.labelKey) ?? node.labelKey, number: last + 1 }) ?? String(last + 1);
  return own(node.labelKey) ?? node.description ?? String(last ?? "");
}

/** Everything one control needs: its value in the YAML, the problems and fixes shown at it, ids and label. */
export function useScenarioNode(node: TFormNode) {
  const form = useScenarioForm();
  const locale = useLocale() as TLanguage;
  const name = formatScenarioPath(node.path);
  const id = `field-${name.replace(/[^A-Za-z0-9]+/g, "-")}`;
  const issues = form.issues.filter((issue) => nodeOwnsIssue(node, issue.path));
  return {
    id,
    name,
    label: useNodeLabel(node),
    value: valueAt(form.values, node.path),
    issues,
    fixes: form.fixes.filter((fix) => fix.at === name).map((fix) => ({ text: textIn(fix.label, locale), apply: () => form.applyFix(fix) })),
    disabled: form.disabled,
    readOnly: form.readOnlyPaths.includes(name),
    set: (value: unknown) => form.setField(node.path, value),
    inputProps: {
      id,
      "aria-invalid": issues.length > 0,
      "aria-describedby": issues.length > 0 ? `${id}-issues` : undefined,
    },
  };
}
export type TNodeState = ReturnType<typeof useScenarioNode>;
