import { z } from "zod";

/** The kinds of must-stop moment a scenario's customer can raise (rules.md, "Must-stop moments"). */
export const ZMustStopKind = z.enum(["dispute", "lawyer", "cease", "bankruptcy", "vulnerability"]);
export type TMustStopKind = z.infer<typeof ZMustStopKind>;
