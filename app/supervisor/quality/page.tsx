import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { listQualityReviews } from "@/lib/quality-review/list-quality-reviews";
import { listTeams } from "@/lib/teams/list-teams";
import { RefreshWhilePending } from "../_components/refresh-while-pending";
import { UploadForm } from "../_components/upload-form";

export default guardPage("/supervisor/quality", async ({ viewer }) => {
  const prisma = await getPrisma();
  const [reviews, teams, t, format] = await Promise.all([listQualityReviews(prisma, { viewer }), listTeams(prisma, viewer), getTranslations("supervisor"), getFormatter()]);
  return (
    <>
      <h1>{t("quality.title")}</h1>
      <p className="intro">{t("quality.intro")}</p>
      {teams.length === 0 ? (
        <p>{t("noTeams")}</p>
      ) : (
        <UploadForm
          teams={teams.map(({ id, name, members }) => ({
            id,
            name,
            collectors: members.filter((member) => member.role === "trainee").map((member) => ({ id: member.id, name: member.name })),
          }))}
        />
      )}
      <h2>{t("quality.list")}</h2>
      <RefreshWhilePending pending={reviews.some((review) => review.status === "queued" || review.status === "scoring")} />
      {reviews.length === 0 ? (
        <p>{t("quality.none")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("quality.uploadedAt")}</th>
                <th scope="col">{t("quality.file")}</th>
                <th scope="col">{t("dashboard.team")}</th>
                <th scope="col">{t("quality.collector")}</th>
                <th scope="col">{t("quality.uploadedBy")}</th>
                <th scope="col">{t("call.ruleset")}</th>
                <th scope="col">{t("overall")}</th>
                <th scope="col">{t("compliance")}</th>
                <th scope="col">{t("dashboard.critical")}</th>
                <th scope="col">{t("dashboard.result")}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((review) => (
                <tr key={review.id}>
                  <td>{format.dateTime(review.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td>
                    <Link
                      href={`/supervisor/quality/${review.id}`}
                      aria-label={t("quality.openReview", { file: review.transcriptId ?? review.fileName ?? review.id })}
                      data-transcript-id={review.transcriptId ?? undefined}
                    >
                      {review.transcriptId ?? review.fileName ?? review.id}
                    </Link>
                    {review.transcriptId && review.fileName && <span className="muted"> ({review.fileName})</span>}
                  </td>
                  <td>{review.team?.name ?? "—"}</td>
                  <td data-collector={review.collector?.id}>{review.collector?.name ?? "—"}</td>
                  <td>{review.uploadedBy?.name ?? "—"}</td>
                  {review.scored ? (
                    <>
                      <td>{review.scored.ruleset}</td>
                      <td>{review.scored.scores.overall}</td>
                      <td>{review.scored.scores.compliance}</td>
                      <td>{review.scored.criticalCount}</td>
                      <td className={review.scored.passed ? "ok" : "error"}>{t(review.scored.passed ? "dashboard.passed" : "dashboard.notPassed")}</td>
                    </>
                  ) : (
                    <td colSpan={5} className={review.status === "failed" ? "error" : "pending"}>
                      {t(review.status === "failed" ? "quality.statusFailed" : review.status === "scoring" ? "quality.statusScoring" : "quality.statusQueued")}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
});
