/**
 * GET /api/calendar/<membershipId>/<token>.ics — a member's open actions for a calendar app to
 * subscribe to. Calendar apps cannot sign in: the URL is the credential (see
 * src/server/deployments/calendar-feed-token.ts). Anything that does not open a feed — unknown
 * member, feed turned off, wrong or outdated token, malformed URL — is the same 404, so the
 * answer tells nobody which part was wrong.
 */
import { z } from "zod";
import { systemDb } from "@/server/db/clients";
import { feedCalendar } from "@/server/deployments/calendar-feed";

export const dynamic = "force-dynamic";

type Params = { membershipId: string; token: string };

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-robots-tag": "noindex" } });

export async function GET(_req: Request, { params }: { params: Promise<Params> }) {
  const { membershipId, token: file } = await params;
  // The ".ics" ending lets calendar apps and browsers recognise the file; the token is the rest.
  const token = file.endsWith(".ics") ? file.slice(0, -4) : null;
  // A non-uuid would make PostgreSQL fail on the uuid column: refuse it before asking.
  if (!token || !z.uuid().safeParse(membershipId).success) return notFound();
  const body = await feedCalendar(systemDb(), membershipId, token);
  if (body === null) return notFound();
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="switchboard.ics"',
      // Private: the document is one person's. Five minutes spares the database a client polling hard.
      "cache-control": "private, max-age=300",
      "x-robots-tag": "noindex",
    },
  });
}
