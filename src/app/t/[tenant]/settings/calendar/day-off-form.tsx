"use client";
/** Records a day off: one's own, or (admins and managers) any member's. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFormat } from "@/components/format";
import { useMembers } from "@/components/member-select";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { DateField } from "@/components/ui/date-field";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import { zodFieldErrors } from "@/server/errors";
import { addDayOffInput } from "@/server/routers/templates/calendar.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { Problem } from "@/components/problem";

type Props = { today: string; me: string; canManageOthers: boolean };

export function DayOffForm({ today, me, canManageOthers }: Props) {
  const t = useTranslations("calendar.daysOff");
  const v = useValidationMessage();
  const dates = useFormat();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [membershipId, setMembershipId] = useState(me);
  const [date, setDate] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation(
    trpc.calendar.addDayOff.mutationOptions({
      onSuccess: async (_, input) => {
        await qc.invalidateQueries(trpc.calendar.get.queryFilter());
        setAdded(input.date);
        setDate("");
        setNote("");
      },
    }),
  );
  const server = fieldErrorsOf(add.error);
  const err = (k: string) => v(errors[k] ?? server[k]);

  function submit(e: FormEvent) {
    e.preventDefault();
    setAdded(null);
    const parsed = addDayOffInput.safeParse({ membershipId, date, note });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    add.mutate(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="day-off-form-title" className="space-y-4 rounded-lg border border-gray-200 bg-white p-6">
      <h3 id="day-off-form-title" className="text-base font-semibold">
        {canManageOthers ? t("formTitleOthers") : t("formTitle")}
      </h3>
      <div className="grid gap-4 sm:grid-cols-[repeat(auto-fit,minmax(12rem,1fr))]">
        {canManageOthers && <MemberField value={membershipId} me={me} onChange={setMembershipId} error={err("membershipId")} />}
        <DateField label={t("date")} value={date} min={today} onChange={setDate} error={err("date")} required />
        <TextField label={t("note")} value={note} onChange={(e) => setNote(e.target.value)} error={err("note")} maxLength={120} placeholder={t("notePlaceholder")} />
      </div>
      {add.error && Object.keys(server).length === 0 && <Problem error={add.error} />}
      {added && <Notice tone="success">{t("added", { date: dates.calendar(added, "long") })}</Notice>}
      <Button type="submit" pending={add.isPending}>
        {t("add")}
      </Button>
    </form>
  );
}

/** The member whose day off it is; it starts on oneself, the usual case even for managers. */
function MemberField({ value, me, onChange, error }: { value: string; me: string; onChange: (id: string) => void; error?: string }) {
  const t = useTranslations("calendar.daysOff");
  const members = useMembers();
  const others = members.data?.filter((m) => m.id !== me) ?? [];
  const myName = members.data?.find((m) => m.id === me)?.name ?? "";
  return (
    <SelectField label={t("member")} value={value} onChange={(e) => onChange(e.target.value)} error={error}>
      <option value={me}>{t("you", { name: myName })}</option>
      {others.map((m) => (
        <option key={m.id} value={m.id}>
          {m.name}
        </option>
      ))}
    </SelectField>
  );
}
