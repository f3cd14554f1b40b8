"use client";
/**
 * The workspace's members, and a plain select over all of them with one "none" option first
 * (a filter's "all", a form's "no owner"): the choice is the member's id, or null for none.
 */
import { useQuery } from "@tanstack/react-query";
import { SelectField } from "@/components/ui/field";
import { useTRPC } from "@/trpc/client";

export function useMembers() {
  const trpc = useTRPC();
  return useQuery(trpc.directory.members.queryOptions());
}

type Props = { label: string; noneLabel: string; value: string | null; onChange: (id: string | null) => void; error?: string };

export function MemberSelect({ label, noneLabel, value, onChange, error }: Props) {
  const members = useMembers();
  return (
    <SelectField label={label} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)} error={error}>
      <option value="">{noneLabel}</option>
      {members.data?.map((m) => (
        <option key={m.id} value={m.id}>
          {m.name}
        </option>
      ))}
    </SelectField>
  );
}
