import { NotFoundMessage } from "@/components/not-found-message";

export default function NotFound() {
  return (
    <main className="flex min-h-screen">
      <NotFoundMessage home="/" className="flex-1" />
    </main>
  );
}
