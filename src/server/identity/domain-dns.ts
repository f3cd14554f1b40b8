/**
 * Proving a domain through DNS: the tenant publishes a TXT record at
 * `_switchboard-challenge.<domain>` holding `switchboard-verification=<token>`, and Switchboard
 * looks it up. A name of its own (rather than a record at the domain's apex) keeps it apart
 * from SPF and the other apex TXT records, and a DNS admin can delegate just that name.
 * Lookups go to the resolvers in DNS_SERVERS when set (tests and dev point them at a loopback
 * server), else to the system's. Problems are `validation` messages, shown in the admin's
 * language.
 */
import { randomBytes } from "node:crypto";
import { Resolver } from "node:dns/promises";
import { msg } from "@/server/errors";

const CHALLENGE_LABEL = "_switchboard-challenge";
const VALUE_PREFIX = "switchboard-verification=";

/** 128 random bits, in lower-case hex: survives DNS consoles that change case or split strings. */
export const newVerificationToken = () => randomBytes(16).toString("hex");

export function challengeRecord(domain: string, token: string): { name: string; value: string } {
  return { name: `${CHALLENGE_LABEL}.${domain}`, value: `${VALUE_PREFIX}${token}` };
}

/**
 * Whether a TXT answer holds `expected`. A name may have several records, and one record may
 * come as several strings (values over 255 bytes must, and some consoles split shorter ones):
 * a record's strings are joined before comparing. Case and the quotes people paste around a
 * value in DNS consoles are ignored.
 */
export function txtHolds(records: readonly (readonly string[])[], expected: string): boolean {
  const tidy = (v: string) => v.trim().replace(/^"(.*)"$/s, "$1").trim().toLowerCase();
  const want = tidy(expected);
  return records.some((strings) => tidy(strings.join("")) === want);
}

export type DnsCheck = { found: true } | { found: false; problem: string };

export type DnsOptions = { servers?: readonly string[]; timeoutMs?: number; tries?: number };

export async function checkChallenge(domain: string, token: string, options: DnsOptions = {}): Promise<DnsCheck> {
  const { name, value } = challengeRecord(domain, token);
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 2500, tries: options.tries ?? 2 });
  if (options.servers?.length) resolver.setServers([...options.servers]);
  let records: string[][];
  try {
    records = await resolver.resolveTxt(name);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    // NXDOMAIN (ENOTFOUND) and a name without TXT records (ENODATA) both mean "not there yet".
    if (code === "ENOTFOUND" || code === "ENODATA") return { found: false, problem: msg("dnsNoRecord", { name }) };
    if (code === "ETIMEOUT") return { found: false, problem: msg("dnsTimeout", { name }) };
    return { found: false, problem: msg("dnsFailed", { name, code: code || "unknown" }) };
  }
  return txtHolds(records, value) ? { found: true } : { found: false, problem: msg("dnsWrongValue", { name }) };
}
