import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { isHttps, securityHeaders } from "./src/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

// The static files the proxy skips (src/proxy.ts) get the same headers, without a nonce.
// Next evaluates this at build time: build with the APP_URL you serve for HSTS to match.
const staticHeaders = Object.entries(securityHeaders({ dev: process.env.NODE_ENV !== "production", https: isHttps(process.env.APP_URL) })).map(([key, value]) => ({ key, value }));

const config: NextConfig = {
  // pino's worker-thread transports must be required at run time, not bundled.
  serverExternalPackages: ["pino", "bullmq", "ioredis"],
  poweredByHeader: false,
  typedRoutes: false,
  // Bottom left, Next's badge would sit on the sidebar's sign-out button.
  devIndicators: { position: "bottom-right" },
  // The proxy (src/proxy.ts) buffers request bodies up to 10 MB by default, which would cut a
  // document at the upload limit (DOCUMENT_MAX_BYTES, 10 MiB by default) short: room for the
  // largest document plus its multipart framing. Build-time, so it cannot read the env.
  experimental: { proxyClientMaxBodySize: 10 * 1024 * 1024 + 64 * 1024 },
  async headers() {
    return ["/_next/static/:path*", "/_next/image"].map((source) => ({ source, headers: staticHeaders }));
  },
};

export default withNextIntl(config);
