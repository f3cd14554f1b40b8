import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MembersPanel } from "./members-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("members") };
}

export default function MembersPage() {
  return <MembersPanel />;
}
