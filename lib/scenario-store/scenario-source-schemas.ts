import { z } from "zod";

/** A scenario's YAML sent from the editor or an uploaded file; `fileName` marks an import. */
export const ZScenarioSourceInput = z.object({
  source: z.string().min(1).max(200_000),
  fileName: z.string().min(1).max(255).optional(),
  /** What changed, in the trainer's words; shown beside the version. */
  note: z.string().trim().max(500).optional(),
});
export type TScenarioSourceInput = z.infer<typeof ZScenarioSourceInput>;

/** A version number in a URL: a positive integer the database's INTEGER column can hold. */
export const ZVersionNumber = z.coerce.number().int().positive().max(2_147_483_647);
