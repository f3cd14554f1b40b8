/** Inputs of the member and invitation procedures, shared with their forms. */
import { z } from "zod";
import { Role } from "@/generated/prisma/enums";
import { workEmail } from "@/server/identity/email";

const roles = z.array(z.enum(Role)).min(1, "rolesRequired").transform((r) => [...new Set(r)]);

export const inviteMemberInput = z.object({ email: workEmail, roles });
export const updateMemberRolesInput = z.object({ memberId: z.uuid(), roles });
export const removeMemberInput = z.object({ memberId: z.uuid() });
export const revokeInvitationInput = z.object({ invitationId: z.uuid() });

export type InviteMemberInput = z.infer<typeof inviteMemberInput>;
