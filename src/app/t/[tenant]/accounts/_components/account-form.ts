"use client";
/**
 * The account form's state and its validation with the server's own schema (CONVENTIONS 5).
 * Errors are keyed by the field's path, "name" or "billingAddress.city", exactly as the
 * server's formatter keys them, so client and server messages land on the same field.
 */
import { useState } from "react";
import { zodFieldErrors, type FieldErrors } from "@/server/errors";
import type { AccountRef } from "@/components/account-picker";
import { accountFields, type AccountFields } from "@/server/routers/crm/accounts.schema";
import type { AccountDetail } from "./types";

export type AddressForm = { line1: string; line2: string; postalCode: string; city: string; country: string };
export type AccountForm = {
  name: string;
  registrationNumber: string;
  vatNumber: string;
  salesRepId: string | null;
  salesAdminId: string | null;
  technicianId: string | null;
  billingAccount: AccountRef | null;
  billingAddress: AddressForm;
  siteAddress: AddressForm;
};

export const emptyAddress = (country: string): AddressForm => ({ line1: "", line2: "", postalCode: "", city: "", country });

/** An address as stored (JSON, validated on the way in) to the form's strings. */
export function addressForm(stored: unknown, country: string): AddressForm {
  if (!stored || typeof stored !== "object") return emptyAddress(country);
  const a = stored as Record<string, unknown>;
  const text = (k: string) => (typeof a[k] === "string" ? (a[k] as string) : "");
  return { line1: text("line1"), line2: text("line2"), postalCode: text("postalCode"), city: text("city"), country: text("country") || country };
}

export function emptyAccountForm(country: string): AccountForm {
  return {
    name: "",
    registrationNumber: "",
    vatNumber: "",
    salesRepId: null,
    salesAdminId: null,
    technicianId: null,
    billingAccount: null,
    billingAddress: emptyAddress(country),
    siteAddress: emptyAddress(country),
  };
}

export function accountFormOf(a: AccountDetail, country: string): AccountForm {
  return {
    name: a.name,
    registrationNumber: a.registrationNumber ?? "",
    vatNumber: a.vatNumber ?? "",
    salesRepId: a.salesRep?.id ?? null,
    salesAdminId: a.salesAdmin?.id ?? null,
    technicianId: a.technician?.id ?? null,
    billingAccount: a.billingAccount,
    billingAddress: addressForm(a.billingAddress, country),
    siteAddress: addressForm(a.siteAddress, country),
  };
}

/** An untouched address is no address; a partial one (a city alone) is kept as it is. */
function addressOrNull(a: AddressForm): AddressForm | null {
  return [a.line1, a.line2, a.postalCode, a.city].some((v) => v.trim()) ? a : null;
}

export function useAccountForm(initial: AccountForm) {
  const [form, setForm] = useState<AccountForm>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof AccountForm>(k: K, v: AccountForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  /** The input the procedures take, or null after showing what is wrong. */
  const validate = (withAddresses: boolean): AccountFields | null => {
    const parsed = accountFields.safeParse({
      name: form.name,
      registrationNumber: form.registrationNumber,
      vatNumber: form.vatNumber,
      salesRepId: form.salesRepId,
      salesAdminId: form.salesAdminId,
      technicianId: form.technicianId,
      billingAccountId: form.billingAccount?.id ?? null,
      billingAddress: withAddresses ? addressOrNull(form.billingAddress) : null,
      siteAddress: withAddresses ? addressOrNull(form.siteAddress) : null,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return null;
    }
    setErrors({});
    return parsed.data;
  };
  return { form, set, errors, validate };
}
