"use client";
/**
 * Turns a deal's activity rows (an action code, and the before/after JSON the server wrote)
 * into a sentence and a short "before → after" in the person's language. Codes are read
 * through the one table of activity codes (shared with the account page's history); unknown
 * ones fall back to their code, so a new server action never breaks the page.
 */
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { actionKey } from "@/components/activity-changes";
import { useFormat } from "@/components/format";
import { useMembers } from "@/components/member-select";
import type { DealStage } from "@/generated/prisma/enums";
import { PIPELINE_STAGES } from "@/server/crm/stages";
import { useTRPC } from "@/trpc/client";
import type { DealActivity } from "../_components/types";

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown) => (typeof v === "string" ? v : null);
const isStage = (v: unknown): v is DealStage => (PIPELINE_STAGES as readonly unknown[]).includes(v);

export function useActivitySummary() {
  const t = useTranslations("deals");
  const trpc = useTRPC();
  const date = useFormat().calendar;
  const members = useMembers();
  const types = useQuery(trpc.catalogue.list.queryOptions());
  return useCallback(
    (a: DealActivity): { title: string; details: string[] } => {
      const before = obj(a.before);
      const after = obj(a.after);
      const stage = (v: unknown) => (isStage(v) ? t(`stages.${v}`) : "—");
      const member = (v: unknown) => (str(v) ? (members.data?.find((m) => m.id === v)?.name ?? t("activity.formerMember")) : t("card.noOwner"));
      const type = (v: unknown) => types.data?.find((s) => s.id === v)?.name ?? t("activity.aService");
      const key = actionKey(a.action);
      switch (key) {
        case "dealStageChanged": {
          const details = [`${stage(before.stage)} → ${stage(after.stage)}`];
          if (str(after.lostReason)) details.push(t("activity.reason", { reason: String(after.lostReason) }));
          return { title: t("activity.actions.stageChanged"), details };
        }
        case "dealUpdated": {
          const details: string[] = [];
          if (before.name !== after.name) details.push(`${t("fields.name")}: ${str(before.name) ?? "—"} → ${str(after.name) ?? "—"}`);
          if (before.targetCloseDate !== after.targetCloseDate) {
            const d = (v: unknown) => (str(v) ? date(String(v)) : "—");
            details.push(`${t("fields.targetCloseDate")}: ${d(before.targetCloseDate)} → ${d(after.targetCloseDate)}`);
          }
          if ((before.ownerId ?? null) !== (after.ownerId ?? null)) details.push(`${t("fields.owner")}: ${member(before.ownerId)} → ${member(after.ownerId)}`);
          if (before.notes !== after.notes) details.push(t("activity.notesEdited"));
          return { title: t("activity.actions.updated"), details };
        }
        case "lineAdded":
        case "lineUpdated":
          return { title: t(`activity.actions.${key}`), details: [`${after.quantity ?? "?"} × ${type(after.serviceTypeId)}`] };
        case "lineRemoved":
          return { title: t("activity.actions.lineRemoved"), details: [`${before.quantity ?? "?"} × ${type(before.serviceTypeId)}`] };
        case "dealWon": {
          const subs = Array.isArray(after.subscriptions) ? after.subscriptions.map(obj) : [];
          const active = subs.filter((s) => s.status === "ACTIVE").length;
          return { title: t("activity.actions.won"), details: [`${stage(before.stage)} → ${stage("WON")}`, t("activity.subscriptions", { active, pending: subs.length - active })] };
        }
        case "dealCreated":
          return { title: t("activity.actions.created"), details: [] };
        // A code from outside the deal's own actions, or one this page has no words for yet.
        default:
          return { title: t("activity.other", { action: a.action }), details: [] };
      }
    },
    [t, date, members.data, types.data],
  );
}
