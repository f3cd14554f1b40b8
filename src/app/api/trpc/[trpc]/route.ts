import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { currentUser } from "@/server/auth";
import { appRouter } from "@/server/root";
import { createContext } from "@/server/trpc";

const handler = async (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () =>
      createContext({
        requestId: req.headers.get("x-request-id") ?? crypto.randomUUID(),
        user: await currentUser(),
        tenantSlug: req.headers.get("x-tenant-slug"),
      }),
  });

export { handler as GET, handler as POST };
