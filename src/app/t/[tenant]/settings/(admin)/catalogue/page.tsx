import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CataloguePanel } from "./catalogue-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("catalogue") };
}

export default function CataloguePage() {
  return <CataloguePanel />;
}
