import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ROLE_HOME } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { SignInForm } from "./sign-in-form";
import { currentViewer } from "@/app/_lib/current-viewer";

export default async function SignInPage() {
  const viewer = await currentViewer();
  if (viewer) redirect(ROLE_HOME[viewer.role]);
  const t = await getTranslations("signIn");
  return (
    <div className="signin card">
      <h1>{t("title")}</h1>
      <SignInForm />
      {env().PARLEY_SEED_DEMO && <p className="intro">{t("demoHint")}</p>}
    </div>
  );
}
