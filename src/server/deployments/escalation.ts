/**
 * When a blocked action escalates to its manager (DESIGN §4): once the tenant's delay in
 * business days has passed since it was blocked, then again after each further delay since the
 * last escalation, and never twice in one period. Pure, so the rule is tested exhaustively;
 * the escalation job (jobs/escalation.ts) runs it every quarter hour and does the writing.
 *
 * Days are the tenant's calendar dates: a block at 17:00 on Monday with a one-day delay
 * escalates on Tuesday, not at 17:00 on Tuesday. Counting is countBusinessDays's (the days in
 * (blockedOn, today]), so a block on a Saturday starts counting on Monday.
 */
import { countBusinessDays, localDate, type BusinessCalendar, type IsoDate } from "@/server/calendar/business-days";

export type BlockedAction = { blockedAt: Date; escalatedAt: Date | null };

export type EscalationClock = {
  /** Today in the tenant's time zone. */
  today: IsoDate;
  timeZone: string;
  /** Tenant.escalationDelayDays: business days, at least 1. */
  delayDays: number;
  /** The tenant's calendar (no one's days off: the manager is told, whoever the assignee). */
  calendar: BusinessCalendar;
};

export type EscalationDecision =
  | { escalate: false; businessDaysBlocked: number }
  /** `period`: how many whole delays the action has been blocked, 1 for the first escalation. */
  | { escalate: true; businessDaysBlocked: number; period: number };

export function escalationDue(action: BlockedAction, clock: EscalationClock): EscalationDecision {
  const { today, timeZone, delayDays: delay, calendar } = clock;
  if (!Number.isInteger(delay) || delay < 1) throw new Error(`The escalation delay is a whole number of business days, at least 1, got ${delay}`);
  const blockedOn = localDate(action.blockedAt, timeZone);
  const businessDaysBlocked = Math.max(0, countBusinessDays(calendar, blockedOn, today));
  const period = Math.floor(businessDaysBlocked / delay);
  const no = { escalate: false, businessDaysBlocked } as const;
  if (period < 1) return no;
  // An escalation from before this block belongs to an earlier block of the same action.
  const last = action.escalatedAt && action.escalatedAt >= action.blockedAt ? localDate(action.escalatedAt, timeZone) : null;
  if (last !== null) {
    if (countBusinessDays(calendar, last, today) < delay) return no;
    // Also compared as periods: after the tenant changes its delay, a period already escalated
    // under the new delay's count is not escalated again.
    if (period <= Math.floor(countBusinessDays(calendar, blockedOn, last) / delay)) return no;
  }
  return { escalate: true, businessDaysBlocked, period };
}

/**
 * Names one escalation: the action, the block it belongs to (a re-blocked action escalates
 * afresh) and the period under the delay it was counted with, so a retried run writes the
 * same key and notifies once, and no two escalations of one block share a key.
 */
export function escalationKey(actionId: string, blockedAt: Date, delayDays: number, period: number): string {
  return `escalate:${actionId}:${blockedAt.toISOString()}:${delayDays}d:${period}`;
}
