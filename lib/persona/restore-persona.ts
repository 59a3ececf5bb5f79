import { createActor, type Snapshot } from "xstate";
import { z } from "zod";
import { ZPersonaContext } from "./persona-context";
import { MACHINE_VERSION, personaMachine } from "./persona-machine";
import type { TPersonaSnapshot } from "./customer-decision";

export class PersonaVersionError extends Error {
  override name = "PersonaVersionError";
}

const ZSnapshotShape = z.looseObject({ status: z.string(), value: z.unknown(), context: ZPersonaContext });

/** What is stored per turn: the machine's persisted snapshot (plain JSON) and the version that wrote it. */
export const ZPersistedPersona = z.object({
  machineVersion: z.number().int(),
  snapshot: z.custom<Snapshot<unknown>>((value) => ZSnapshotShape.safeParse(value).success, "not a persona snapshot"),
});
export type TPersistedPersona = z.infer<typeof ZPersistedPersona>;

export function persistPersona(snapshot: TPersonaSnapshot): TPersistedPersona {
  return { machineVersion: MACHINE_VERSION, snapshot: personaMachine.getPersistedSnapshot(snapshot) };
}

/**
 * A snapshot back into a live machine state. Snapshots written by another machine version are
 * refused rather than guessed at: states and context may mean something else now.
 */
export function restorePersona(snapshotJson: string | TPersistedPersona): TPersonaSnapshot {
  const raw: unknown = typeof snapshotJson === "string" ? JSON.parse(snapshotJson) : snapshotJson;
  const version = (raw as { machineVersion?: unknown } | null)?.machineVersion;
  if (version !== MACHINE_VERSION) {
    throw new PersonaVersionError(`persona snapshot was written by machine version ${JSON.stringify(version)}; this Parley runs version ${MACHINE_VERSION} and cannot resume it`);
  }
  const persisted = ZPersistedPersona.parse(raw);
  // Rehydrating through an actor is XState's supported route from a persisted snapshot to a full one.
  // The context goes in as parsed, so a field added since the snapshot was stored takes its default.
  const shape = ZSnapshotShape.parse(persisted.snapshot);
  const snapshot = { ...(persisted.snapshot as object), context: shape.context } as unknown as Snapshot<unknown>;
  const actor = createActor(personaMachine, { snapshot, input: shape.context.params });
  return actor.getSnapshot();
}
