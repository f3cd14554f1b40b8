import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { env } from "@/env";
import { currentSession } from "@/server/auth";
import { describeDevice } from "@/server/auth/devices";
import { listSessions } from "@/server/auth/sessions";
import { tenantPage } from "../../tenant";
import { SessionsPanel } from "./sessions-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sessions");
  return { title: t("title") };
}

/** Settings → Your sessions: every member's own, whatever their roles. */
export default async function SessionsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  await tenantPage(slug);
  const signedIn = await currentSession();
  if (!signedIn) redirect("/login");
  const sessions = await listSessions(signedIn.user.id, signedIn.sessionId);
  const e = env();
  return (
    <SessionsPanel
      // The user-agent parser stays on the server; the browser gets names.
      sessions={sessions.map(({ userAgent, ...s }) => ({ ...s, ...describeDevice(userAgent) }))}
      policy={{ lifetimeHours: e.SESSION_LIFETIME_HOURS, idleHours: e.SESSION_IDLE_TIMEOUT_HOURS }}
    />
  );
}
