"use client";
/** The person's own language, over the tenant's: saved on their profile, applied at once. */
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { isLocale, LANGUAGE_NAMES, LOCALES, type AppLocale } from "@/i18n/locales";
import { useTRPC } from "@/trpc/client";

export function LanguagePicker({ value }: { value: AppLocale | null }) {
  const t = useTranslations("shell");
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.identity.setMyLocale.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <label className="mt-3 block text-xs text-gray-600">
      {t("language")}
      <select
        className="mt-1 block w-full rounded-md border border-gray-300 bg-white px-2 py-1 text-sm"
        value={value ?? ""}
        disabled={save.isPending}
        onChange={(e) => save.mutate({ locale: isLocale(e.target.value) ? e.target.value : null })}
      >
        <option value="">{t("languageDefault")}</option>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
