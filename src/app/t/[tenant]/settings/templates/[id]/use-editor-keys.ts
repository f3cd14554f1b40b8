"use client";
/**
 * Page-wide habits of an editor: Ctrl/Cmd+S saves (instead of the browser saving the HTML
 * page), and leaving with unsaved changes asks first, whether by closing the tab (the
 * browser's own prompt) or by following a link to another page of the app (a client-side
 * navigation the browser would not question).
 */
import { useEffect, useRef } from "react";

type Options = { dirty: boolean; onSave: (() => void) | null; leaveMessage: string };

/** A plain left click on a link to another page of this origin: what the app router would navigate. */
function leavingLink(e: MouseEvent): boolean {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return false;
  const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
  if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== "_self") || a.hasAttribute("download")) return false;
  const to = new URL(a.href, window.location.href);
  // The same page with another query (a published version) keeps the editor mounted, edits included.
  return to.origin === window.location.origin && to.pathname !== window.location.pathname;
}

export function useEditorKeys({ dirty, onSave, leaveMessage }: Options) {
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  }, [onSave]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        save.current?.();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      // Browsers show their own wording; preventDefault is what asks.
      e.preventDefault();
    };
    // Capture phase on the document: runs before React's handlers, so stopping the click keeps
    // the router from navigating at all.
    const onClick = (e: MouseEvent) => {
      if (leavingLink(e) && !window.confirm(leaveMessage)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, leaveMessage]);
}
