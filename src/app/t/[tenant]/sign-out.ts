"use server";
import { endSessionAndSignOut } from "@/server/auth";

export async function signOutAction(): Promise<void> {
  await endSessionAndSignOut(false);
}

/** "Sign out of all devices": every session of the person, this browser's included. */
export async function signOutEverywhereAction(): Promise<void> {
  await endSessionAndSignOut(true);
}
