"use client";
/** The person's active sessions, with "this device" marked, and "sign out of all devices". */
import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { useFormat } from "@/components/format";
import { Button } from "@/components/ui/button";
import type { DeviceSummary } from "@/server/auth/devices";
import { signOutEverywhereAction } from "../../sign-out";
import { endSessionAction } from "./actions";

type Session = DeviceSummary & { id: string; createdAt: Date; lastSeenAt: Date; ipAddress: string | null; current: boolean };

export function SessionsPanel({ sessions, policy }: { sessions: Session[]; policy: { lifetimeHours: number; idleHours: number } }) {
  const t = useTranslations("sessions");
  const duration = useDuration();
  return (
    <div className="max-w-3xl space-y-8">
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <div className="space-y-1">
          <h2 id="sessions-heading" className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-gray-600">{t("intro")}</p>
          <p className="text-sm text-gray-600">{t("policy", { idle: duration(policy.idleHours), lifetime: duration(policy.lifetimeHours) })}</p>
        </div>
        <ul aria-label={t("listLabel")} className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
          {sessions.map((s) => (
            <SessionRow key={s.id} session={s} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="everywhere-heading" className="space-y-3 rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="everywhere-heading" className="text-base font-semibold">
          {t("everywhereTitle")}
        </h2>
        <p className="text-sm text-gray-600">{t("everywhereBody")}</p>
        <form action={signOutEverywhereAction}>
          <SubmitButton variant="danger">{t("everywhereButton")}</SubmitButton>
        </form>
      </section>
    </div>
  );
}

function SessionRow({ session: s }: { session: Session }) {
  const t = useTranslations("sessions");
  const format = useFormat();
  const device = s.browser && s.os ? t("device", { browser: s.browser, os: s.os }) : (s.browser ?? t("unknownDevice"));
  return (
    <li className="flex flex-wrap items-center gap-3 p-4" aria-label={device}>
      <div className="min-w-0 flex-1 space-y-0.5">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          {device}
          {s.current && <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">{t("thisDevice")}</span>}
        </p>
        <p className="text-sm text-gray-600">
          {t("signedIn", { date: format.instant(s.createdAt) })} · {s.current ? t("activeNow") : t("lastActive", { date: format.instant(s.lastSeenAt) })}
        </p>
        {s.ipAddress && <p className="text-xs text-gray-500">{t("address", { ip: s.ipAddress })}</p>}
      </div>
      {!s.current && (
        <form action={endSessionAction}>
          <input type="hidden" name="sessionId" value={s.id} />
          <SubmitButton variant="secondary" aria-label={t("signOutOf", { device })}>
            {t("signOut")}
          </SubmitButton>
        </form>
      )}
    </li>
  );
}

function SubmitButton({ variant, children, ...rest }: { variant: "secondary" | "danger"; children: ReactNode; "aria-label"?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} pending={pending} {...rest}>
      {children}
    </Button>
  );
}

/** "7 days", "24 hours", "30 minutes" in the reader's language, from a number of hours. */
function useDuration() {
  const format = useFormat();
  return (hours: number) => {
    const [value, unit] =
      hours >= 48 && hours % 24 === 0 ? [hours / 24, "day"] : Number.isInteger(hours) ? [hours, "hour"] : [Math.round(hours * 60), "minute"];
    return format.number(value, { style: "unit", unit, unitDisplay: "long" });
  };
}
