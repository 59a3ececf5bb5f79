"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { TLocale } from "@/lib/i18n/locales";
import { scenarioIssueText } from "@/lib/scenario-store/check-scenario-source";
import type { TFieldSpec } from "./scenario-form-fields";
import { useScenarioField } from "./scenario-form-context";

type TField = ReturnType<typeof useScenarioField>;

/** One form control for one scenario field, chosen by its kind, with its problems right under it. */
export function ScenarioField({ spec }: { spec: TFieldSpec }) {
  const field = useScenarioField(spec.path);
  const options = spec.options ?? [];
  if (spec.kind === "checklist") return <Checklist field={field} options={options} />;
  const control = {
    text: () => <TextInput field={field} />,
    textarea: () => <TextInput field={field} multiline />,
    number: () => <NumberInput field={field} />,
    fraction: () => <FractionInput field={field} />,
    select: () => <SelectInput field={field} options={options} optional={spec.optional} />,
    scenarioText: () => <ScenarioTextInput field={field} />,
  }[spec.kind];
  return (
    <div className="field">
      <label htmlFor={field.id}>{field.label}</label>
      {control()}
      <FieldIssues field={field} />
    </div>
  );
}

function FieldIssues({ field }: { field: TField }) {
  const locale = useLocale() as TLocale;
  if (field.issues.length === 0) return null;
  return (
    <ul id={`${field.id}-issues`} className="field-issues">
      {field.issues.map((issue) => (
        <li key={issue.message}>{scenarioIssueText(issue, locale)}</li>
      ))}
    </ul>
  );
}

const shown = (value: unknown) => (value === undefined || value === null ? "" : String(value));

function TextInput({ field, multiline }: { field: TField; multiline?: boolean }) {
  const props = {
    ...field.inputProps,
    value: shown(field.value),
    disabled: field.disabled,
    readOnly: field.readOnly,
    // A cleared field leaves the YAML: optional ones are then simply absent, required ones read "missing".
    onChange: (event: { target: { value: string } }) => field.set(event.target.value === "" ? undefined : event.target.value),
  };
  return multiline ? <textarea rows={2} {...props} /> : <input {...props} />;
}

/**
 * Numbers are typed as text: "0." on the way to "0.5" must stay on screen, so the input keeps
 * what was typed while it has focus and writes the number (or the text, to show its problem).
 */
function NumberInput({ field }: { field: TField }) {
  const [draft, setDraft] = useState<string | null>(null);
  const write = (text: string) => {
    setDraft(text);
    const trimmed = text.trim();
    field.set(trimmed === "" ? undefined : Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed);
  };
  return (
    <input
      {...field.inputProps}
      inputMode="decimal"
      className="number"
      value={draft ?? shown(field.value)}
      disabled={field.disabled}
      onChange={(event) => write(event.target.value)}
      onBlur={() => setDraft(null)}
    />
  );
}

function FractionInput({ field }: { field: TField }) {
  const t = useTranslations("trainer.editor");
  const numeric = typeof field.value === "number" ? field.value : 0;
  return (
    <div className="fraction">
      <input
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={Math.min(1, Math.max(0, numeric))}
        disabled={field.disabled}
        aria-label={t("sliderOf", { label: field.label })}
        onChange={(event) => field.set(Number(event.target.value))}
      />
      <NumberInput field={field} />
    </div>
  );
}

function SelectInput({ field, options, optional }: { field: TField; options: readonly (string | number | boolean)[]; optional?: boolean }) {
  const t = useTranslations("trainer.editor");
  const current = shown(field.value);
  // A value the YAML holds but the schema does not know stays visible, next to its problem.
  const unknown = current !== "" && !options.some((option) => String(option) === current);
  return (
    <select
      {...field.inputProps}
      value={current}
      disabled={field.disabled || field.readOnly}
      onChange={(event) => field.set(event.target.value === "" ? undefined : (options.find((option) => String(option) === event.target.value) ?? event.target.value))}
    >
      {(optional || current === "") && <option value="">{t("noValue")}</option>}
      {unknown && <option value={current}>{current}</option>}
      {options.map((option) => (
        <option key={String(option)} value={String(option)}>
          {String(option)}
        </option>
      ))}
    </select>
  );
}

function Checklist({ field, options }: { field: TField; options: readonly (string | number | boolean)[] }) {
  const chosen = Array.isArray(field.value) ? field.value : [];
  const toggle = (option: string | number | boolean, on: boolean) => field.set(options.filter((candidate) => (candidate === option ? on : chosen.includes(candidate))));
  return (
    <fieldset className="field checklist" aria-describedby={field.inputProps["aria-describedby"]} id={field.id}>
      <legend>{field.label}</legend>
      {options.map((option) => (
        <label key={String(option)} className="check">
          <input type="checkbox" checked={chosen.includes(option)} disabled={field.disabled} onChange={(event) => toggle(option, event.target.checked)} />
          {String(option)}
        </label>
      ))}
      <FieldIssues field={field} />
    </fieldset>
  );
}

/** Customer text may be one string or per language; only the plain form is edited here. */
function ScenarioTextInput({ field }: { field: TField }): ReactNode {
  const t = useTranslations("trainer.editor");
  if (typeof field.value === "object" && field.value !== null) {
    return (
      <p id={field.id} className="muted">
        {t("perLanguage")}
      </p>
    );
  }
  return <TextInput field={field} multiline />;
}
