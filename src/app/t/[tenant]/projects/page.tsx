import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { tenantPage } from "../tenant";
import { ProjectsList } from "./projects-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("listTitle") };
}

export default async function ProjectsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  await tenantPage(slug);
  // The list reads its filter from the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense>
      <ProjectsList />
    </Suspense>
  );
}
