import { ZPlanningNotes, type TPlanningNotes } from "@/lib/calls/planning-notes-schema";

const storageKey = (scenarioId: string) => `parley.notes.${scenarioId}`;

/**
 * The trainee's plan for a scenario as this browser keeps it between visits: a draft, sent with
 * the call when they dial. An entry edited by hand into something else reads as no plan.
 */
export function readStoredNotes(scenarioId: string): TPlanningNotes {
  try {
    const stored = ZPlanningNotes.safeParse(JSON.parse(localStorage.getItem(storageKey(scenarioId)) ?? "{}"));
    return stored.success ? stored.data : {};
  } catch {
    return {};
  }
}

export function storeNotes(scenarioId: string, notes: TPlanningNotes) {
  localStorage.setItem(storageKey(scenarioId), JSON.stringify(notes));
}
