"use client";
/**
 * A record of this tenant that does not exist (or is another tenant's): the 404 inside the
 * shell, so the sidebar stays. A stranger to the tenant never gets here — the layout's gate
 * answers them with the app-wide 404, which says nothing about the tenant.
 */
import { useParams } from "next/navigation";
import { NotFoundMessage } from "@/components/not-found-message";

export default function TenantNotFound() {
  const { tenant } = useParams<{ tenant: string }>();
  return <NotFoundMessage home={`/t/${tenant}`} className="py-24" />;
}
