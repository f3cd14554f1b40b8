"use client";
/** The grip that picks up a card or a column: a real button, so the keyboard reaches it (Space picks up, arrows move, Space drops). */
import type { ButtonHTMLAttributes, Ref } from "react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { label: string; ref?: Ref<HTMLButtonElement> };

export function DragHandle({ label, ref, className = "", ...props }: Props) {
  return (
    <button
      ref={ref}
      type="button"
      {...props}
      aria-label={label}
      title={label}
      className={`cursor-grab touch-none rounded p-1 text-gray-400 hover:bg-gray-100 hover:text-gray-700 focus-visible:outline-2 focus-visible:outline-brand ${className}`}
    >
      <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="currentColor">
        {[5, 10, 15].map((y) => [7, 13].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" />))}
      </svg>
    </button>
  );
}
