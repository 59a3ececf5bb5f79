import { z } from "zod";
import { ZQuestionTopic } from "../scoring/turn-analysis-schema";
import { amount, fraction } from "./scenario-fields";
import { reasonIssue, scenarioReasons } from "./scenario-reasons";
import { ZScenarioText } from "./scenario-text";

/** The scorer labels the trainee's questions with these topics; reusing its enum keeps the two in step. */
export const ZTopic = ZQuestionTopic.describe("Topic of the question that can bring this out");
export type TTopic = z.infer<typeof ZTopic>;

const ZDisclosure = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, scenarioReasons.disclosureId.en)
      .describe("Stable id, unique in the scenario"),
    fact: ZScenarioText.describe("What the customer reveals"),
    topic: ZTopic,
    topics: z.array(ZTopic).optional().describe("Other question topics that also bring it out"),
    minTrust: fraction("Trust the customer must have before revealing it"),
    cover: ZScenarioText.optional().describe("What the customer says about the topic before trusting enough: a dodge or a lie in character"),
  })
  .describe("A hidden fact the customer reveals when asked about its topic with enough trust");

const ZMustStop = z
  .strictObject({
    kind: z.enum(["dispute", "lawyer", "cease", "bankruptcy", "vulnerability"]).describe("Why the collector must stop pressing"),
    surfaces: z
      .strictObject({
        trigger: z
          .enum(["start", "topic", "trust"])
          .describe("start: as soon as the debtor is on the line; topic: when the trainee raises the topic; trust: once trust reaches minTrust"),
        topic: ZTopic.optional().describe("With trigger topic: the topic"),
        minTrust: fraction("With trigger trust: the trust level").optional(),
      })
      .superRefine((surfaces, ctx) => {
        if (surfaces.trigger === "topic" && !surfaces.topic) ctx.addIssue({ code: "custom", path: ["topic"], ...reasonIssue(scenarioReasons.topicTriggerNeedsTopic) });
        if (surfaces.trigger === "trust" && surfaces.minTrust === undefined) {
          ctx.addIssue({ code: "custom", path: ["minTrust"], ...reasonIssue(scenarioReasons.trustTriggerNeedsMinTrust) });
        }
      })
      .describe("When it comes out"),
    says: ZScenarioText.describe("What the customer says when it comes out"),
  })
  .describe("A must-stop moment (rules.md): after it the trainee must acknowledge, explain the next step and not demand payment");

export const ZHidden = z
  .strictObject({
    reasonKind: z
      .enum(["hardship", "waiting_to_improve", "indifferent_to_credit", "misinformed", "many_creditors", "waiting_for_discount", "unconvinced", "dispute"])
      .describe("Why they do not pay (domain.md); the trainee must find out"),
    realReason: ZScenarioText.describe("The real reason in the customer's words or the trainer's"),
    monthlyIncome: amount("Real monthly income after tax"),
    canPayToday: amount("The most they could pay today if persuaded"),
    canPayMonthly: amount("The most they could sustain each month in a plan").optional(),
    payday: z.number().int().min(1).max(31).optional().describe("Day of the month their money comes in: the date they offer to pay by"),
    disclosures: z.array(ZDisclosure).min(1).describe("Facts that come out only with the right question and enough trust"),
    mustStop: ZMustStop.optional(),
  })
  .describe("Never shown to the trainee: drives the persona machine and the role-player");
export type THidden = z.infer<typeof ZHidden>;
