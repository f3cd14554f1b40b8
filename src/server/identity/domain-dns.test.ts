/**
 * Tests for DNS domain verification: the record to publish, matching a TXT answer against it
 * (several records, values split in strings, case, pasted quotes), and lookups through a real
 * DNS server on loopback, including the answers that mean "not yet".
 */
import { createSocket } from "node:dgram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsServer, type DnsServer } from "../../../tests/support/dns-server";
import { challengeRecord, checkChallenge, newVerificationToken, txtHolds } from "./domain-dns";

const VALUE = "switchboard-verification=0123456789abcdef0123456789abcdef";

describe("challengeRecord", () => {
  it("names a record of its own under the domain and prefixes the token", () => {
    expect(challengeRecord("acme.com", "abc")).toEqual({ name: "_switchboard-challenge.acme.com", value: "switchboard-verification=abc" });
  });

  it("makes tokens of 128 random bits in lower-case hex, different each time", () => {
    const tokens = new Set(Array.from({ length: 50 }, newVerificationToken));
    expect(tokens.size).toBe(50);
    for (const t of tokens) expect(t).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("txtHolds", () => {
  it("finds the value among other TXT records of the name", () => {
    expect(txtHolds([["v=spf1 include:_spf.example.com -all"], [VALUE], ["google-site-verification=xyz"]], VALUE)).toBe(true);
  });

  it("joins the strings of one record before comparing", () => {
    expect(txtHolds([["switchboard-verification=", "0123456789abcdef", "0123456789abcdef"]], VALUE)).toBe(true);
  });

  it("does not join strings across records", () => {
    expect(txtHolds([["switchboard-verification="], ["0123456789abcdef0123456789abcdef"]], VALUE)).toBe(false);
  });

  it("ignores case, surrounding spaces and quotes pasted into a DNS console", () => {
    expect(txtHolds([[VALUE.toUpperCase()]], VALUE)).toBe(true);
    expect(txtHolds([[`  "${VALUE}" `]], VALUE)).toBe(true);
  });

  it("refuses another token, a truncated value, a value with more after it, and no records", () => {
    expect(txtHolds([["switchboard-verification=ffffffffffffffffffffffffffffffff"]], VALUE)).toBe(false);
    expect(txtHolds([[VALUE.slice(0, -1)]], VALUE)).toBe(false);
    expect(txtHolds([[`${VALUE} extra`]], VALUE)).toBe(false);
    expect(txtHolds([], VALUE)).toBe(false);
  });
});

describe("checkChallenge against a DNS server on loopback", () => {
  let dns: DnsServer;
  beforeAll(async () => {
    dns = await startDnsServer();
  });
  afterAll(() => dns.close());

  const check = (domain: string, servers = [dns.address]) => checkChallenge(domain, "0123456789abcdef0123456789abcdef", { servers, timeoutMs: 500, tries: 1 });

  it("finds a published record", async () => {
    dns.setTxt("_switchboard-challenge.found.test", [["switchboard-verification=0123456789abcdef", "0123456789abcdef"]]);
    expect(await check("found.test")).toEqual({ found: true });
  });

  it("says no record was found yet for a name that does not exist (NXDOMAIN)", async () => {
    expect(await check("absent.test")).toEqual({ found: false, problem: "dnsNoRecord?name=_switchboard-challenge.absent.test" });
  });

  it("says the value is wrong when the name has other TXT records only", async () => {
    dns.setTxt("_switchboard-challenge.other.test", ["switchboard-verification=someone-else"]);
    expect(await check("other.test")).toEqual({ found: false, problem: "dnsWrongValue?name=_switchboard-challenge.other.test" });
  });

  it("says the lookup timed out when the server never answers", async () => {
    const silent = createSocket("udp4");
    await new Promise<void>((resolve) => silent.bind(0, "127.0.0.1", resolve));
    try {
      expect(await check("slow.test", [`127.0.0.1:${silent.address().port}`])).toEqual({ found: false, problem: "dnsTimeout?name=_switchboard-challenge.slow.test" });
    } finally {
      silent.close();
    }
  });

  it("names the failure when nothing listens at the server's address", async () => {
    const gone = await startDnsServer();
    const address = gone.address;
    await gone.close();
    const r = await check("refused.test", [address]);
    expect(r.found).toBe(false);
    expect(!r.found && r.problem).toMatch(/^dns(Failed|Timeout)\?name=_switchboard-challenge\.refused\.test/);
  });
});
