"use client";
/**
 * Keeps the builder's edits and the server's draft in step: what was last saved, the draft
 * version it started from (so a save can tell when someone else saved meanwhile), and the
 * save, publish and discard round trips with their outcome. Publishing saves first, so what
 * is published is what is on screen.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { TemplateDocument } from "@/server/templates/document";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { sameDocument } from "./document-queries";
import { problemsFromFieldErrors, type BuilderProblem } from "./problems";

export type Draft = { name: string; serviceTypeId: string | null; document: TemplateDocument };
export type DraftOutcome = { kind: "saved" } | { kind: "published"; number: number };
export type DraftFailure =
  | { kind: "conflict" }
  | { kind: "name"; message: string }
  /** The server's problems with the document as it was sent; they stop showing once it changes. */
  | { kind: "problems"; problems: BuilderProblem[]; document: TemplateDocument }
  | { kind: "message"; text: string };

export const sameDraft = (a: Draft, b: Draft) => a.name === b.name && a.serviceTypeId === b.serviceTypeId && sameDocument(a.document, b.document);

function failureOf(error: unknown, document: TemplateDocument): DraftFailure {
  const fields = fieldErrorsOf(error);
  if (fields._?.includes("templateChangedMeanwhile")) return { kind: "conflict" };
  const name = fields.name?.[0];
  if (name) return { kind: "name", message: name };
  const problems = problemsFromFieldErrors(fields);
  if (problems.length > 0) return { kind: "problems", problems, document };
  return { kind: "message", text: error instanceof Error ? error.message : String(error) };
}

export function useDraft(templateId: string, initial: Draft, initialBase: string | null, current: Draft, onReload: () => void) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [base, setBase] = useState(initialBase);
  const [saved, setSaved] = useState(initial);
  const [outcome, setOutcome] = useState<DraftOutcome | null>(null);
  const [failure, setFailure] = useState<DraftFailure | null>(null);
  const saveDraft = useMutation(trpc.templates.saveDraft.mutationOptions());
  const publishDraft = useMutation(trpc.templates.publish.mutationOptions());
  const discardDraft = useMutation(trpc.templates.discardDraft.mutationOptions());
  const dirty = !sameDraft(saved, current);
  const [busy, setBusy] = useState<"save" | "publish" | "discard" | null>(null);

  async function saveNow(snapshot: Draft): Promise<string> {
    const r = await saveDraft.mutateAsync({ id: templateId, ...snapshot, baseUpdatedAt: base });
    setBase(r.updatedAt);
    setSaved(snapshot);
    return r.updatedAt;
  }

  async function run(kind: NonNullable<typeof busy>, work: () => Promise<DraftOutcome | null>) {
    if (busy) return;
    setBusy(kind);
    setOutcome(null);
    setFailure(null);
    try {
      setOutcome(await work());
    } catch (e) {
      setFailure(failureOf(e, current.document));
    } finally {
      setBusy(null);
      // The header's version history and the library list show what just happened.
      void qc.invalidateQueries(trpc.templates.get.queryFilter({ id: templateId }));
      void qc.invalidateQueries(trpc.templates.list.pathFilter());
    }
  }

  return {
    /** The draft's version on the server, null when the latest version is published. */
    base,
    dirty,
    /** Which round trip is under way, if any. */
    busy,
    outcome,
    failure,
    save: () =>
      run("save", async () => {
        await saveNow(current);
        return { kind: "saved" };
      }),
    publish: () =>
      run("publish", async () => {
        const from = dirty || base === null ? await saveNow(current) : base;
        const { number } = await publishDraft.mutateAsync({ id: templateId, baseUpdatedAt: from });
        setBase(null);
        return { kind: "published", number };
      }),
    /**
     * Back to the published version: the server's draft goes, and so do unsaved edits. A
     * template never published keeps its draft (there is nothing to go back to): only the
     * unsaved edits go.
     */
    discard: (everPublished: boolean) =>
      run("discard", async () => {
        if (base !== null && everPublished) await discardDraft.mutateAsync({ id: templateId });
        onReload();
        return null;
      }),
  };
}
