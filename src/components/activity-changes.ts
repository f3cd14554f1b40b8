/**
 * Reading activity rows: their action codes as message keys, and their free-form JSON
 * `before` and `after` snapshots as the fields a change changed (those present before whose
 * value differs after, in a stable order). Creations (no `before`) show no diff: their line
 * already says what was created.
 */

/** The activity codes written by src/server/crm and src/server/identity, to message keys. */
export const ACTION_KEYS = {
  "account.created": "accountCreated",
  "account.updated": "accountUpdated",
  "account.imported": "accountImported",
  "account.import-merged": "accountImportMerged",
  "account.notes-updated": "accountNotesUpdated",
  "account.status-changed": "accountStatusChanged",
  "accounts.import": "accountsImport",
  "contact.created": "contactCreated",
  "contact.updated": "contactUpdated",
  "contact.import-merged": "contactImportMerged",
  "contact.deactivated": "contactDeactivated",
  "contact.reactivated": "contactReactivated",
  "deal.created": "dealCreated",
  "deal.updated": "dealUpdated",
  "deal.stage-changed": "dealStageChanged",
  "deal.won": "dealWon",
  "deal.line-added": "lineAdded",
  "deal.line-updated": "lineUpdated",
  "deal.line-removed": "lineRemoved",
  "service-type.created": "serviceTypeCreated",
  "service-type.updated": "serviceTypeUpdated",
  "pipeline.probabilities-changed": "probabilitiesChanged",
  "tenant.created": "tenantCreated",
  "sso.saved": "ssoSaved",
  "domain.added": "domainAdded",
  "domain.verified": "domainVerified",
  "domain.removed": "domainRemoved",
  "invitation.sent": "invitationSent",
  "invitation.accepted": "invitationAccepted",
  "invitation.revoked": "invitationRevoked",
  "member.joined-jit": "memberJoined",
  "member.removed": "memberRemoved",
  "member.roles-changed": "memberRolesChanged",
} as const;
export type ActionKey = (typeof ACTION_KEYS)[keyof typeof ACTION_KEYS];

export function actionKey(code: string): ActionKey | null {
  return Object.hasOwn(ACTION_KEYS, code) ? ACTION_KEYS[code as keyof typeof ACTION_KEYS] : null;
}

export type Change = { field: string; before: unknown; after: unknown };

/** Bookkeeping that means nothing to a reader (line ids, the subscriptions a win created). */
const HIDDEN = new Set(["lineId", "subscriptions", "accountId", "currency"]);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function changesOf(before: unknown, after: unknown): Change[] {
  if (!isRecord(before)) return [];
  const next = isRecord(after) ? after : {};
  return Object.keys(before)
    .filter((k) => !HIDDEN.has(k) && Object.hasOwn(next, k) && !same(before[k], next[k]))
    .map((k) => ({ field: k, before: before[k], after: next[k] }));
}
