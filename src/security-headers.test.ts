import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isHttps, securityHeaders } from "./security-headers";

/** The policy as a map of directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => {
    const [name = "", ...sources] = d.trim().split(/\s+/);
    return [name, sources];
  }));
}

const production = { nonce: "abc123", dev: false, https: true };

describe("content security policy", () => {
  it("lets scripts run only with this response's nonce, never inline or eval'd in production", () => {
    const scripts = directives(contentSecurityPolicy(production)).get("script-src");
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("allows eval for React's refresh in development only", () => {
    expect(directives(contentSecurityPolicy({ ...production, dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins and foreign base URLs; allows inline styles", () => {
    const d = directives(contentSecurityPolicy(production));
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("without a nonce (static files) scripts come from the app's origin only", () => {
    expect(directives(contentSecurityPolicy({ dev: false, https: false })).get("script-src")).toEqual(["'self'"]);
  });

  it("upgrades plain-http subresources only when the app is served over https", () => {
    expect(directives(contentSecurityPolicy(production)).has("upgrade-insecure-requests")).toBe(true);
    expect(directives(contentSecurityPolicy({ ...production, https: false })).has("upgrade-insecure-requests")).toBe(false);
  });
});

describe("security headers", () => {
  it("sends the policy, nosniff, the referrer policy, a permissions policy and no framing", () => {
    const h = securityHeaders(production);
    expect(h["Content-Security-Policy"]).toBe(contentSecurityPolicy(production));
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["X-Frame-Options"]).toBe("DENY");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["Permissions-Policy"]).toContain("camera=()");
    expect(h["Permissions-Policy"]).toContain("microphone=()");
    expect(h["Permissions-Policy"]).toContain("geolocation=()");
  });

  it("asks browsers to insist on https (HSTS) only when APP_URL is https", () => {
    expect(securityHeaders(production)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(securityHeaders({ ...production, https: false })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("takes one route's exceptions and keeps the rest", () => {
    const h = securityHeaders({ ...production, overrides: { "Referrer-Policy": "no-referrer" } });
    expect(h["Referrer-Policy"]).toBe("no-referrer");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Content-Security-Policy"]).toContain("'nonce-abc123'");
  });

  it("reads https from APP_URL, defaulting to the http localhost", () => {
    expect(isHttps("https://switchboard.example")).toBe(true);
    expect(isHttps("http://localhost:3000")).toBe(false);
    expect(isHttps(undefined)).toBe(false);
  });
});

describe("nonces", () => {
  it("are fresh for each response and valid CSP nonce sources (base64 of 16 bytes)", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) {
      expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(n, "base64")).toHaveLength(16);
    }
  });
});
