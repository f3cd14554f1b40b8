/** A titled card on the account page, with its actions on the right of the title, and its tables. */
import type { ReactNode } from "react";
import { ScrollArea } from "@/components/ui/scroll-area";

type Props = { id: string; title: string; count?: number; actions?: ReactNode; children: ReactNode };

export function Section({ id, title, count, actions, children }: Props) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-gray-200 bg-white">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-gray-100 px-5 py-3">
        <h2 id={id} className="text-base font-semibold">
          {title}
          {count !== undefined && <span className="ml-2 rounded-full bg-gray-100 px-2 py-0.5 text-xs font-medium text-gray-600">{count}</span>}
        </h2>
        {actions && <div className="flex gap-2">{actions}</div>}
      </div>
      <div className="p-5">{children}</div>
    </section>
  );
}

/** The quiet line a section shows when it has nothing yet. */
export function EmptyLine({ children }: { children: ReactNode }) {
  return <p className="text-sm text-gray-500">{children}</p>;
}

/** Header and body cells of a section's table, so every section's columns line up alike. */
export const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-gray-600";
export const TD = "px-3 py-3 text-sm";

/** A table that runs to the card's edges (hence -mx-5) and scrolls sideways on narrow screens. */
export function SectionTable({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <ScrollArea frameClassName="-mx-5" className="[contain:inline-size]">
      <table className="min-w-full divide-y divide-gray-200">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-gray-100">{children}</tbody>
      </table>
    </ScrollArea>
  );
}
