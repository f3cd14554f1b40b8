import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SKIPPING_ROLES, STEERING_ROLES } from "@/server/deployments/engine/commands";
import { hasRole, WORKING_ROLES } from "@/server/identity/roles";
import { projectExists } from "@/server/deployments/project-detail";
import { requireRecord } from "../../require-record";
import { tenantPage } from "../../tenant";
import { ProjectView } from "./project-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("metaTitle") };
}

export default async function ProjectPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const { membership } = await tenantPage(slug);
  await requireRecord(slug, id, projectExists);
  const roles = membership.roles;
  return (
    <ProjectView
      id={id}
      access={{
        work: hasRole(roles, ...WORKING_ROLES),
        steer: hasRole(roles, ...STEERING_ROLES),
        skip: hasRole(roles, ...SKIPPING_ROLES),
      }}
    />
  );
}
