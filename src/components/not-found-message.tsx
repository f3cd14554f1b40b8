"use client";
/** The 404 message, shared by the app-wide page and the one inside a tenant's shell. */
import Link from "next/link";
import { useTranslations } from "next-intl";

export function NotFoundMessage({ home, className = "" }: { home: string; className?: string }) {
  const t = useTranslations("notFound");
  return (
    <div className={`flex flex-col items-center justify-center gap-3 px-4 text-center ${className}`}>
      <p className="text-5xl font-bold text-gray-300">404</p>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="max-w-md text-sm text-gray-600">{t("body")}</p>
      <Link href={home} className="text-sm font-medium text-brand underline">
        {t("home")}
      </Link>
    </div>
  );
}
