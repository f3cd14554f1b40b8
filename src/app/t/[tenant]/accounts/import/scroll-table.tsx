/** A table of the check step (rejected rows, duplicates): a bounded height that scrolls under a sticky header. */
import type { ReactNode } from "react";

export function ScrollTable({ caption, columns, tall = false, children }: { caption: string; columns: string[]; tall?: boolean; children: ReactNode }) {
  return (
    <div className={`${tall ? "max-h-96" : "max-h-80"} overflow-auto rounded-md border border-gray-200`}>
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 z-10 bg-gray-50">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 text-left text-xs font-semibold text-gray-600">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">{children}</tbody>
      </table>
    </div>
  );
}
