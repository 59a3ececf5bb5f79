"use client";

import { useTranslations } from "next-intl";
import type { TFormGroup, TFormList, TFormNode, TFormTextChoice } from "@/lib/scenario-store/scenario-form-model";
import { FieldNotes } from "./field-notes";
import { ScenarioField, TextInput } from "./form-controls";
import { useScenarioForm, useScenarioNode } from "./scenario-form-context";

/** Any node of the form model: a field, a customer text, a group of fields or a list of them. */
export function FormNode({ node }: { node: TFormNode }) {
  if (node.kind === "field") return <ScenarioField field={node} />;
  if (node.kind === "scenarioText") return <ScenarioText node={node} />;
  if (node.kind === "list") return <FormList list={node} />;
  return <FormGroup group={node} />;
}

/** An object of the scenario as a fieldset; an optional one the YAML leaves out is offered to add. */
function FormGroup({ group, onRemove }: { group: TFormGroup; onRemove?: { label: string; remove: () => void } }) {
  const t = useTranslations("trainer.editor");
  const state = useScenarioNode(group);
  if (!group.present && group.optional) {
    return (
      <div className="field" id={state.id}>
        <button type="button" className="secondary" disabled={state.disabled} onClick={() => state.set(group.newValue)}>
          {t("addGroup", { label: state.label })}
        </button>
        <FieldNotes node={group} state={state} />
      </div>
    );
  }
  return (
    <fieldset id={state.id} className="form-group" aria-describedby={state.inputProps["aria-describedby"]}>
      <legend>{state.label}</legend>
      <FieldNotes node={group} state={state} />
      {group.children.map((child) => (
        <FormNode key={child.path.join(".")} node={child} />
      ))}
      {(onRemove ?? (group.optional && group.present)) && (
        <button type="button" className="secondary" disabled={state.disabled} onClick={onRemove?.remove ?? (() => state.set(undefined))}>
          {onRemove?.label ?? t("removeGroup", { label: state.label })}
        </button>
      )}
    </fieldset>
  );
}

function FormList({ list }: { list: TFormList }) {
  const t = useTranslations("trainer.editor");
  const state = useScenarioNode(list);
  const items = Array.isArray(state.value) ? state.value : [];
  const remove = (index: number) => state.set(items.filter((_, position) => position !== index));
  // A list at its smallest or largest size offers no removal or addition: the schema would refuse the result.
  const canRemove = !state.disabled && items.length > list.minItems;
  const canAdd = !state.disabled && (list.maxItems === undefined || items.length < list.maxItems);
  return (
    <fieldset id={state.id} className="form-list" aria-describedby={state.inputProps["aria-describedby"]}>
      <legend>{state.label}</legend>
      <FieldNotes node={list} state={state} />
      {list.items.length === 0 && <p className="muted">{t("emptyList")}</p>}
      {list.items.map((item, index) =>
        item.kind === "group" ? (
          <FormGroup
            key={item.path.join(".")}
            group={item}
            onRemove={canRemove ? { label: t("removeItem", { label: state.label, number: index + 1 }), remove: () => remove(index) } : undefined}
          />
        ) : (
          <div key={item.path.join(".")} className="list-item">
            <FormNode node={item} />
            <button type="button" className="secondary" disabled={!canRemove} onClick={() => remove(index)}>
              {t("removeItem", { label: state.label, number: index + 1 })}
            </button>
          </div>
        ),
      )}
      <button type="button" className="secondary" disabled={!canAdd} onClick={() => state.set([...items, list.newItem])}>
        {t("addItem", { label: state.label })}
      </button>
    </fieldset>
  );
}

/** Words the customer says: one box in the scenario's language, or one per language. */
function ScenarioText({ node }: { node: TFormTextChoice }) {
  const t = useTranslations("trainer.editor");
  const state = useScenarioNode(node);
  const text = typeof state.value === "string" ? state.value : undefined;
  const perLanguage = state.value !== null && typeof state.value === "object" ? (state.value as { zh?: string; en?: string }) : undefined;
  // Switching keeps the words: one text becomes the version in the scenario's language, and back.
  const own = useScenarioForm().values.language === "en" ? "en" : "zh";
  const toggle = () => state.set(perLanguage ? (perLanguage[own] ?? perLanguage.zh ?? perLanguage.en) : { [own]: text });
  return (
    <div className="field scenario-text">
      {node.perLanguage ? (
        <fieldset id={state.id} aria-describedby={state.inputProps["aria-describedby"]}>
          <legend>{state.label}</legend>
          {node.children.map((child) => (
            <FormNode key={child.path.join(".")} node={child} />
          ))}
        </fieldset>
      ) : (
        <>
          <label htmlFor={state.id}>{state.label}</label>
          <TextInput state={state} multiline />
        </>
      )}
      <button type="button" className="link" disabled={state.disabled} onClick={toggle}>
        {node.perLanguage ? t("perLanguageOff") : t("perLanguageOn")}
      </button>
      <FieldNotes node={node} state={state} />
    </div>
  );
}
