import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { ActiveToggle, PersonDetailsForm, RemoveFromTeamButton, ResetPasswordForm } from "@/app/admin/_components/person-controls";
import { AddMemberForm } from "@/app/admin/_components/admin-forms";
import { getUser } from "@/lib/accounts/get-user";
import { ROLES } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/get-database";
import { listTeams } from "@/lib/teams/list-teams";

export default guardPage<{ userId: string }>("/admin/users/[userId]", async ({ viewer, params }) => {
  const prisma = await getPrisma();
  const [person, teams, t, tRoles] = await Promise.all([getUser(prisma, params.userId), listTeams(prisma, viewer), getTranslations("admin"), getTranslations("roles")]);
  const otherTeams = teams.filter((team) => !person.teams.some((own) => own.id === team.id));
  return (
    <>
      <p>
        <Link href="/admin">{t("person.back")}</Link>
      </p>
      <h1>{t("person.title", { name: person.name, username: person.username ?? "" })}</h1>
      <p className={person.disabled ? "error" : "muted"} data-status={person.disabled ? "deactivated" : "active"}>
        {person.disabled ? t("person.deactivatedNote") : `${t("status")}: ${t("active")}`}
      </p>
      <div className="grid">
        <PersonDetailsForm person={person} roles={ROLES.map((role) => ({ value: role, label: tRoles(role) }))} />
        <ResetPasswordForm person={person} />
        <section className="card" aria-labelledby="access-title">
          <h2 id="access-title">{t("person.accessTitle")}</h2>
          <ActiveToggle person={person} />
        </section>
        <section className="card" aria-labelledby="teams-title">
          <h2 id="teams-title">{t("person.teamsTitle")}</h2>
          {person.teams.length === 0 && <p className="muted">{t("person.noTeams")}</p>}
          <ul className="plain">
            {person.teams.map((team) => (
              <li key={team.id}>
                {team.name} <RemoveFromTeamButton person={person} team={team} />
              </li>
            ))}
          </ul>
        </section>
        {otherTeams.length > 0 && <AddMemberForm userId={person.id} teams={otherTeams.map((team) => ({ value: team.id, label: team.name }))} />}
      </div>
    </>
  );
});
