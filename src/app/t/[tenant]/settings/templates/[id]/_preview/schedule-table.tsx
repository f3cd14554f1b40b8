"use client";
/**
 * The timeline as a table, for screen readers and tests: which actions exist, under which
 * phase, and their dates. Visually hidden because the chart shows the same to sighted people.
 */
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/format";
import type { GanttGroup } from "./gantt-rows";
import { useRoleLabel } from "@/components/use-role-label";

export function ScheduleTable({ groups }: { groups: GanttGroup[] }) {
  const t = useTranslations("preview.timeline");
  const dates = useFormat();
  const roleLabel = useRoleLabel();
  return (
    <table className="sr-only">
      <caption>{t("tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("action")}</th>
          <th scope="col">{t("role")}</th>
          <th scope="col">{t("available")}</th>
          <th scope="col">{t("due")}</th>
          <th scope="col">{t("critical")}</th>
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.id}>
          <tr>
            <th scope="rowgroup" colSpan={5}>
              {g.name} ({t("phaseDates", { start: dates.calendar(g.startsAt), end: dates.calendar(g.endsAt) })})
            </th>
          </tr>
          {g.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              <td>{roleLabel(r.role)}</td>
              <td>{dates.calendar(r.availableAt)}</td>
              <td>{dates.calendar(r.dueAt)}</td>
              <td>{r.critical ? t("yes") : t("no")}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
