/**
 * Holiday regions (DESIGN §1): where a country's public holidays differ by region, the tenant
 * picks its region and a member may pick their own (a technician based in Scotland for an
 * English reseller). These are the rules over the regions the holiday library knows; the list
 * itself comes from `holidays.ts` on the server and reaches the browser as data, so this
 * module stays browser-safe and one zod check validates the forms and the procedures alike.
 */
import type { z } from "zod";

export type HolidayRegion = { code: string; name: string };

export type CountryRegions = {
  /**
   * The label of the nationwide list as a choice, or null where that list is no real calendar
   * and a region must be chosen: the UK's misses England's summer bank holiday and gives
   * Scotland Easter Monday.
   */
  national: string | null;
  regions: readonly HolidayRegion[];
};

/** Only countries with regional holidays are keys. */
export type RegionsByCountry = Readonly<Record<string, CountryRegions>>;

/**
 * A member's region when it is the nationwide list although the tenant has a region (a
 * technician in Nancy for a Strasbourg reseller). Lower case: never a library state code.
 */
export const NATIONAL = "national";

export type RegionProblem = "region" | "regionRequired";

const regionsOf = (all: RegionsByCountry, country: string): CountryRegions | undefined => (Object.hasOwn(all, country) ? all[country] : undefined);

/** Why `region` cannot be the tenant's region in `country`, or null when it can. */
export function regionProblem(all: RegionsByCountry, country: string, region: string | null): RegionProblem | null {
  const choice = regionsOf(all, country);
  if (region === null) return choice && choice.national === null ? "regionRequired" : null;
  return choice?.regions.some((r) => r.code === region) ? null : "region";
}

/** A member's own region: null (the tenant's), NATIONAL where the country has such a list, or one of its regions. */
export function memberRegionProblem(all: RegionsByCountry, country: string, region: string | null): "region" | null {
  if (region === null) return null;
  if (region === NATIONAL) return regionsOf(all, country)?.national ? null : "region";
  return regionProblem(all, country, region) && "region";
}

/** The region whose holidays a member's due dates count: theirs if they have one, else the tenant's. */
export function effectiveRegion(tenantRegion: string | null, memberRegion: string | null): string | null {
  if (memberRegion === null) return tenantRegion;
  return memberRegion === NATIONAL ? null : memberRegion;
}

/** The name of a region (or of the nationwide list) as the lists give it; the code when it has none. */
export function regionName(all: RegionsByCountry, country: string, region: string | null): string | null {
  const choice = regionsOf(all, country);
  if (!choice) return null;
  if (region === null) return choice.national;
  return choice.regions.find((r) => r.code === region)?.name ?? region;
}

/** A zod check for an input with `country` and `region`: the problem lands on the region field. */
export function regionOfCountry(all: RegionsByCountry) {
  return <T extends { country: string; region: string | null }>(value: T, ctx: z.RefinementCtx<T>) => {
    const problem = regionProblem(all, value.country, value.region);
    if (problem) ctx.addIssue({ code: "custom", path: ["region"], message: problem });
  };
}
