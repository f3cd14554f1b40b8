import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sessionOf } from "@/server/auth";
import { appRouter } from "@/server/root";
import { createContext } from "@/server/trpc";

const handler = async (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async ({ info }) =>
      createContext({
        requestId: req.headers.get("x-request-id") ?? crypto.randomUUID(),
        // The request's own headers, not next/headers: the same check, callable from tests.
        user: (await sessionOf(req.headers))?.user ?? null,
        // EventSource cannot send headers: subscriptions name the page's tenant in their
        // connection params (src/trpc/client.tsx). Either way it is only a claim, checked
        // against the session's memberships by the tenant rungs.
        tenantSlug: req.headers.get("x-tenant-slug") ?? info.connectionParams?.tenantSlug ?? null,
      }),
  });

export { handler as GET, handler as POST };
