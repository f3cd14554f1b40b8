/** The three places the formatting tests read in, and a way to compare Intl's spaces as text. */
import type { FormatPlace } from "@/i18n/format/format";

export const GB: FormatPlace = { language: "en", country: "GB", timeZone: "Europe/London" };
export const US: FormatPlace = { language: "en", country: "US", timeZone: "America/New_York" };
export const FR: FormatPlace = { language: "fr", country: "FR", timeZone: "Europe/Paris" };

/** Intl's spaces differ between ICU versions (space, no-break, narrow no-break): one kind of space. */
export const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
