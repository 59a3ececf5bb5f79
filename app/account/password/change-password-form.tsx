"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useApiRequest } from "@/app/_lib/use-api-request";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const router = useRouter();
  const send = useApiRequest();
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get("newPassword") !== form.get("repeat")) return setError(t("mismatch"));
    const result = await send("/api/account/password", "POST", { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    if (!result.ok) return setError(result.message);
    router.replace("/");
    router.refresh();
  }
  return (
    <form onSubmit={submit}>
      <label htmlFor="current-password">{t("current")}</label>
      <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required />
      <label htmlFor="new-password">{t("new")}</label>
      <input id="new-password" name="newPassword" type="password" autoComplete="new-password" minLength={8} required />
      <label htmlFor="repeat-password">{t("repeat")}</label>
      <input id="repeat-password" name="repeat" type="password" autoComplete="new-password" minLength={8} required />
      <p role="alert" className="error">
        {error}
      </p>
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
