"use client";
/**
 * An action's role in the person's language. Staff roles keep the names the members page
 * gives them (one concept, one name); the customer and the carrier are not members, so their
 * names live with the preview.
 */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { ActionRole } from "@/server/templates/document";

export function useRoleLabel() {
  const staff = useTranslations("roles");
  const outside = useTranslations("preview.roles");
  return useCallback((role: ActionRole) => (role === "CUSTOMER" || role === "CARRIER" ? outside(role) : staff(role)), [staff, outside]);
}
