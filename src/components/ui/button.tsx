import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";

const VARIANTS = {
  primary: "bg-brand text-white hover:opacity-90 disabled:opacity-50",
  secondary: "border border-gray-300 bg-white text-gray-900 hover:bg-gray-50 disabled:opacity-50",
  danger: "border border-red-300 bg-white text-red-700 hover:bg-red-50 disabled:opacity-50",
  ghost: "text-gray-700 hover:bg-gray-100",
} as const;

const BASE = "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition";

export function Button({
  variant = "primary",
  pending = false,
  className = "",
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS; pending?: boolean }) {
  return (
    <button
      {...props}
      disabled={props.disabled || pending}
      aria-busy={pending || undefined}
      className={`${BASE} ${VARIANTS[variant]} ${className}`}
    >
      {pending && <span className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden />}
      {children}
    </button>
  );
}

/** A link that looks like a button: for actions that open a page ("New deal", "Import CSV"). */
export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: keyof typeof VARIANTS }) {
  return <Link {...props} className={`${BASE} ${VARIANTS[variant]} ${className}`} />;
}
