import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { decideAccess, type TRoutePattern } from "@/lib/auth/access-policy";
import type { TViewer } from "@/lib/auth/get-viewer";
import { AppError } from "@/lib/errors/app-error";
import { hasPlausibleIds, searchParamsHoldNul } from "@/lib/http/route-params";
import { currentViewer } from "./current-viewer";

type PageProps<P> = { params: Promise<P>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type PageContext<P> = { viewer: TViewer; params: P; searchParams: Record<string, string | string[] | undefined> };

/**
 * Every protected page is written as guardPage(pattern, render): the pattern's roles come from
 * lib/auth/access-policy.ts, so a page cannot forget its check. Domain refusals (another team's
 * data) become 403 as well, and lookups that find nothing a 404.
 */
export function guardPage<P = Record<string, never>>(route: TRoutePattern, render: (context: PageContext<P>) => Promise<ReactNode>) {
  return async function GuardedPage(props: PageProps<P>) {
    const viewer = await currentViewer();
    const decision = decideAccess(route, viewer);
    if (decision === "sign-in" || !viewer) redirect("/sign-in");
    if (decision === "change-password") redirect("/account/password");
    if (decision === "forbidden") forbidden();
    const [params, searchParams] = await Promise.all([props.params, props.searchParams]);
    if (!hasPlausibleIds(params) || searchParamsHoldNul(searchParams)) notFound();
    try {
      return await render({ viewer, params, searchParams });
    } catch (error) {
      if (error instanceof AppError && error.code === "forbidden") forbidden();
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    }
  };
}
