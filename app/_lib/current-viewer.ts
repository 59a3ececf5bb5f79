import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getViewer } from "@/lib/auth/get-viewer";

/**
 * The signed-in user of the current request, looked up once per render: the root layout, an area's
 * layout and the page's guard all ask, and each lookup reads the session and the user.
 */
export const currentViewer = cache(async () => getViewer(await headers()));
