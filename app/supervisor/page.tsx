import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { listTeams } from "@/lib/teams/list-teams";
import { DashboardView } from "./_components/dashboard-view";

export default guardPage("/supervisor", async ({ viewer, searchParams }) => {
  const [t, teams] = await Promise.all([getTranslations("supervisor"), getPrisma().then((prisma) => listTeams(prisma, viewer))]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      {teams.length === 0 && <p>{t("noTeams")}</p>}
      <div className="grid">
        {teams.map((team) => (
          <section key={team.id} className="card" aria-labelledby={`team-${team.id}`}>
            <h2 id={`team-${team.id}`}>{team.name}</h2>
            <p>{t("members", { count: team.members.filter((member) => member.role === "trainee").length })}</p>
            <Link href={`/supervisor/teams/${team.id}`}>{t("open")}</Link>
          </section>
        ))}
      </div>
      <DashboardView viewer={viewer} searchParams={searchParams} path="/supervisor" />
    </>
  );
});
