import type { PrismaClient } from "../../generated/prisma/client";

type TEntry = { entityType: string; entityId: string; detail: unknown };

/** Who or what an entry is about, by name: as it was when written where the entry kept it, else as it is now. */
export type TAuditSubject = { type: string; id: string; name: string; member?: string };

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
const detailOf = (entry: TEntry) => (typeof entry.detail === "object" && entry.detail !== null ? (entry.detail as Record<string, unknown>) : {});

/**
 * Names for the subjects of audit entries, looked up in a few queries for a whole page. Entries
 * written before names were kept in them show today's names; a subject since deleted shows its id.
 */
export async function describeAuditSubjects(prisma: PrismaClient, entries: TEntry[]): Promise<TAuditSubject[]> {
  const details = entries.map(detailOf);
  const userIds = new Set<string>();
  const teamIds = new Set<string>();
  const callIds = new Set<string>();
  const reviewIds = new Set<string>();
  entries.forEach((entry, index) => {
    const detail = details[index]!;
    if (entry.entityType === "user") userIds.add(entry.entityId);
    if (entry.entityType === "team" || entry.entityType === "results") teamIds.add(entry.entityId);
    if (entry.entityType === "practice_call") callIds.add(entry.entityId);
    if (entry.entityType === "quality_review") reviewIds.add(entry.entityId);
    for (const key of ["userId", "traineeId"]) if (text(detail[key])) userIds.add(detail[key] as string);
    if (text(detail.teamId)) teamIds.add(detail.teamId as string);
  });
  const [users, teams, calls, reviews] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }),
    prisma.team.findMany({ where: { id: { in: [...teamIds] } }, select: { id: true, name: true } }),
    prisma.practiceCall.findMany({
      where: { id: { in: [...callIds] } },
      select: { id: true, trainee: { select: { name: true } }, scenarioVersion: { select: { scenarioId: true } } },
    }),
    prisma.qualityReview.findMany({ where: { id: { in: [...reviewIds] } }, select: { id: true, fileName: true } }),
  ]);
  const userName = new Map(users.map((user) => [user.id, user.name]));
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const callName = new Map(calls.map((call) => [call.id, `${call.trainee.name} · ${call.scenarioVersion.scenarioId}`]));
  const reviewName = new Map(reviews.map((review) => [review.id, review.fileName ?? review.id]));

  return entries.map((entry, index) => {
    const detail = details[index]!;
    const kept = text(detail.name);
    const byType: Record<string, () => string | undefined> = {
      user: () => kept ?? userName.get(entry.entityId) ?? text(detail.username),
      team: () => kept ?? teamName.get(entry.entityId),
      results: () => teamName.get(entry.entityId),
      scenario: () => (typeof detail.version === "number" ? `${entry.entityId} v${detail.version}` : entry.entityId),
      assignment: () => {
        const target = teamName.get(text(detail.teamId) ?? "") ?? userName.get(text(detail.traineeId) ?? "");
        return text(detail.scenarioId) && `${detail.scenarioId}${target ? ` → ${target}` : ""}`;
      },
      practice_call: () => callName.get(entry.entityId),
      quality_review: () => text(detail.fileName) ?? reviewName.get(entry.entityId),
    };
    const memberId = text(detail.userId);
    const member = text(detail.memberName) ?? (memberId && entry.entityType === "team" ? userName.get(memberId) : undefined);
    return { type: entry.entityType, id: entry.entityId, name: byType[entry.entityType]?.() ?? entry.entityId, ...(member ? { member } : {}) };
  });
}
