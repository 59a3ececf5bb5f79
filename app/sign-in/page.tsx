import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ROLE_HOME } from "@/lib/auth/roles";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TEAMS } from "@/lib/demo/demo-accounts";
import { env } from "@/lib/env";
import { SignInForm } from "./sign-in-form";
import { currentViewer } from "@/app/_lib/current-viewer";

const POINTS = ["trainee", "trainer", "supervisor", "lawful"] as const;

/** The front door: what Parley is, for whom, and the sign-in (with every demo account where they exist). */
export default async function SignInPage() {
  const viewer = await currentViewer();
  if (viewer) redirect(ROLE_HOME[viewer.role]);
  const [t, tLanding, tRoles] = await Promise.all([getTranslations("signIn"), getTranslations("landing"), getTranslations("roles")]);
  return (
    <div className="landing">
      <section className="landing-intro" aria-labelledby="landing-title">
        <h1 id="landing-title">{tLanding("title")}</h1>
        <p className="lead">{tLanding("lead")}</p>
        <ul>
          {POINTS.map((point) => (
            <li key={point}>{tLanding(`points.${point}`)}</li>
          ))}
        </ul>
        <p className="muted">{tLanding("languages")}</p>
      </section>
      <div className="signin card">
        <h2>{t("title")}</h2>
        <SignInForm />
        {env().PARLEY_SEED_DEMO && (
          <div className="table-scroll demo-accounts">
            <table>
              <caption>{t("demoTitle", { password: DEMO_PASSWORD })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("demoUsername")}</th>
                  <th scope="col">{t("demoRole")}</th>
                  <th scope="col">{t("demoTeam")}</th>
                </tr>
              </thead>
              <tbody>
                {DEMO_ACCOUNTS.map((account) => (
                  <tr key={account.username}>
                    <td>
                      <code>{account.username}</code>
                    </td>
                    <td>{tRoles(account.role)}</td>
                    <td>{account.teams.map((team) => DEMO_TEAMS[team]).join(", ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
