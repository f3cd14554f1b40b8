/**
 * Money as text, for pages and emails: "€1,234.50" (English), "1 234,50 €" (French), "$1,234.50"
 * (English in a US tenant). Amounts arrive as exact decimal strings and stay decimals: rounded
 * half up with decimal.js to the currency's own minor unit (2 for EUR, 0 for JPY), then handed
 * to Intl as a string, which formats it digit for digit — a float would lose cents past 2^53.
 * Its own module so pages without money do not download decimal.js.
 */
import Decimal from "decimal.js";
import { roundHalfUp } from "@/server/crm/money";
import type { FormatPlace } from "./format";
import { formatLocale } from "./locale";

const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(locale: string, currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, compact ? { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 } : { style: "currency", currency });
    formats.set(key, f);
  }
  return f;
}

/** `compact`: "€1.2M" for a chart's axis, where the figures themselves are in a table. */
export function formatMoney(amount: Decimal.Value, currency: string, place: FormatPlace, options: { compact?: boolean } = {}): string {
  const format = currencyFormat(formatLocale(place.language, place.country), currency, options.compact ?? false);
  const digits = options.compact ? 2 : (format.resolvedOptions().maximumFractionDigits ?? 2);
  return format.format(roundHalfUp(new Decimal(amount), digits) as `${number}`);
}
