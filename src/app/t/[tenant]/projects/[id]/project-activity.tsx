"use client";
/** The project's history, newest first: who did what, when, with the values before and after. */
import { useMessages, useTranslations } from "next-intl";
import type { Messages } from "@/i18n/messages";
import { useFormat } from "@/components/format";
import type { ProjectDetail } from "./project-view";

type Entry = ProjectDetail["activity"][number];
type Values = Record<string, unknown>;

type Kind = keyof Messages["projects"]["activity"]["kinds"];
/** An activity's message key: its action with the dot the catalogue cannot hold in a key. */
function kindOf(action: string, known: Messages["projects"]["activity"]["kinds"]): Kind {
  const key = action.replace(".", "_");
  return key in known ? (key as Kind) : "other";
}

const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function ProjectActivity({ project }: { project: ProjectDetail }) {
  const t = useTranslations("projects.activity");
  const kinds = useMessages().projects.activity.kinds;
  const format = useFormat();
  const phaseName = new Map(project.phases.map((p) => [p.key, p.name]));
  const date = (v: unknown) => (isDate(v) ? format.calendar(v) : text(v));
  function describe(a: Entry): { title: string; detail: string | null } {
    const before = (a.before ?? {}) as Values;
    const after = (a.after ?? {}) as Values;
    const action = text(after.action ?? before.action);
    const kind = kindOf(a.action, kinds);
    const title = t(`kinds.${kind}`, { action, phase: phaseName.get(text(after.phase)) ?? text(after.phase), name: text(after.name ?? before.name), what: a.action });
    const reason = text(after.reason);
    if (a.action === "action.due-moved" || a.action === "action.redated") return { title, detail: t("dueChange", { from: date(before.dueDate), to: date(after.dueDate) }) + (reason ? ` · ${reason}` : "") };
    if (a.action === "project.date-changed") {
      const key = Object.keys(after)[0] ?? "";
      const label = project.capturedDates.find((d) => d.key === key)?.label ?? key;
      return { title, detail: t("dateChange", { label, from: date(before[key]), to: date(after[key]) }) };
    }
    if (a.action === "project.go-live") return { title, detail: date(after.goLiveDate) };
    return { title, detail: reason || text(after.note) || null };
  }
  return (
    <section aria-labelledby="activity-title" className="space-y-3 rounded-lg border border-gray-200 bg-white p-6">
      <h2 id="activity-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {project.activity.length === 0 ? (
        <p className="text-sm text-gray-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {project.activity.map((a) => {
            const { title, detail } = describe(a);
            return (
              <li key={a.id} className="border-l-2 border-gray-200 pl-3 text-sm">
                <p className="font-medium">{title}</p>
                {detail && <p className="text-gray-700">{detail}</p>}
                <p className="text-xs text-gray-500">
                  {a.actorName ?? t("system")} · <time dateTime={a.createdAt.toISOString()}>{format.instant(a.createdAt)}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
