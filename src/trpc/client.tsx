"use client";
/**
 * The browser's tRPC client (TanStack Query integration). Every call carries the tenant slug
 * of the page it was made from; the server checks it against the session's memberships.
 */
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/root";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

function tenantSlugOfPage(): string | undefined {
  return window.location.pathname.match(/^\/t\/([^/]+)/)?.[1];
}

const isUnauthorized = (error: unknown) => error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "UNAUTHORIZED";

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [queryClient] = useState(() => {
    // A session ended on the server (signed out elsewhere, "sign out of all devices", timed
    // out) makes every call answer UNAUTHORIZED: go to the login page rather than leave the
    // page showing errors, or data fetched before.
    const toLoginWhenSignedOut = (error: unknown) => {
      if (isUnauthorized(error)) router.replace("/login");
    };
    return new QueryClient({
      queryCache: new QueryCache({ onError: toLoginWhenSignedOut }),
      mutationCache: new MutationCache({ onError: toLoginWhenSignedOut }),
      defaultOptions: { queries: { staleTime: 30_000, retry: (n, e) => n < 2 && !(e instanceof TRPCClientError) } },
    });
  });
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        splitLink({
          // Subscriptions (live refresh) stream over SSE. EventSource cannot set headers, so
          // the slug rides in the connection params, which tRPC puts in the URL; the server
          // reads either (src/app/api/trpc/[trpc]/route.ts).
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({
            url: "/api/trpc",
            transformer: superjson,
            connectionParams() {
              const slug = tenantSlugOfPage();
              return slug ? { tenantSlug: slug } : {};
            },
          }),
          false: httpBatchLink({
            url: "/api/trpc",
            transformer: superjson,
            headers() {
              const slug = tenantSlugOfPage();
              return slug ? { "x-tenant-slug": slug } : {};
            },
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/** Field messages sent by the server's error formatter, for a form to show next to inputs. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    if (data && typeof data === "object" && "fieldErrors" in data && data.fieldErrors && typeof data.fieldErrors === "object") {
      return data.fieldErrors as Record<string, string[]>;
    }
  }
  return {};
}
