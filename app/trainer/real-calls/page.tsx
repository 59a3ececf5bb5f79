import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { listQualityReviews } from "@/lib/quality-review/list-quality-reviews";

/** The real calls uploaded for quality review in the trainer's teams, each a starting point for a scenario. */
export default guardPage("/trainer/real-calls", async ({ viewer }) => {
  const [reviews, t, format] = await Promise.all([listQualityReviews(await getPrisma(), { viewer }), getTranslations("trainer.realCalls"), getFormatter()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      {reviews.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("file")}</th>
              <th scope="col">{t("team")}</th>
              <th scope="col">{t("uploaded")}</th>
              <th scope="col">{t("start")}</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((review) => (
              <tr key={review.id} data-review-id={review.id}>
                <td>{review.fileName ?? review.id}</td>
                <td>{review.team?.name ?? "—"}</td>
                <td>{format.dateTime(review.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>
                  <Link href={`/trainer/scenarios/new?fromCall=${encodeURIComponent(review.id)}`} aria-label={t("startFrom", { file: review.fileName ?? review.id })}>
                    {t("start")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
});
