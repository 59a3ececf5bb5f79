"use client";

import { useLocale, useTranslations } from "next-intl";
import { scenarioIssueText } from "@/lib/scenario-store/check-scenario-source";
import type { TFormNode } from "@/lib/scenario-store/scenario-form-model";
import { type TNodeState, useTrainerText } from "./scenario-form-context";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

/**
 * What is said under a control: the rule it shares with other fields (so a cross-field check is
 * explained before it fails), its problems, and a one-click fix where the answer is arithmetic.
 */
export function FieldNotes({ node, state }: { node: TFormNode; state: TNodeState }) {
  const t = useTranslations("trainer");
  const text = useTrainerText();
  const locale = useLocale() as TLanguage;
  // A list's rule is stated once, under the list, not again under each of its items.
  const hint = typeof node.path.at(-1) === "number" ? undefined : text(`hints.${node.labelKey}`);
  return (
    <>
      {hint && (
        <p id={`${state.id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {state.issues.length > 0 && (
        <ul id={`${state.id}-issues`} className="field-issues">
          {state.issues.map((issue) => (
            <li key={issue.message}>{scenarioIssueText(issue, locale)}</li>
          ))}
        </ul>
      )}
      {state.fixes.length > 0 && (
        <div className="row fixes">
          {state.fixes.map((fix) => (
            <button key={fix.text} type="button" className="secondary" onClick={fix.apply} disabled={state.disabled}>
              {t("editor.fix", { action: fix.text })}
            </button>
          ))}
        </div>
      )}
    </>
  );
}

const band = (value: number) => (value < 0.34 ? "low" : value < 0.67 ? "mid" : "high");

/** What the chosen value means: an option's one-line description, or what a trait's level does to the customer. */
export function ValueMeaning({ node, value, optionSet, id }: { node: TFormNode; value: unknown; optionSet?: string; id?: string }) {
  const t = useTranslations("trainer");
  const trait = node.labelKey.startsWith("persona.traits.") ? `traitEffects.${node.labelKey.slice("persona.traits.".length)}` : undefined;
  if (trait && typeof value === "number" && value >= 0 && value <= 1 && t.has(`${trait}.low`)) {
    return (
      <p id={id} className="hint trait-effect">
        {t("editor.traitEffect", { value, effect: t(`${trait}.${band(value)}` as never) })}
      </p>
    );
  }
  const help = optionSet && value !== undefined ? `optionHelp.${optionSet}.${String(value)}` : undefined;
  return help && t.has(help) ? (
    <p id={id} className="hint option-help">
      {t(help as never)}
    </p>
  ) : null;
}
