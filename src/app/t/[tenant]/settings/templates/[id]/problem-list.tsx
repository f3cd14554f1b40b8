"use client";
/** The problems of one place (a card, a column, a field, the template), in the person's language. */
import type { BuilderProblem } from "./problems";
import { useProblemMessage } from "./use-problem-message";

type Props = { problems: readonly BuilderProblem[] | undefined; id?: string; className?: string };

export function ProblemList({ problems, id, className = "" }: Props) {
  const message = useProblemMessage();
  if (!problems || problems.length === 0) return null;
  return (
    <ul id={id} className={`space-y-1 text-xs text-red-800 ${className}`}>
      {problems.map((p, i) => (
        <li key={`${i}-${p.message}`} className="flex gap-1.5">
          <span aria-hidden className="mt-1.5 size-1.5 shrink-0 rounded-full bg-red-600" />
          <span className="min-w-0 break-words">{message(p.message)}</span>
        </li>
      ))}
    </ul>
  );
}
