/** No deal yet: deals are created from an account, so point there. */
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";

export function EmptyPipeline({ slug }: { slug: string }) {
  const t = useTranslations("deals");
  return (
    <section aria-labelledby="no-deals" className="rounded-lg border border-dashed border-gray-300 bg-white p-10 text-center">
      <h2 id="no-deals" className="text-base font-semibold">
        {t("empty.title")}
      </h2>
      <p className="mx-auto mt-1 max-w-md text-sm text-gray-600">{t("empty.body")}</p>
      <ButtonLink href={`/t/${slug}/accounts`} className="mt-4">
        {t("empty.toAccounts")}
      </ButtonLink>
    </section>
  );
}
