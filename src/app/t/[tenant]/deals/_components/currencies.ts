/** The currencies offered first in pickers; any ISO 4217 code is accepted where typing is allowed. */
export const COMMON_CURRENCIES = ["EUR", "GBP", "USD", "CHF"] as const;
