import type { z } from "zod";
import { formatScenarioPath } from "../scenarios/scenario-error";
import { ZScenario } from "../scenarios/scenario-schema";
import type { TFieldPath } from "./set-scenario-field";

/**
 * The editor's form, read from the scenario schema itself: every field the schema knows gets a
 * control, so a field added to the schema (an optional one included) appears in the form without
 * touching the editor. Built against the current values, since lists have as many items as the
 * YAML holds.
 */
export type TFormControl = "text" | "textarea" | "date" | "number" | "fraction" | "select" | "checklist";

type TNodeBase = {
  path: TFieldPath;
  /** The path without list positions: every item of a list shares its labels (`hidden.disclosures.fact`). */
  labelKey: string;
  /** The schema's own English description, shown when the interface has no label for the field yet. */
  description?: string;
  optional: boolean;
};

export type TFormField = TNodeBase & {
  kind: "field";
  control: TFormControl;
  options?: readonly (string | number | boolean)[];
};
/** Words the customer says: one text, or one per language (`{ zh, en }`). */
export type TFormTextChoice = TNodeBase & { kind: "scenarioText"; perLanguage: boolean; children: TFormNode[] };
/** An object; `present` is false for an optional one the YAML leaves out (the form offers to add it). */
export type TFormGroup = TNodeBase & { kind: "group"; present: boolean; children: TFormNode[]; newValue: unknown };
export type TFormList = TNodeBase & { kind: "list"; items: TFormNode[]; minItems: number; maxItems?: number; newItem: unknown };
export type TFormNode = TFormField | TFormTextChoice | TFormGroup | TFormList;

type TSchema = z.core.$ZodType & { description?: string };
type TDef = { type: string; [key: string]: unknown };
const defOf = (schema: TSchema) => schema._zod.def as unknown as TDef;

/** Fields whose text runs to sentences: a larger box. */
const LONG_TEXT_KEYS = new Set(["summary", "speakingStyle", "realReason", "fact", "says", "note", "goals"]);

/** The schema under optional, default and transform wrappers, and whether one of them made it optional. */
function unwrap(schema: TSchema): { inner: TSchema; optional: boolean; description?: string } {
  let inner = schema;
  let optional = false;
  const description = schema.description;
  for (;;) {
    const def = defOf(inner);
    if (def.type === "optional" || def.type === "default") {
      optional = true;
      inner = def.innerType as TSchema;
    } else if (def.type === "pipe") inner = def.in as TSchema;
    else return { inner, optional, description: description ?? inner.description };
  }
}

const labelKeyOf = (path: TFieldPath) => path.filter((part): part is string => typeof part === "string").join(".");
const recordOf = (value: unknown) => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);

function buildNode(schema: TSchema, path: TFieldPath, value: unknown, optionalAbove = false): TFormNode {
  const { inner, optional: unwrappedOptional, description } = unwrap(schema);
  const def = defOf(inner);
  const base = { path, labelKey: labelKeyOf(path), description, optional: optionalAbove || unwrappedOptional };
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, TSchema>;
      const values = recordOf(value);
      const children = Object.entries(shape).map(([name, child]) => buildNode(child, [...path, name], values?.[name]));
      return { ...base, kind: "group", present: values !== undefined, children, newValue: startingValue(inner) };
    }
    case "record": {
      // A record keyed by an enum (fees by kind): one optional number per key.
      const keys = (def.keyType as { options: string[] }).options;
      const values = recordOf(value);
      const children = keys.map((name) => buildNode(def.valueType as TSchema, [...path, name], values?.[name], true));
      return { ...base, kind: "group", present: values !== undefined, children, newValue: {} };
    }
    case "array": {
      const element = def.element as TSchema;
      if (defOf(unwrap(element).inner).type === "enum")
        return { ...base, kind: "field", control: "checklist", options: (unwrap(element).inner as unknown as { options: string[] }).options };
      const items = Array.isArray(value) ? value.map((item, index) => buildNode(element, [...path, index], item)) : [];
      const checks = ((def.checks ?? []) as { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[]).map((check) => check._zod.def);
      const minItems = checks.find((check) => check.check === "min_length")?.minimum ?? 0;
      const maxItems = checks.find((check) => check.check === "max_length")?.maximum;
      return { ...base, kind: "list", items, minItems, ...(maxItems === undefined ? {} : { maxItems }), newItem: startingValue(element) };
    }
    case "union": {
      const perLanguage = recordOf(value) !== undefined;
      const children = perLanguage ? ["zh", "en"].map((language) => buildNode(textSchemaOf(def), [...path, language], undefined, true)) : [];
      return { ...base, kind: "scenarioText", perLanguage, children };
    }
    case "enum":
      return { ...base, kind: "field", control: "select", options: (inner as unknown as { options: string[] }).options };
    case "boolean":
      return { ...base, kind: "field", control: "select", options: [true, false] };
    case "number": {
      const number = inner as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      if (number.isInt && number.minValue !== null && number.maxValue !== null && number.maxValue - number.minValue <= 5) {
        return { ...base, kind: "field", control: "select", options: range(number.minValue, number.maxValue) };
      }
      const fraction = !number.isInt && number.minValue === 0 && number.maxValue === 1;
      return { ...base, kind: "field", control: fraction ? "fraction" : "number" };
    }
    default: {
      const date = (inner as unknown as { format?: string }).format === "date";
      const long = path.some((part) => typeof part === "string" && LONG_TEXT_KEYS.has(part));
      return { ...base, kind: "field", control: date ? "date" : long ? "textarea" : "text" };
    }
  }
}

const textSchemaOf = (unionDef: TDef) => (unionDef.options as TSchema[]).find((option) => defOf(option).type === "string") as TSchema;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/**
 * What "add" puts in the YAML for a new list item or optional group: choices preset to their first
 * option (a select must show something), everything else left for the trainer, whose blanks the
 * validation then marks at their fields.
 */
export function startingValue(schema: TSchema): unknown {
  const { inner, optional } = unwrap(schema);
  const def = defOf(inner);
  if (def.type === "object") {
    const entries = Object.entries(def.shape as Record<string, TSchema>)
      .filter(([, child]) => !unwrap(child).optional)
      .map(([name, child]) => [name, startingValue(child)] as const)
      .filter(([, child]) => child !== undefined);
    return Object.fromEntries(entries);
  }
  if (optional) return undefined;
  if (def.type === "enum") return (inner as unknown as { options: string[] }).options[0];
  if (def.type === "boolean") return false;
  if (def.type === "array") return [];
  return undefined;
}

/** The whole form for these values (the YAML as read, valid or not). */
export function scenarioFormModel(values: Record<string, unknown>): TFormGroup {
  return buildNode(ZScenario as unknown as TSchema, [], values) as TFormGroup;
}

/** Whether a problem at `issuePath` belongs at this node: its own path, or for a checklist one of its items. */
export function nodeOwnsIssue(node: TFormNode, issuePath: string): boolean {
  const own = formatScenarioPath(node.path);
  return issuePath === own || (node.kind === "field" && node.control === "checklist" && issuePath.startsWith(`${own}[`));
}

/** Every node of the form, depth first: a problem no node owns is listed apart. */
export function formNodes(node: TFormNode): TFormNode[] {
  const children = node.kind === "group" || node.kind === "scenarioText" ? node.children : node.kind === "list" ? node.items : [];
  return [node, ...children.flatMap(formNodes)];
}
