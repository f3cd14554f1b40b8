import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  // pino's worker-thread transports must be required at run time, not bundled.
  serverExternalPackages: ["pino", "bullmq", "ioredis"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(config);
