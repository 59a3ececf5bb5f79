import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { listUsers } from "@/lib/accounts/list-users";
import { ZAuditQuery } from "@/lib/audit/audit-query";
import { searchAudit } from "@/lib/audit/search-audit";
import { ROLES } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/get-database";
import { listTeams } from "@/lib/teams/list-teams";
import { AddMemberForm, AddTeamForm, AddUserForm, RenameTeamForm, TeamTimeZoneForm } from "./_components/admin-forms";
import { AuditTable } from "./_components/audit-table";

export default guardPage("/admin", async ({ viewer }) => {
  const prisma = await getPrisma();
  const [users, teams, audit, t, tRoles] = await Promise.all([
    listUsers(prisma),
    listTeams(prisma, viewer),
    searchAudit(prisma, ZAuditQuery.parse({})),
    getTranslations("admin"),
    getTranslations("roles"),
  ]);
  const teamOptions = teams.map((team) => ({ value: team.id, label: team.name }));
  return (
    <>
      <h1>{t("title")}</h1>
      <h2>{t("users")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("username")}</th>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("teams")}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-username={user.username}>
              <td>
                <Link href={`/admin/users/${encodeURIComponent(user.id)}`} aria-label={t("manage", { name: user.name })}>
                  {user.username}
                </Link>
              </td>
              <td>{user.name}</td>
              <td>{tRoles(user.role)}</td>
              <td>{user.teams.map((team) => team.name).join(", ")}</td>
              <td className={user.disabled ? "error" : undefined}>{user.disabled ? t("deactivated") : t("active")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("teams")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("teamName")}</th>
            <th scope="col">{t("timeZone")}</th>
            <th scope="col">{t("members")}</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.id} data-team={team.name}>
              <td>
                <RenameTeamForm teamId={team.id} name={team.name} />
              </td>
              <td>
                <TeamTimeZoneForm teamId={team.id} name={team.name} timeZone={team.timeZone} />
              </td>
              <td>{team.members.map((member) => member.name).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid" style={{ marginTop: 16 }}>
        <AddUserForm roles={ROLES.map((role) => ({ value: role, label: tRoles(role) }))} teams={teamOptions} />
        <AddTeamForm />
        <AddMemberForm users={users.map((user) => ({ value: user.id, label: `${user.name} (${user.username})` }))} teams={teamOptions} />
      </div>
      <h2>{t("audit")}</h2>
      <p>
        <Link href="/admin/audit">{t("fullLog")}</Link>
      </p>
      <h3>{t("latest")}</h3>
      {audit.entries.length === 0 ? <p>{t("none")}</p> : <AuditTable entries={audit.entries.slice(0, 10)} />}
    </>
  );
});
