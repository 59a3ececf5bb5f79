/** What went wrong, from an API error answer (guardRoute's shape): the message and each wrong field. */
export async function problemText(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string; details?: unknown } } | null;
  const details = Array.isArray(body?.error?.details) ? (body.error.details as { path: string; message: string }[]).map((d) => `${d.path}: ${d.message}`) : [];
  return [body?.error?.message ?? response.statusText, ...details].join(" ");
}
