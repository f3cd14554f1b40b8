"use client";
/** Settings → Members: invite people, change roles, remove members, revoke invitations. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormat } from "@/components/format";
import { Notice } from "@/components/ui/notice";
import { useValidationMessage } from "@/components/use-validation-message";
import type { Role } from "@/generated/prisma/enums";
import { inviteMemberInput } from "@/server/routers/identity/members.schema";
import { fieldErrorsOf, useTRPC } from "@/trpc/client";
import { zodFieldErrors } from "@/server/errors";
import { RolePicker } from "./role-picker";
import { Problem, useProblem } from "@/components/problem";

export function MembersPanel() {
  const t = useTranslations("members");
  const trpc = useTRPC();
  const members = useQuery(trpc.members.list.queryOptions());
  const invitations = useQuery(trpc.members.invitations.queryOptions());
  return (
    <div className="space-y-8">
      <InviteForm />
      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-lg font-semibold">
          {t("membersTitle")}
        </h2>
        {members.isPending ? (
          <p className="text-sm text-gray-500" role="status">{t("loading")}</p>
        ) : members.error ? (
          <Problem error={members.error} />
        ) : (
          <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
            {members.data.map((m) => (
              <MemberRow key={m.id} member={m} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="invitations-heading" className="space-y-3">
        <h2 id="invitations-heading" className="text-lg font-semibold">
          {t("invitationsTitle")}
        </h2>
        {invitations.data?.length === 0 ? (
          <p className="text-sm text-gray-500">{t("noInvitations")}</p>
        ) : (
          <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
            {invitations.data?.map((i) => <InvitationRow key={i.id} invitation={i} />)}
          </ul>
        )}
      </section>
    </div>
  );
}

function useInvalidateMembers() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries(trpc.members.list.queryFilter()), qc.invalidateQueries(trpc.members.invitations.queryFilter())]);
}

function InviteForm() {
  const t = useTranslations("members");
  const v = useValidationMessage();
  const trpc = useTRPC();
  const invalidate = useInvalidateMembers();
  const invite = useMutation(trpc.members.invite.mutationOptions({ onSuccess: invalidate }));
  const [email, setEmail] = useState("");
  const [roles, setRoles] = useState<Role[]>(["TECHNICIAN"]);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = inviteMemberInput.safeParse({ email, roles });
    if (!parsed.success) {
      return setErrors(zodFieldErrors(parsed.error));
    }
    setErrors({});
    const done = await invite.mutateAsync(parsed.data).catch(() => null);
    if (done) {
      setSentTo(done.email);
      setEmail("");
    }
  }
  const server = fieldErrorsOf(invite.error);
  return (
    <section aria-labelledby="invite-heading" className="rounded-lg border border-gray-200 bg-white p-6">
      <h2 id="invite-heading" className="text-lg font-semibold">
        {t("inviteTitle")}
      </h2>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
        <TextField label={t("email")} type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={v(errors.email ?? server.email)} placeholder={t("emailPlaceholder")} />
        <RolePicker legend={t("roles")} value={roles} onChange={setRoles} error={v(errors.roles ?? server.roles)} />
        {sentTo && <Notice tone="success">{t("invited", { email: sentTo })}</Notice>}
        <Button type="submit" pending={invite.isPending}>
          {t("invite")}
        </Button>
      </form>
    </section>
  );
}

type Member = { id: string; name: string; email: string; roles: Role[] };

function MemberRow({ member }: { member: Member }) {
  const t = useTranslations("members");
  const tr = useTranslations("roles");
  const problemOf = useProblem();
  const trpc = useTRPC();
  const invalidate = useInvalidateMembers();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [roles, setRoles] = useState<Role[]>(member.roles);
  const update = useMutation(trpc.members.updateRoles.mutationOptions({ onSuccess: async () => { await invalidate(); setEditing(false); } }));
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess: invalidate }));
  const error = update.error ?? remove.error;

  return (
    <li className="space-y-3 p-4" aria-label={member.name}>
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-medium">{member.name}</p>
          <p className="truncate text-sm text-gray-500" title={member.email}>
            {member.email}
          </p>
        </div>
        {!editing && (
          <ul className="flex flex-wrap gap-1" aria-label={t("roles")}>
            {member.roles.map((r) => (
              <li key={r} className="rounded-full bg-gray-100 px-2 py-0.5 text-xs font-medium text-gray-700">
                {tr(r)}
              </li>
            ))}
          </ul>
        )}
        {!editing && !confirming && (
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t("editRoles")}
            </Button>
            <Button variant="danger" onClick={() => setConfirming(true)}>
              {t("remove")}
            </Button>
          </div>
        )}
        {confirming && (
          <div className="flex items-center gap-2">
            <span className="text-sm">{t("confirmRemove", { name: member.name })}</span>
            <Button variant="danger" pending={remove.isPending} onClick={() => remove.mutate({ memberId: member.id })}>
              {t("confirm")}
            </Button>
            <Button variant="ghost" onClick={() => { setConfirming(false); remove.reset(); }}>
              {t("cancel")}
            </Button>
          </div>
        )}
      </div>
      {editing && (
        <div className="space-y-3">
          <RolePicker legend={t("rolesOf", { name: member.name })} value={roles} onChange={setRoles} />
          <div className="flex gap-2">
            <Button pending={update.isPending} onClick={() => update.mutate({ memberId: member.id, roles })}>
              {t("save")}
            </Button>
            <Button variant="ghost" onClick={() => { setEditing(false); setRoles(member.roles); update.reset(); }}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      )}
      {error && <Notice tone="error">{problemOf(error, "roles")}</Notice>}
    </li>
  );
}

function InvitationRow({ invitation }: { invitation: { id: string; email: string; roles: Role[]; expiresAt: Date } }) {
  const t = useTranslations("members");
  const tr = useTranslations("roles");
  const format = useFormat();
  const trpc = useTRPC();
  const invalidate = useInvalidateMembers();
  const revoke = useMutation(trpc.members.revokeInvitation.mutationOptions({ onSuccess: invalidate }));
  return (
    <li className="flex flex-wrap items-center gap-3 p-4" aria-label={invitation.email}>
      <div className="min-w-0 flex-1">
        <p className="font-medium">{invitation.email}</p>
        <p className="text-sm text-gray-500">
          {invitation.roles.map((r) => tr(r)).join(", ")} · {t("expires", { date: format.instant(invitation.expiresAt) })}
        </p>
      </div>
      <Button variant="secondary" pending={revoke.isPending} onClick={() => revoke.mutate({ invitationId: invitation.id })}>
        {t("revoke")}
      </Button>
      {revoke.error && <Problem error={revoke.error} />}
    </li>
  );
}
