"use client";
/** A project's status as a coloured badge, in the reader's language. */
import { useTranslations } from "next-intl";

const TONES = { ACTIVE: "bg-blue-50 text-blue-800", ON_HOLD: "bg-amber-50 text-amber-900", LIVE: "bg-green-50 text-green-800", CANCELLED: "bg-gray-100 text-gray-700" } as const;

export function ProjectStatusBadge({ status }: { status: keyof typeof TONES }) {
  const t = useTranslations("projects.statuses");
  return <span className={`inline-flex whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${TONES[status]}`}>{t(status)}</span>;
}
