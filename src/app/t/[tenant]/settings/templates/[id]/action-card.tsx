"use client";
/**
 * An action on the board: what it is, who does it, when it starts and is due, under which
 * condition, what it captures and sends, and what is wrong with it. The card opens its editor
 * (click, Enter or Space on its title); its handle, a separate button, drags it with a
 * pointer or the keyboard.
 */
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActionTemplate, TemplateDocument } from "@/server/templates/document";
import { actionDndId } from "./board-dnd";
import { DragHandle } from "./drag-handle";
import { ProblemList } from "./problem-list";
import type { BuilderProblem } from "./problems";
import { useRoleLabel } from "./use-labels";
import { useTemplateLabels } from "./template-labels";
import { useTriggerText } from "./use-trigger-text";

type CardProps = { action: ActionTemplate; document: TemplateDocument; problems: readonly BuilderProblem[] | undefined; selected: boolean };
type Props = CardProps & { phaseId: string; draggable: boolean; acceptsDrops: boolean; onOpen: (id: string) => void };

export const cardButtonId = (actionId: string) => `action-card-${actionId}`;

export function SortableActionCard({ phaseId, draggable, acceptsDrops, onOpen, ...card }: Props) {
  const t = useTranslations("builder.card");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: actionDndId(card.action.id),
    data: { phaseId },
    disabled: { draggable: !draggable, droppable: !acceptsDrops },
  });
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Translate.toString(transform), transition }} className={isDragging ? "opacity-40" : ""} data-testid="action-card" aria-label={card.action.title}>
      <ActionCardBody {...card} onOpen={onOpen}>
        {draggable && <DragHandle ref={setActivatorNodeRef} label={t("move", { title: card.action.title })} {...attributes} {...listeners} />}
      </ActionCardBody>
    </li>
  );
}

export function ActionCardBody({ action, document, problems, selected, onOpen, children }: CardProps & { onOpen?: (id: string) => void; children?: ReactNode }) {
  const t = useTranslations("builder.card");
  const role = useRoleLabel();
  const triggerText = useTriggerText();
  const labels = useTemplateLabels();
  const invalid = (problems?.length ?? 0) > 0;
  const border = invalid ? "border-red-500 ring-1 ring-red-500" : selected ? "border-brand ring-2 ring-brand" : "border-gray-200";
  const problemsId = `${cardButtonId(action.id)}-problems`;
  return (
    // Positioned: the title's button stretches over the whole card, the handle sits above it.
    <article className={`relative space-y-1.5 rounded-md border bg-white p-3 text-sm shadow-sm focus-within:ring-2 focus-within:ring-brand ${border}`} data-invalid={invalid || undefined}>
      <div className="flex items-start justify-between gap-2">
        <h4 className="min-w-0 font-medium leading-snug">
          {onOpen ? (
            <button
              type="button"
              id={cardButtonId(action.id)}
              onClick={() => onOpen(action.id)}
              aria-describedby={invalid ? problemsId : undefined}
              aria-current={selected || undefined}
              className="break-words text-left outline-none after:absolute after:inset-0 after:content-[''] hover:underline"
            >
              {action.title}
            </button>
          ) : (
            // The copy that follows the pointer while dragging: not a second control with the same id.
            <span className="break-words">{action.title}</span>
          )}
        </h4>
        {children && <div className="relative z-10 -mt-1 shrink-0">{children}</div>}
      </div>
      <p>
        <span className="inline-block rounded-full bg-gray-100 px-2 py-0.5 text-xs font-medium text-gray-800">{role(action.role)}</span>
      </p>
      <dl className="space-y-0.5 text-xs text-gray-700">
        <Line label={t("trigger")}>{triggerText(action, document)}</Line>
        <Line label={t("due")}>{labels.due(action.due)}</Line>
        {action.condition && (
          <Line label={t("conditionShown")} visible>
            {/* In words; a condition that does not check shows as typed, next to its problem. */}
            {labels.condition(action.condition) ?? <code className="break-all rounded bg-gray-100 px-1 font-mono text-[11px] text-gray-900">{action.condition}</code>}
          </Line>
        )}
        {action.capturesDate && <Line label={t("captures")}>{labels.capture(action.capturesDate)}</Line>}
        {action.emails.length > 0 && (
          <Line label={t("emails")}>
            <span aria-hidden>✉ </span>
            {t("emailCount", { count: action.emails.length })}
          </Line>
        )}
      </dl>
      {invalid && <ProblemList id={onOpen ? problemsId : undefined} problems={problems} className="border-t border-red-200 pt-1.5" />}
    </article>
  );
}

/** `visible`: the label is shown too, where the value alone would not say what it is ("Condition: …"). */
function Line({ label, visible = false, children }: { label: string; visible?: boolean; children: ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt className={visible ? "shrink-0 font-medium text-gray-800" : "sr-only"}>{label}</dt>{" "}
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}
