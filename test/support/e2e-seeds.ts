import type { PrismaClient } from "@/generated/prisma/client";
import { seedScoredCall } from "./seed-results";

/** The deliberate third-party disclosure of the supervisor's review test (test/e2e/supervisor-review.test.ts). */
export const DISCLOSURE = "您丈夫的信用卡已经逾期三个月了";

/** A finished, scored call of the demo trainee that a supervisor reviews: a wife told of her husband's debt and threatened. */
export async function seedSupervisorReviewCall(prisma: PrismaClient): Promise<string> {
  const trainee = await prisma.user.findUniqueOrThrow({ where: { username: "trainee" } });
  const seeded = await seedScoredCall(prisma, {
    traineeId: trainee.id,
    scenarioId: "zh-hardship-factory-shutdown",
    at: new Date(),
    outcome: "callback",
    turns: [
      { speaker: "agent", text: "您好,请问是张伟先生本人吗?" },
      { speaker: "customer", text: "我是他老婆,他不在。", party: "third_party" },
      { speaker: "agent", text: `${DISCLOSURE},再不还钱就让他坐牢。` },
    ],
  });
  return seeded.callId;
}
