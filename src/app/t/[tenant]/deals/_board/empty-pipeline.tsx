/** No deal yet: deals are created from an account, so point there. */
import Link from "next/link";
import { useTranslations } from "next-intl";

export function EmptyPipeline({ slug }: { slug: string }) {
  const t = useTranslations("deals");
  return (
    <section aria-labelledby="no-deals" className="rounded-lg border border-dashed border-gray-300 bg-white p-10 text-center">
      <h2 id="no-deals" className="text-base font-semibold">
        {t("empty.title")}
      </h2>
      <p className="mx-auto mt-1 max-w-md text-sm text-gray-600">{t("empty.body")}</p>
      <Link href={`/t/${slug}/accounts`} className="mt-4 inline-flex rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90">
        {t("empty.toAccounts")}
      </Link>
    </section>
  );
}
