import { z } from "zod";
import { ZRelation } from "./scenario-fields";
import { reasonIssue, scenarioReasons } from "./scenario-reasons";

export const ZAnsweredBy = z
  .strictObject({
    party: z.enum(["debtor", "third_party"]).describe("Who picks up the phone first"),
    relation: ZRelation.optional().describe("Third party only: how they relate to the cardholder"),
    name: z.string().min(1).optional().describe("Third party only: their name"),
    passesPhone: z
      .enum(["never", "on_polite_request", "after_callback_request"])
      .optional()
      .describe(
        "Third party only. never: the debtor is away, the best outcome is a call-back request; on_polite_request: hands over when asked for the debtor by name without a reason; after_callback_request: first says the debtor is busy, fetches them once the trainee politely leaves a call-back request without disclosing anything",
      ),
    knowsAboutDebt: z.boolean().optional().describe("Third party only: whether they already know of the debt (the trainee still must not discuss it)"),
  })
  .superRefine((answeredBy, ctx) => {
    const thirdPartyFields = ["relation", "name", "passesPhone"] as const;
    for (const field of thirdPartyFields) {
      const given = answeredBy[field] !== undefined;
      if (answeredBy.party === "third_party" && !given) ctx.addIssue({ code: "custom", path: [field], ...reasonIssue(scenarioReasons.requiredForThirdParty) });
      if (answeredBy.party === "debtor" && given) ctx.addIssue({ code: "custom", path: [field], ...reasonIssue(scenarioReasons.onlyForThirdParty) });
    }
    if (answeredBy.party === "debtor" && answeredBy.knowsAboutDebt !== undefined) {
      ctx.addIssue({ code: "custom", path: ["knowsAboutDebt"], ...reasonIssue(scenarioReasons.onlyForThirdParty) });
    }
  })
  .describe("Who answers the call; a third party must never hear about the debt");
export type TAnsweredBy = z.infer<typeof ZAnsweredBy>;
