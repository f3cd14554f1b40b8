"use client";
/** "New template": a name and the service it installs, then straight into the builder. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { useValidationMessage } from "@/components/use-validation-message";
import { zodFieldErrors } from "@/server/errors";
import { createTemplateInput } from "@/server/routers/templates/templates.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { Problem } from "@/components/problem";

type Props = { slug: string; open: boolean; onClose: () => void };

export function NewTemplateDialog({ slug, open, onClose }: Props) {
  const t = useTranslations("templates.create");
  return (
    <Dialog open={open} onClose={onClose} title={t("title")} description={t("description")}>
      <NewTemplateForm slug={slug} onCancel={onClose} />
    </Dialog>
  );
}

function NewTemplateForm({ slug, onCancel }: { slug: string; onCancel: () => void }) {
  const t = useTranslations("templates.create");
  const v = useValidationMessage();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const types = useQuery(trpc.catalogue.list.queryOptions());
  const [name, setName] = useState("");
  const [serviceTypeId, setServiceTypeId] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const create = useMutation(
    trpc.templates.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await qc.invalidateQueries(trpc.templates.list.pathFilter());
        router.push(`/t/${slug}/settings/templates/${id}`);
      },
    }),
  );
  const server = fieldErrorsOf(create.error);
  const err = (k: string) => v(errors[k] ?? server[k]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = createTemplateInput.safeParse({ name, serviceTypeId: serviceTypeId || null });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    create.mutate(parsed.data);
  }

  // Archived services sell no new lines, so no new template is made for them.
  const offered = types.data?.filter((s) => !s.archived) ?? [];
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TextField label={t("name")} value={name} onChange={(e) => setName(e.target.value)} error={err("name")} autoFocus required maxLength={120} />
      <SelectField
        label={t("serviceType")}
        value={serviceTypeId}
        onChange={(e) => setServiceTypeId(e.target.value)}
        error={err("serviceTypeId")}
        hint={types.isPending ? t("loadingTypes") : t("serviceTypeHint")}
      >
        <option value="">{t("generic")}</option>
        {offered.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      {types.error && <Problem error={types.error} />}
      {create.error && Object.keys(server).length === 0 && <Problem error={create.error} />}
      <DialogActions cancelLabel={t("cancel")} onCancel={onCancel} submitLabel={t("submit")} pending={create.isPending || create.isSuccess} />
    </form>
  );
}
