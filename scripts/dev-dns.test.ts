/** Tests for the development DNS server: the records named on the command line, answered to Node's resolver. */
import { Resolver } from "node:dns/promises";
import { describe, expect, it } from "vitest";
import { recordsFromArgs, startDevDns } from "./dev-dns";

describe("dev DNS", () => {
  it("reads name/value pairs, several values per name allowed", () => {
    expect(recordsFromArgs(["_x.Example.com", "a", "_x.example.com", "b", "_y.example.com", "c"])).toEqual(
      new Map([
        ["_x.example.com", ["a", "b"]],
        ["_y.example.com", ["c"]],
      ]),
    );
    expect(() => recordsFromArgs(["_x.example.com"])).toThrow("pairs");
  });

  it("answers the records it was given, and NXDOMAIN for other names", async () => {
    const dns = await startDevDns(0, ["_switchboard-challenge.example.com", "switchboard-verification=abc"]);
    try {
      const resolver = new Resolver({ timeout: 500, tries: 1 });
      resolver.setServers([dns.address]);
      expect(await resolver.resolveTxt("_switchboard-challenge.example.com")).toEqual([["switchboard-verification=abc"]]);
      await expect(resolver.resolveTxt("other.example.com")).rejects.toMatchObject({ code: "ENOTFOUND" });
    } finally {
      await dns.close();
    }
  });
});
