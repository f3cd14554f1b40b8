/**
 * Tests for the SSO "Test connection": judging an OpenID discovery document (code flow, PKCE
 * S256, client authentication), and fetching it from a real (local) HTTP server.
 */
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it, expect } from "vitest";
import { CLIENT_AUTH_METHOD, judgeDiscovery, testDiscovery } from "./oidc-discovery";

const ISSUER = "https://login.acme.example";

function doc(issuer: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ["code", "id_token"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    code_challenge_methods_supported: ["plain", "S256"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    ...extra,
  };
}

function without(d: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _removed, ...rest } = d;
  return rest;
}

/** A message "key?a=b" as its key and values. */
function parsed(message: string): { key: string; values: Record<string, string> } {
  const [key = "", query = ""] = message.split("?");
  return { key, values: Object.fromEntries(new URLSearchParams(query)) };
}

/** The one problem of a refused document. */
function problemOf(r: ReturnType<typeof judgeDiscovery>): { key: string; values: Record<string, string> } {
  if (r.ok || r.problems.length !== 1) throw new Error(`expected one problem, got ${JSON.stringify(r)}`);
  return parsed(r.problems[0]!);
}

const problemKeys = (r: ReturnType<typeof judgeDiscovery>) => (r.ok ? [] : r.problems.map((p) => parsed(p).key));

describe("judgeDiscovery", () => {
  it("accepts a complete document and returns its endpoints", () => {
    expect(judgeDiscovery(ISSUER, doc(ISSUER))).toEqual({
      ok: true,
      warnings: [],
      authorizationEndpoint: `${ISSUER}/authorize`,
      tokenEndpoint: `${ISSUER}/token`,
    });
  });

  it("tolerates a trailing slash on the document's issuer", () => {
    const r = judgeDiscovery(ISSUER, doc(`${ISSUER}/`));
    expect(r.ok).toBe(true);
  });

  it("reports an issuer mismatch with both values", () => {
    const r = judgeDiscovery(ISSUER, doc("https://evil.example"));
    expect(problemOf(r)).toEqual({ key: "oidcIssuerMismatch", values: { actual: "https://evil.example", expected: ISSUER } });
  });

  it("reports an issuer that differs only by path as a mismatch", () => {
    expect(problemOf(judgeDiscovery(ISSUER, doc(`${ISSUER}/tenant-a`))).key).toBe("oidcIssuerMismatch");
  });

  it.each(["jwks_uri", "authorization_endpoint", "token_endpoint", "issuer", "response_types_supported"])("names a missing %s", (field) => {
    const r = judgeDiscovery(ISSUER, without(doc(ISSUER), field));
    expect(r).toEqual({ ok: false, problems: [`oidcIncomplete?field=${field}`], warnings: [] });
  });

  it("names an endpoint that is not a URL", () => {
    const r = judgeDiscovery(ISSUER, doc(ISSUER, { token_endpoint: "not a url" }));
    expect(r).toEqual({ ok: false, problems: ["oidcIncomplete?field=token_endpoint"], warnings: [] });
  });

  it.each([null, "a string", 42, []])("calls a non-object document %j incomplete", (d) => {
    expect(problemOf(judgeDiscovery(ISSUER, d))).toEqual({ key: "oidcIncomplete", values: { field: "document" } });
  });

  describe("the authorization code flow", () => {
    it("is refused when no response type is the code flow, naming what is offered", () => {
      const r = judgeDiscovery(ISSUER, doc(ISSUER, { response_types_supported: ["id_token", "code id_token"] }));
      expect(problemOf(r)).toEqual({ key: "oidcNoCodeFlow", values: { offered: "id_token, code id_token" } });
    });

    it("is refused when the grant types are listed without authorization_code", () => {
      expect(problemKeys(judgeDiscovery(ISSUER, doc(ISSUER, { grant_types_supported: ["implicit", "client_credentials"] })))).toEqual(["oidcNoCodeFlow"]);
    });

    it("is assumed when grant types are not listed (Discovery's default includes it)", () => {
      expect(judgeDiscovery(ISSUER, without(doc(ISSUER), "grant_types_supported")).ok).toBe(true);
    });
  });

  describe("PKCE with S256", () => {
    it("passes without warning when S256 is listed", () => {
      expect(judgeDiscovery(ISSUER, doc(ISSUER, { code_challenge_methods_supported: ["S256"] }))).toMatchObject({ ok: true, warnings: [] });
    });

    it("is a warning, not a refusal, when the provider does not list its methods", () => {
      expect(judgeDiscovery(ISSUER, without(doc(ISSUER), "code_challenge_methods_supported"))).toMatchObject({ ok: true, warnings: ["oidcPkceUnlisted"] });
    });

    it("is refused when the methods listed are others, naming them", () => {
      const r = judgeDiscovery(ISSUER, doc(ISSUER, { code_challenge_methods_supported: ["plain"] }));
      expect(problemOf(r)).toEqual({ key: "oidcNoPkce", values: { offered: "plain" } });
    });

    it("is refused when the list is empty", () => {
      expect(problemKeys(judgeDiscovery(ISSUER, doc(ISSUER, { code_challenge_methods_supported: [] })))).toEqual(["oidcNoPkce"]);
    });

    it("is case-sensitive, as PKCE method names are", () => {
      expect(problemKeys(judgeDiscovery(ISSUER, doc(ISSUER, { code_challenge_methods_supported: ["s256"] })))).toEqual(["oidcNoPkce"]);
    });
  });

  describe("client authentication at the token endpoint", () => {
    it("is Auth.js's default for a client with a secret", () => {
      expect(CLIENT_AUTH_METHOD).toBe("client_secret_basic");
    });

    it("passes when the provider lists client_secret_basic among others", () => {
      expect(judgeDiscovery(ISSUER, doc(ISSUER, { token_endpoint_auth_methods_supported: ["private_key_jwt", "client_secret_basic"] })).ok).toBe(true);
    });

    it("passes when the provider lists none (Discovery's default is client_secret_basic)", () => {
      expect(judgeDiscovery(ISSUER, without(doc(ISSUER), "token_endpoint_auth_methods_supported"))).toMatchObject({ ok: true, warnings: [] });
    });

    it("is refused when client_secret_basic is not listed, naming the method and what is offered", () => {
      const r = judgeDiscovery(ISSUER, doc(ISSUER, { token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt"] }));
      expect(problemOf(r)).toEqual({ key: "oidcNoClientAuth", values: { method: "client_secret_basic", offered: "client_secret_post, private_key_jwt" } });
    });
  });

  it("says every missing piece at once", () => {
    const r = judgeDiscovery(ISSUER, doc(ISSUER, { response_types_supported: ["id_token"], code_challenge_methods_supported: ["plain"], token_endpoint_auth_methods_supported: ["none"] }));
    expect(problemKeys(r)).toEqual(["oidcNoCodeFlow", "oidcNoPkce", "oidcNoClientAuth"]);
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
      expect(await testDiscovery(base)).toEqual({ ok: true, warnings: [], authorizationEndpoint: `${base}/authorize`, tokenEndpoint: `${base}/token` });
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
      expect(problemOf(r).key).toBe("oidcHttp");
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
