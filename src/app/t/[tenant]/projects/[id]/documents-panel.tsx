"use client";
/**
 * A project's documents on its page: the list with download links, and — for members who may
 * edit — adding files (a file picker or dropping them on the zone) and deleting with a
 * confirmation. Files go to the upload route, not tRPC (multipart); XMLHttpRequest rather than
 * fetch because only it reports upload progress. The server decides what is accepted; the
 * size is also checked here so a file that would be refused is not sent first.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type DragEvent } from "react";
import { useFormat } from "@/components/format";
import { Problem } from "@/components/problem";
import type { RouterOutputs } from "@/components/router-types";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { useTRPC } from "@/trpc/client";

type Doc = RouterOutputs["documents"]["list"]["documents"][number];
type Answer = { status: number; fieldErrors: Record<string, string[]> };
type Outcome = { key: string; text: string; ok: boolean };

/** A hint for the picker only: the server reads the bytes, whatever the name says. */
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.webp,.gif,.docx,.xlsx,.odt,.txt,.csv";
const MIB = 1024 * 1024;

/** The problems catalogue's sentence for an HTTP status the upload route answered. */
const BY_STATUS: Record<number, "unauthorized" | "forbidden" | "notFound" | "conflict" | "invalid" | "tooMany"> = {
  400: "invalid",
  401: "unauthorized",
  403: "forbidden",
  404: "notFound",
  409: "conflict",
  413: "invalid",
  429: "tooMany",
};

function send(url: string, file: File, onProgress: (fraction: number) => void): Promise<Answer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body: unknown = xhr.response;
      const sent = body && typeof body === "object" && "fieldErrors" in body ? body.fieldErrors : null;
      resolve({ status: xhr.status, fieldErrors: sent && typeof sent === "object" ? (sent as Record<string, string[]>) : {} });
    };
    xhr.onerror = () => resolve({ status: 0, fieldErrors: {} });
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

/** "820 bytes", "12 kB", "3.4 MB" (French: "820 octets", "3,4 Mo"): Intl's short "byte" is no abbreviation. */
function useFileSize() {
  const t = useTranslations("documents");
  const format = useFormat();
  return (bytes: number) => {
    if (bytes < 1024) return t("bytes", { count: bytes });
    const [value, unit] = bytes >= MIB ? [bytes / MIB, "megabyte"] : [bytes / 1024, "kilobyte"];
    return format.number(value, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: value < 10 ? 1 : 0 });
  };
}

export function DocumentsPanel({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const t = useTranslations("documents");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { tenant } = useParams<{ tenant: string }>();
  const headingId = useId();
  const input = { projectId };
  const list = useQuery(trpc.documents.list.queryOptions(input));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.documents.list.queryKey(input) });
  const [deleting, setDeleting] = useState<Doc | null>(null);
  const base = `/api/t/${encodeURIComponent(tenant)}/projects/${encodeURIComponent(projectId)}/documents`;

  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-gray-200 bg-white p-6">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h2>
      {canEdit && list.data && <UploadZone url={base} maxBytes={list.data.maxBytes} onUploaded={refresh} />}
      {list.isPending ? (
        <p role="status" className="text-sm text-gray-500">
          {t("loading")}
        </p>
      ) : list.error ? (
        <Problem error={list.error} />
      ) : list.data.documents.length === 0 ? (
        <div className="space-y-1 text-sm text-gray-600">
          <p className="font-medium text-gray-900">{t("empty")}</p>
          {canEdit && <p>{t("emptyHint")}</p>}
        </div>
      ) : (
        <ul aria-label={t("listLabel")} className="divide-y divide-gray-200 rounded-md border border-gray-200">
          {list.data.documents.map((d) => (
            <DocumentRow key={d.id} doc={d} href={`${base}/${d.id}`} onDelete={canEdit ? () => setDeleting(d) : undefined} />
          ))}
        </ul>
      )}
      <DeleteDialog doc={deleting} onClose={() => setDeleting(null)} onDeleted={refresh} />
    </section>
  );
}

function DocumentRow({ doc, href, onDelete }: { doc: Doc; href: string; onDelete?: () => void }) {
  const t = useTranslations("documents");
  const format = useFormat();
  const size = useFileSize()(doc.size);
  const date = format.instant(doc.createdAt);
  return (
    <li className="flex flex-wrap items-center gap-3 p-3">
      <div className="min-w-0 flex-1">
        <a href={href} download className="block truncate font-medium text-gray-900 hover:underline">
          {doc.name}
        </a>
        <p className="text-xs text-gray-500">{doc.uploadedBy ? t("meta", { size, name: doc.uploadedBy.name, date }) : t("metaNoName", { size, date })}</p>
      </div>
      <a
        href={href}
        download
        aria-label={t("downloadLabel", { name: doc.name })}
        className="rounded-md border border-gray-300 px-3 py-1.5 text-sm font-medium text-gray-900 hover:bg-gray-50"
      >
        {t("download")}
      </a>
      {onDelete && (
        <Button type="button" variant="ghost" className="px-3 py-1.5" aria-label={t("deleteLabel", { name: doc.name })} onClick={onDelete}>
          {t("delete")}
        </Button>
      )}
    </li>
  );
}

function UploadZone({ url, maxBytes, onUploaded }: { url: string; maxBytes: number; onUploaded: () => Promise<void> }) {
  const t = useTranslations("documents");
  const problems = useTranslations("problems");
  const v = useValidationMessage();
  const format = useFormat();
  const inputId = useId();
  const busy = useRef(false);
  const [dragging, setDragging] = useState(false);
  const [current, setCurrent] = useState<{ name: string; progress: number } | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const maxMb = Math.round((maxBytes / MIB) * 10) / 10;

  const problemOf = (a: Answer) =>
    v(a.fieldErrors.file) ?? v(a.fieldErrors._) ?? (a.status === 0 ? problems("offline") : problems(BY_STATUS[a.status] ?? "server"));

  /** One file after the other, under one progress bar. */
  async function uploadAll(files: File[]) {
    if (busy.current || files.length === 0) return;
    busy.current = true;
    const done: Outcome[] = [];
    setOutcomes(done);
    for (const [i, file] of files.entries()) {
      const key = `${i}-${file.name}`;
      if (file.size > maxBytes) {
        done.push({ key, ok: false, text: t("failed", { name: file.name, problem: v(`documentTooLarge?max=${format.number(maxMb)}`) ?? "" }) });
        continue;
      }
      setCurrent({ name: file.name, progress: 0 });
      const answer = await send(url, file, (progress) => setCurrent({ name: file.name, progress }));
      if (answer.status === 201) {
        // Listed as soon as it is stored, not once the whole batch is.
        await onUploaded();
        done.push({ key, ok: true, text: t("uploaded", { name: file.name }) });
      } else {
        done.push({ key, ok: false, text: t("failed", { name: file.name, problem: problemOf(answer) }) });
      }
      setOutcomes([...done]);
    }
    setOutcomes([...done]);
    setCurrent(null);
    busy.current = false;
  }

  function drop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    void uploadAll([...e.dataTransfer.files]);
  }

  return (
    <div className="space-y-3">
      <div
        role="group"
        aria-label={t("dropZone")}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        // Leaving for a child of the zone is not leaving the zone.
        onDragLeave={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setDragging(false)}
        onDrop={drop}
        className={`flex flex-col items-center gap-2 rounded-md border-2 border-dashed p-6 text-center text-sm ${dragging ? "border-brand bg-gray-50" : "border-gray-300"}`}
      >
        <input
          id={inputId}
          type="file"
          multiple
          accept={ACCEPT}
          disabled={current !== null}
          className="peer sr-only"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            // Cleared so choosing the same file again (after fixing it) fires a change.
            e.target.value = "";
            void uploadAll(files);
          }}
        />
        <label
          htmlFor={inputId}
          className="cursor-pointer rounded-md border border-gray-300 bg-white px-4 py-2 font-medium text-gray-900 hover:bg-gray-50 peer-focus-visible:ring-2 peer-focus-visible:ring-brand peer-disabled:cursor-not-allowed peer-disabled:opacity-50"
        >
          {t("choose")}
        </label>
        <p className="text-gray-600">{dragging ? t("dropHere") : t("dropZone")}</p>
        <p className="text-xs text-gray-500">{t("accepted", { max: format.number(maxMb) })}</p>
      </div>
      <div aria-live="polite" className="space-y-2">
        {current && (
          <div role="status" className="space-y-1 text-sm text-gray-700">
            <p>{t("uploading", { name: current.name, percent: format.number(current.progress, { style: "percent" }) })}</p>
            <progress value={current.progress} max={1} className="h-2 w-full" aria-label={current.name} />
          </div>
        )}
        {outcomes.map((o) => (
          <Notice key={o.key} tone={o.ok ? "success" : "error"}>
            {o.text}
          </Notice>
        ))}
      </div>
    </div>
  );
}

function DeleteDialog({ doc, onClose, onDeleted }: { doc: Doc | null; onClose: () => void; onDeleted: () => Promise<void> }) {
  const t = useTranslations("documents");
  const trpc = useTRPC();
  const remove = useMutation(
    trpc.documents.delete.mutationOptions({
      onSuccess: async () => {
        await onDeleted();
        onClose();
      },
    }),
  );
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog open={doc !== null} onClose={close} title={t("confirmTitle")} description={doc ? t("confirmBody", { name: doc.name }) : undefined}>
      {remove.error && <Problem error={remove.error} />}
      <div className="flex justify-end gap-2 border-t border-gray-100 pt-4">
        <Button type="button" variant="ghost" onClick={close}>
          {t("cancel")}
        </Button>
        <Button type="button" variant="danger" pending={remove.isPending} onClick={() => doc && remove.mutate({ id: doc.id })}>
          {t("confirm")}
        </Button>
      </div>
    </Dialog>
  );
}
