import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

export type ForecastMonth = inferRouterOutputs<AppRouter>["deals"]["forecast"][number];
