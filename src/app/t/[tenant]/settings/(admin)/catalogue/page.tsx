import type { Metadata } from "next";
import { CataloguePanel } from "./catalogue-panel";

export const metadata: Metadata = { title: "Catalogue & pipeline" };

export default function CataloguePage() {
  return <CataloguePanel />;
}
