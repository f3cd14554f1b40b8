"use client";
/**
 * A box that scrolls sideways and shows that it does: a shadow on each side beyond which
 * there is more (overlay scrollbars hide until touched, and a cut-off column looks like the
 * end). Serves the board's phase columns and the timeline's Gantt chart.
 */
import { useEffect, useRef, useState, type HTMLAttributes, type ReactNode } from "react";

type Props = Omit<HTMLAttributes<HTMLDivElement>, "children"> & {
  children: ReactNode;
  /** Where the left shadow starts: after a sticky first column, for one. */
  leftInset?: string;
};

export function SideScroll({ children, leftInset = "0px", className = "", ...rest }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setMore({ left: el.scrollLeft > 1, right: el.scrollLeft + el.clientWidth < el.scrollWidth - 1 });
    update();
    el.addEventListener("scroll", update, { passive: true });
    // Content grows and shrinks as cards and phases come and go, not only the box.
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    return () => {
      el.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [children]);
  const shade = "pointer-events-none absolute inset-y-0 z-30 w-8 transition-opacity";
  return (
    <div className="relative">
      <div ref={ref} className={className} {...rest}>
        {children}
      </div>
      <div aria-hidden data-testid="scroll-more-left" className={`${shade} bg-linear-to-r from-gray-900/15 to-transparent ${more.left ? "opacity-100" : "opacity-0"}`} style={{ left: leftInset }} />
      <div aria-hidden data-testid="scroll-more-right" className={`${shade} right-0 bg-linear-to-l from-gray-900/15 to-transparent ${more.right ? "opacity-100" : "opacity-0"}`} />
    </div>
  );
}
