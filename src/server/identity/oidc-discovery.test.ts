/**
 * Tests for the SSO "Test connection": judging an OpenID discovery document, and fetching it
 * from a real (local) HTTP server.
 */
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it, expect } from "vitest";
import { judgeDiscovery, testDiscovery } from "./oidc-discovery";

const ISSUER = "https://login.acme.example";

function doc(issuer: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ["code", "id_token"],
    code_challenge_methods_supported: ["plain", "S256"],
    ...extra,
  };
}

function without(d: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _removed, ...rest } = d;
  return rest;
}

/** Parses a problem "key?a=b" into its key and values. */
function problemOf(r: ReturnType<typeof judgeDiscovery>): { key: string; values: Record<string, string> } {
  if (r.ok) throw new Error(`expected a problem, got ${JSON.stringify(r)}`);
  const [key = "", query = ""] = r.problem.split("?");
  return { key, values: Object.fromEntries(new URLSearchParams(query)) };
}

describe("judgeDiscovery", () => {
  it("accepts a complete document and returns its endpoints", () => {
    expect(judgeDiscovery(ISSUER, doc(ISSUER))).toEqual({
      ok: true,
      authorizationEndpoint: `${ISSUER}/authorize`,
      tokenEndpoint: `${ISSUER}/token`,
    });
  });

  it("tolerates a trailing slash on the document's issuer", () => {
    const r = judgeDiscovery(ISSUER, doc(`${ISSUER}/`));
    expect(r.ok).toBe(true);
  });

  it("accepts a document that does not list PKCE methods or response types", () => {
    const d = without(without(doc(ISSUER), "code_challenge_methods_supported"), "response_types_supported");
    expect(judgeDiscovery(ISSUER, d).ok).toBe(true);
  });

  it("reports an issuer mismatch with both values", () => {
    const r = judgeDiscovery(ISSUER, doc("https://evil.example"));
    expect(problemOf(r)).toEqual({ key: "oidcIssuerMismatch", values: { actual: "https://evil.example", expected: ISSUER } });
  });

  it("reports an issuer that differs only by path as a mismatch", () => {
    expect(problemOf(judgeDiscovery(ISSUER, doc(`${ISSUER}/tenant-a`))).key).toBe("oidcIssuerMismatch");
  });

  it.each(["jwks_uri", "authorization_endpoint", "token_endpoint", "issuer"])("names a missing %s", (field) => {
    const r = judgeDiscovery(ISSUER, without(doc(ISSUER), field));
    expect(r).toEqual({ ok: false, problem: `oidcIncomplete?field=${field}` });
  });

  it("names an endpoint that is not a URL", () => {
    const r = judgeDiscovery(ISSUER, doc(ISSUER, { token_endpoint: "not a url" }));
    expect(r).toEqual({ ok: false, problem: "oidcIncomplete?field=token_endpoint" });
  });

  it.each([null, "a string", 42, []])("calls a non-object document %j incomplete", (d) => {
    expect(problemOf(judgeDiscovery(ISSUER, d))).toEqual({ key: "oidcIncomplete", values: { field: "document" } });
  });

  it("refuses a provider without the code flow", () => {
    const r = judgeDiscovery(ISSUER, doc(ISSUER, { response_types_supported: ["id_token", "token id_token"] }));
    expect(r).toEqual({ ok: false, problem: "oidcNoCodeFlow" });
  });

  it("refuses a provider that lists PKCE methods without S256", () => {
    const r = judgeDiscovery(ISSUER, doc(ISSUER, { code_challenge_methods_supported: ["plain"] }));
    expect(r).toEqual({ ok: false, problem: "oidcNoPkce" });
  });

  it("refuses an empty PKCE method list", () => {
    expect(judgeDiscovery(ISSUER, doc(ISSUER, { code_challenge_methods_supported: [] }))).toEqual({ ok: false, problem: "oidcNoPkce" });
  });
});

async function listen(handler: RequestListener): Promise<{ server: Server; base: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}` };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
}

describe("testDiscovery against a local HTTP server", () => {
  it("accepts a good document served at /.well-known/openid-configuration", async () => {
    const paths: string[] = [];
    const { server, base } = await listen((req, res) => {
      paths.push(req.url ?? "");
      if (req.url !== "/.well-known/openid-configuration") {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(doc(base)));
    });
    try {
      expect(await testDiscovery(base)).toEqual({ ok: true, authorizationEndpoint: `${base}/authorize`, tokenEndpoint: `${base}/token` });
      expect(paths).toEqual(["/.well-known/openid-configuration"]);
    } finally {
      await close(server);
    }
  });

  it("judges the fetched document (an issuer mismatch is reported)", async () => {
    const { server, base } = await listen((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(doc("https://someone-else.example")));
    });
    try {
      expect(problemOf(await testDiscovery(base)).key).toBe("oidcIssuerMismatch");
    } finally {
      await close(server);
    }
  });

  it("reports an HTTP error with the URL and status", async () => {
    const { server, base } = await listen((_req, res) => {
      res.writeHead(404).end("not here");
    });
    try {
      const r = await testDiscovery(base);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem.startsWith("oidcHttp?")).toBe(true);
      expect(problemOf(r).values).toEqual({ url: `${base}/.well-known/openid-configuration`, status: "404" });
    } finally {
      await close(server);
    }
  });

  it("reports a body that is not JSON", async () => {
    const { server, base } = await listen((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Welcome</body></html>");
    });
    try {
      const r = await testDiscovery(base);
      expect(problemOf(r)).toEqual({ key: "oidcNotJson", values: { url: `${base}/.well-known/openid-configuration` } });
    } finally {
      await close(server);
    }
  });

  it("reports an issuer where nothing listens as unreachable", async () => {
    const { server, base } = await listen((_req, res) => {
      res.end();
    });
    await close(server);
    const r = await testDiscovery(base);
    expect(problemOf(r)).toEqual({ key: "oidcUnreachable", values: { issuer: base } });
  });

  it("reports a server that does not answer in time as a timeout", async () => {
    const { server, base } = await listen(() => {
      // never answers
    });
    try {
      const r = await testDiscovery(base, 200);
      expect(problemOf(r)).toEqual({ key: "oidcTimeout", values: { issuer: base } });
    } finally {
      server.closeAllConnections();
      await close(server);
    }
  });
});
