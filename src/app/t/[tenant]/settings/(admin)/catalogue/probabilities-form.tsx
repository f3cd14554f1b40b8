"use client";
/**
 * The win probability of each open stage, which weighs the forecast. Won and Lost are facts,
 * not estimates: shown at 100 % and 0 %, not editable.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import type { DealStage } from "@/generated/prisma/enums";
import { OPEN_STAGES, PIPELINE_STAGES, probabilitiesInput } from "@/server/crm/stages";
import { zodFieldErrors } from "@/server/errors";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { Problem } from "@/components/problem";

export function ProbabilitiesForm() {
  const t = useTranslations("deals.catalogue");
  const trpc = useTRPC();
  const current = useQuery(trpc.catalogue.probabilities.queryOptions());
  return (
    <section aria-labelledby="probabilities-heading" className="space-y-3">
      <div>
        <h2 id="probabilities-heading" className="text-lg font-semibold">
          {t("probabilitiesTitle")}
        </h2>
        <p className="text-sm text-gray-600">{t("probabilitiesIntro")}</p>
      </div>
      {current.isPending ? (
        <p role="status" className="text-sm text-gray-500">{t("loading")}</p>
      ) : current.error ? (
        <Problem error={current.error} />
      ) : (
        <Fields initial={current.data} />
      )}
    </section>
  );
}

function Fields({ initial }: { initial: Record<DealStage, number> }) {
  const t = useTranslations("deals.catalogue");
  const ts = useTranslations("deals.stages");
  const v = useValidationMessage();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [values, setValues] = useState<Record<DealStage, string>>(() => Object.fromEntries(PIPELINE_STAGES.map((s) => [s, String(initial[s])])) as Record<DealStage, string>);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const save = useMutation(
    trpc.catalogue.setProbabilities.mutationOptions({
      onSuccess: () => Promise.all([qc.invalidateQueries(trpc.catalogue.probabilities.queryFilter()), qc.invalidateQueries(trpc.deals.forecast.queryFilter())]),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const input = Object.fromEntries(PIPELINE_STAGES.map((s) => [s, values[s].trim() === "" ? Number.NaN : Number(values[s])]));
    const parsed = probabilitiesInput.safeParse(input);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    save.mutate(parsed.data);
  }
  const server = fieldErrorsOf(save.error);
  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-gray-200 bg-white p-6">
      <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {PIPELINE_STAGES.map((s) => {
          const open = (OPEN_STAGES as readonly DealStage[]).includes(s);
          return (
            <TextField
              key={s}
              label={`${ts(s)} (%)`}
              type="number"
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              value={values[s]}
              disabled={!open}
              onChange={(e) => setValues((p) => ({ ...p, [s]: e.target.value }))}
              error={v(errors[s] ?? server[s])}
              hint={open ? undefined : t("fixed")}
            />
          );
        })}
      </div>
      {save.isSuccess && <Notice tone="success">{t("probabilitiesSaved")}</Notice>}
      {save.error && Object.keys(server).length === 0 && <Problem error={save.error} />}
      <Button type="submit" pending={save.isPending}>
        {t("saveProbabilities")}
      </Button>
    </form>
  );
}
