/**
 * Money on deals and service lines (DESIGN §2): reading a price a person typed, the amounts
 * a line contributes (MRR, one-off, contract value), deal totals and rounding; display is
 * src/i18n/format/money.ts. Everything is decimal.js: prices are stored as DECIMAL(12,2) and
 * a float would drift on sums.
 */
import Decimal from "decimal.js";
import { z } from "zod";
import type { BillingFrequency } from "@/generated/prisma/enums";
import { fieldError, msg } from "@/server/errors";

/** DECIMAL(12,2) in the database: 10 integer digits. */
const MAX_INTEGER_DIGITS = 10;

// Spaces are accepted as thousands separators (people paste "1 234,50" from a quote, and
// Intl's French output uses no-break spaces), but only in groups of three so "1 2" is refused.
const PRICE = /^(-)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d*)(?:[.,](\d+))?$/;

/** A price typed by a person: "12,50" → "12.50", "1 234" → "1234.00". */
export const moneyInput = z
  .string({ error: "priceFormat" })
  .trim()
  .transform((raw, ctx) => {
    const m = PRICE.exec(raw);
    const intPart = (m?.[2] ?? "").replace(/\D/g, "");
    const fraction = m?.[3] ?? "";
    if (!m || (intPart === "" && fraction === "")) {
      ctx.addIssue({ code: "custom", message: "priceFormat" });
      return z.NEVER;
    }
    const value = new Decimal(`${intPart || "0"}.${fraction || "0"}`);
    if (m[1] && !value.isZero()) {
      ctx.addIssue({ code: "custom", message: "priceNegative" });
      return z.NEVER;
    }
    if (fraction.length > 2) {
      ctx.addIssue({ code: "custom", message: "priceDecimals" });
      return z.NEVER;
    }
    if (value.truncated().toFixed(0).length > MAX_INTEGER_DIGITS) {
      ctx.addIssue({ code: "custom", message: msg("priceTooLarge", { digits: MAX_INTEGER_DIGITS }) });
      return z.NEVER;
    }
    return value.toFixed(2);
  });

export type LineMoney = {
  quantity: number;
  unitPrice: Decimal.Value;
  frequency: BillingFrequency;
  commitmentMonths: number;
};

export type MoneyTotals = { mrr: Decimal; oneOff: Decimal; contractValue: Decimal };

/**
 * The money formulas, times 12 so they stay exact (only annual billing ever divides by 12),
 * on `gross` = Σ quantity × unit price and `committed` = Σ quantity × unit price × commitment
 * months. They are linear, so they serve one line or the sums of many lines alike.
 */
function twelfths(frequency: BillingFrequency, gross: Decimal, committed: Decimal): MoneyTotals {
  const zero = new Decimal(0);
  switch (frequency) {
    case "MONTHLY":
      return { mrr: gross.times(12), oneOff: zero, contractValue: committed.times(12) };
    case "ANNUAL":
      return { mrr: gross, oneOff: zero, contractValue: committed };
    case "ONE_OFF":
      return { mrr: zero, oneOff: gross.times(12), contractValue: gross.times(12) };
  }
}

function inTwelfths(l: LineMoney): MoneyTotals {
  if (!Number.isInteger(l.quantity) || l.quantity < 0) throw new Error(`Invalid quantity ${l.quantity}`);
  if (!Number.isInteger(l.commitmentMonths) || l.commitmentMonths < 0) {
    throw new Error(`Invalid commitment ${l.commitmentMonths} months`);
  }
  const gross = new Decimal(l.unitPrice).times(l.quantity);
  return twelfths(l.frequency, gross, gross.times(l.commitmentMonths));
}

const ZERO: MoneyTotals = { mrr: new Decimal(0), oneOff: new Decimal(0), contractValue: new Decimal(0) };

function fromTwelfths(t: MoneyTotals): MoneyTotals {
  return { mrr: t.mrr.dividedBy(12), oneOff: t.oneOff.dividedBy(12), contractValue: t.contractValue.dividedBy(12) };
}

/**
 * What one service line is worth. Contract value covers the commitment only, so a recurring
 * line without commitment (0 months) has a contract value of 0. Annual MRR is a twelfth,
 * left unrounded: rounding is for display.
 */
export function lineAmounts(l: LineMoney): MoneyTotals {
  return fromTwelfths(inTwelfths(l));
}

/**
 * Sums in twelfths and divides once: adding per-line twelfths (8.333…) would round at
 * decimal.js's 20 digits on every addition, and a total that is exactly half a cent
 * (0.005) could come out as 0.00499… and be rounded down.
 */
export function dealTotals(lines: readonly LineMoney[]): MoneyTotals {
  return sumTwelfths(lines.map(inTwelfths));
}

/** Line sums per frequency, as SQL aggregates them, to totals: the same formulas as one line's. */
export type FrequencySums = { frequency: BillingFrequency; gross: Decimal.Value; committed: Decimal.Value };
export function totalsOfSums(sums: readonly FrequencySums[]): MoneyTotals {
  return sumTwelfths(sums.map((s) => twelfths(s.frequency, new Decimal(s.gross), new Decimal(s.committed))));
}

function sumTwelfths(parts: readonly MoneyTotals[]): MoneyTotals {
  const sum = parts.reduce(
    (acc, a) => ({
      mrr: acc.mrr.plus(a.mrr),
      oneOff: acc.oneOff.plus(a.oneOff),
      contractValue: acc.contractValue.plus(a.contractValue),
    }),
    ZERO,
  );
  return fromTwelfths(sum);
}

/** A deal is quoted in one currency; its totals would be meaningless otherwise. */
export function assertCurrency(dealCurrency: string, serviceTypeCurrency: string): void {
  if (dealCurrency.toUpperCase() !== serviceTypeCurrency.toUpperCase()) {
    throw fieldError("serviceTypeId", msg("currencyMismatch", { deal: dealCurrency, line: serviceTypeCurrency }));
  }
}

/** Half up to `places` decimals, as a string; never "-0.00". Money is rounded only to be shown or stored. */
export function roundHalfUp(d: Decimal, places: number): string {
  const s = d.toFixed(places, Decimal.ROUND_HALF_UP);
  // decimal.js keeps the sign of a negative amount that rounds to zero ("-0.00").
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** 2 decimals, half up: "1234.50". */
export function roundMoney(d: Decimal): string {
  return roundHalfUp(d, 2);
}
