"use server";
/** "Your sessions": signing out one of the person's other sessions from this one. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentSession } from "@/server/auth";
import { endSession } from "@/server/auth/sessions";

export async function endSessionAction(formData: FormData): Promise<void> {
  const signedIn = await currentSession();
  if (!signedIn) redirect("/login");
  const id = z.uuid().safeParse(formData.get("sessionId"));
  // endSession only ever ends a session of the signed-in person, whatever id is posted.
  if (id.success) await endSession(signedIn.user.id, id.data);
  revalidatePath("/t/[tenant]/settings/sessions", "page");
}
