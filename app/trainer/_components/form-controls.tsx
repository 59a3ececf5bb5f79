"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TFormField } from "@/lib/scenario-store/scenario-form-model";
import { FieldNotes, ValueMeaning } from "./field-notes";
import { type TNodeState, useScenarioNode } from "./scenario-form-context";

type TOption = string | number | boolean;

/** Option labels are shared by fields with the same choices; these few share a key name with other choices. */
const OPTION_SETS: Record<string, string> = {
  "caseFile.account.transactionsSinceDelinquency.kind": "transactionKind",
  "hidden.mustStop.kind": "mustStopKind",
  "persona.coreArchetype": "archetype",
  "hidden.disclosures.topics": "topic",
};
const optionSetOf = (field: TFormField) =>
  field.options?.every((option) => typeof option === "boolean") ? "yesNo" : (OPTION_SETS[field.labelKey] ?? field.labelKey.split(".").at(-1) ?? "");

/** One control for one scenario field, chosen by its kind, with what its value means and its problems under it. */
export function ScenarioField({ field }: { field: TFormField }) {
  const state = useScenarioNode(field);
  const optionSet = optionSetOf(field);
  if (field.control === "checklist") return <Checklist field={field} state={state} optionSet={optionSet} />;
  const control = {
    text: () => <TextInput state={state} />,
    date: () => <TextInput state={state} date />,
    textarea: () => <TextInput state={state} multiline />,
    number: () => <NumberInput state={state} />,
    fraction: () => <FractionInput state={state} />,
    select: () => <SelectInput state={state} options={field.options ?? []} optional={field.optional} optionSet={optionSet} />,
  }[field.control];
  return (
    <div className="field">
      <label htmlFor={state.id}>{state.label}</label>
      {control()}
      <ValueMeaning node={field} value={state.value} optionSet={optionSet} id={`${state.id}-meaning`} />
      <FieldNotes node={field} state={state} />
    </div>
  );
}

const shown = (value: unknown) => (value === undefined || value === null ? "" : String(value));

export function TextInput({ state, multiline, date }: { state: TNodeState; multiline?: boolean; date?: boolean }) {
  const t = useTranslations("trainer.editor");
  const props = {
    ...state.inputProps,
    value: shown(state.value),
    disabled: state.disabled,
    readOnly: state.readOnly,
    placeholder: date ? t("datePlaceholder") : undefined,
    // A cleared field leaves the YAML: optional ones are then simply absent, required ones read "missing".
    onChange: (event: { target: { value: string } }) => state.set(event.target.value === "" ? undefined : event.target.value),
  };
  return multiline ? <textarea rows={2} {...props} /> : <input {...props} />;
}

/**
 * Numbers are typed as text: "0." on the way to "0.5" must stay on screen, so the input keeps
 * what was typed while it has focus and writes the number (or the text, to show its problem).
 */
function NumberInput({ state }: { state: TNodeState }) {
  const [draft, setDraft] = useState<string | null>(null);
  const write = (text: string) => {
    setDraft(text);
    const trimmed = text.trim();
    state.set(trimmed === "" ? undefined : Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed);
  };
  return (
    <input
      {...state.inputProps}
      inputMode="decimal"
      className="number"
      value={draft ?? shown(state.value)}
      disabled={state.disabled}
      onChange={(event) => write(event.target.value)}
      onBlur={() => setDraft(null)}
    />
  );
}

function FractionInput({ state }: { state: TNodeState }) {
  const t = useTranslations("trainer.editor");
  const numeric = typeof state.value === "number" ? state.value : 0;
  return (
    <div className="fraction">
      <input
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={Math.min(1, Math.max(0, numeric))}
        disabled={state.disabled}
        aria-label={t("sliderOf", { label: state.label })}
        onChange={(event) => state.set(Number(event.target.value))}
      />
      <NumberInput state={state} />
    </div>
  );
}

/** Choices named once for the whole interface: customer types carry the names trainees filter by. */
const SHARED_OPTION_NAMES: Record<string, string> = { archetype: "trainee.archetypeName" };

function useOptionLabel(optionSet: string) {
  const t = useTranslations();
  return (option: TOption) => {
    const key = `${SHARED_OPTION_NAMES[optionSet] ?? `trainer.options.${optionSet}`}.${String(option)}`;
    return t.has(key) ? t(key as never) : String(option);
  };
}

function SelectInput({ state, options, optional, optionSet }: { state: TNodeState; options: readonly TOption[]; optional?: boolean; optionSet: string }) {
  const t = useTranslations("trainer.editor");
  const optionLabel = useOptionLabel(optionSet);
  const current = shown(state.value);
  // A value the YAML holds but the schema does not know stays visible, next to its problem.
  const unknown = current !== "" && !options.some((option) => String(option) === current);
  return (
    <select
      {...state.inputProps}
      value={current}
      disabled={state.disabled || state.readOnly}
      onChange={(event) => state.set(event.target.value === "" ? undefined : (options.find((option) => String(option) === event.target.value) ?? event.target.value))}
    >
      {(optional || current === "") && <option value="">{t("noValue")}</option>}
      {unknown && <option value={current}>{current}</option>}
      {options.map((option) => (
        <option key={String(option)} value={String(option)}>
          {optionLabel(option)}
        </option>
      ))}
    </select>
  );
}

function Checklist({ field, state, optionSet }: { field: TFormField; state: TNodeState; optionSet: string }) {
  const options = field.options ?? [];
  const optionLabel = useOptionLabel(optionSet);
  const chosen = Array.isArray(state.value) ? state.value : [];
  const toggle = (option: TOption, on: boolean) => state.set(options.filter((candidate) => (candidate === option ? on : chosen.includes(candidate))));
  return (
    <fieldset className="field checklist" aria-describedby={state.inputProps["aria-describedby"]} id={state.id}>
      <legend>{state.label}</legend>
      {options.map((option) => (
        <div key={String(option)}>
          <label className="check">
            <input type="checkbox" checked={chosen.includes(option)} disabled={state.disabled} onChange={(event) => toggle(option, event.target.checked)} />
            {optionLabel(option)}
          </label>
          <ValueMeaning node={field} value={option} optionSet={optionSet} />
        </div>
      ))}
      <FieldNotes node={field} state={state} />
    </fieldset>
  );
}
