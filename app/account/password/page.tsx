import { getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { ChangePasswordForm } from "./change-password-form";

export default guardPage("/account/password", async ({ viewer }) => {
  const t = await getTranslations("account");
  return (
    <div className="signin card">
      <h1>{t("title")}</h1>
      <p className="intro">{viewer.mustChangePassword ? t("intro") : t("introVoluntary")}</p>
      <ChangePasswordForm />
    </div>
  );
});
