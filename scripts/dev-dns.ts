/**
 * A DNS server on loopback for trying domain verification in development: it answers the TXT
 * records given as arguments (name, then value, as Settings → SSO shows them) and NXDOMAIN for
 * every other name. Point the app at it with DNS_SERVERS=127.0.0.1:5354 in .env — then every
 * domain check asks it, so restart the app without that line to use real DNS again.
 *   npm run dns -- _switchboard-challenge.example.com switchboard-verification=0123…
 */
import { startDnsServer, type DnsServer } from "../tests/support/dns-server";
import { portFromEnv, runAsMain } from "./lib/service";

/** "name value name value…" as each name's values; an odd count is a mistake worth saying. */
export function recordsFromArgs(args: readonly string[]): Map<string, string[]> {
  if (args.length % 2 !== 0) throw new Error("Give TXT records as pairs: a name, then its value.");
  const records = new Map<string, string[]>();
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]!.toLowerCase();
    records.set(name, [...(records.get(name) ?? []), args[i + 1]!]);
  }
  return records;
}

export async function startDevDns(port: number, args: readonly string[]): Promise<DnsServer> {
  const records = recordsFromArgs(args);
  const dns = await startDnsServer({ port });
  for (const [name, values] of records) dns.setTxt(name, values);
  return dns;
}

runAsMain(import.meta.url, async () => {
  const dns = await startDevDns(portFromEnv("DEV_DNS_PORT", 5354), process.argv.slice(2));
  console.log(`dev DNS on ${dns.address} (set DNS_SERVERS=${dns.address} for the app to use it)`);
  return dns;
});
