import type { PrismaClient } from "@/generated/prisma/client";
import { createUser } from "@/lib/accounts/create-user";
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

/** The trainee whose only call is damaged (test/e2e/newcomers.test.ts): it makes its page fail on the server. */
export const DAMAGED_CALL_TRAINEE = { username: "damaged.call", password: "a-long-password" };

/**
 * A call row damaged by hand (its planning notes are not the five answers), so opening it is an
 * unexpected server error: what the error page shows, in the reader's language.
 */
export async function seedDamagedCall(prisma: PrismaClient): Promise<string> {
  const trainee = await createUser(prisma, { input: { ...DAMAGED_CALL_TRAINEE, name: "Damaged Call", role: "trainee" }, actorId: null });
  const seeded = await seedScoredCall(prisma, { traineeId: trainee.id, scenarioId: "us-confused-balance-grew", at: new Date(), turns: [{ speaker: "agent", text: "Hello?" }] });
  await prisma.practiceCall.update({ where: { id: seeded.callId }, data: { planningNotes: ["not", "a", "plan"] } });
  return seeded.callId;
}
