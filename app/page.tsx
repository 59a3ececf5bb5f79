import { redirect } from "next/navigation";
import { ROLE_HOME } from "@/lib/auth/roles";
import { currentViewer } from "@/app/_lib/current-viewer";

export default async function Home() {
  const viewer = await currentViewer();
  redirect(viewer ? ROLE_HOME[viewer.role] : "/sign-in");
}
