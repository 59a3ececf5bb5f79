"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { sendJson } from "@/app/_lib/send-json";

/**
 * Username and password. Both are `required`; the check is the form's own rather than the browser's
 * bubble, so an empty field is named in the interface language next to the form, like every other error.
 */
export function SignInForm() {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const empty = ["username", "password"].filter((field) => String(form.get(field) ?? "").trim() === "");
    setMissing(empty);
    if (empty.length > 0) {
      setError(t("missingFields"));
      event.currentTarget.querySelector<HTMLInputElement>(`#${empty[0]}`)?.focus();
      return;
    }
    setPending(true);
    setError(null);
    const result = await sendJson("/api/auth/sign-in/username", "POST", { username: String(form.get("username")).trim().toLowerCase(), password: form.get("password") });
    setPending(false);
    if (result.ok) {
      router.replace("/");
      router.refresh();
      return;
    }
    const disabled = result.status === 403 && result.error?.code === "ACCOUNT_DISABLED";
    setError(disabled ? t("disabled") : result.status === 401 ? t("wrongCredentials") : result.status === 429 ? t("tooManyAttempts") : t("failed"));
  }

  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor="username">{t("username")}</label>
      <input id="username" name="username" autoComplete="username" required aria-invalid={missing.includes("username")} autoFocus />
      <label htmlFor="password">{t("password")}</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={missing.includes("password")} />
      <p role="alert" className="error" aria-live="assertive">
        {error}
      </p>
      <button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
