"use client";
/**
 * A box that scrolls and shows it: a shadow on each edge beyond which there is more to see
 * (scrollbars hide on touch screens and macOS, and a cut-off column reads as the end). It
 * scrolls sideways; the caller's classes may let it scroll down too. The shadows sit over its
 * edges, never over a click (pointer-events none).
 */
import { useEffect, useRef, useState, type HTMLAttributes } from "react";

type Edge = "left" | "right" | "top" | "bottom";
type Edges = Record<Edge, boolean>;
const NONE: Edges = { left: false, right: false, top: false, bottom: false };

const SHADOWS: Record<Edge, string> = {
  left: "inset-y-0 left-0 w-8 rounded-l-lg bg-linear-to-r",
  right: "inset-y-0 right-0 w-8 rounded-r-lg bg-linear-to-l",
  top: "inset-x-0 top-0 h-6 rounded-t-lg bg-linear-to-b",
  bottom: "inset-x-0 bottom-0 h-8 rounded-b-lg bg-linear-to-t",
};
const EDGES = Object.keys(SHADOWS) as Edge[];

/** `frameClassName` places the whole (margins bleeding to a card's edges); `className` is the scrolling box's. */
export function ScrollArea({ className = "", frameClassName = "", children, ...props }: HTMLAttributes<HTMLDivElement> & { frameClassName?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>(NONE);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      const next: Edges = {
        left: box.scrollLeft > 1,
        right: box.scrollLeft + box.clientWidth < box.scrollWidth - 1,
        top: box.scrollTop > 1,
        bottom: box.scrollTop + box.clientHeight < box.scrollHeight - 1,
      };
      setEdges((e) => (EDGES.every((k) => e[k] === next[k]) ? e : next));
    };
    update();
    box.addEventListener("scroll", update, { passive: true });
    // The content's width changes with the data and the window: watch both.
    const observer = new ResizeObserver(update);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => {
      box.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, []);
  return (
    <div className={`relative ${frameClassName}`}>
      <div ref={ref} data-scroll-area {...props} className={`overflow-x-auto ${className}`} data-scrolls-left={edges.left || undefined} data-scrolls-right={edges.right || undefined}>
        {children}
      </div>
      {EDGES.map((edge) => (
        <div key={edge} aria-hidden className={`pointer-events-none absolute z-20 from-gray-900/20 to-transparent transition-opacity ${SHADOWS[edge]} ${edges[edge] ? "opacity-100" : "opacity-0"}`} />
      ))}
    </div>
  );
}
