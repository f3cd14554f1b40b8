/** The frame every Switchboard email shares: the tenant's name and colour, then the body. */
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export type Brand = { name: string; color?: string | null };

export function EmailLayout(props: { lang: string; preview: string; brand: Brand; footer: string; children: ReactNode }) {
  const color = props.brand.color ?? "#1d4ed8";
  return (
    <Html lang={props.lang}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: "#f4f5f7", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, maxWidth: 560, padding: 32, borderTop: `4px solid ${color}` }}>
          <Text style={{ fontSize: 14, fontWeight: 700, color, margin: "0 0 16px" }}>{props.brand.name}</Text>
          <Section>{props.children}</Section>
          <Hr style={{ borderColor: "#e5e7eb", margin: "24px 0 12px" }} />
          <Text style={{ fontSize: 12, color: "#6b7280", margin: 0 }}>{props.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function EmailButton(props: { href: string; color?: string | null; children: ReactNode }) {
  return (
    <a
      href={props.href}
      style={{ backgroundColor: props.color ?? "#1d4ed8", borderRadius: 6, color: "#ffffff", display: "inline-block", fontSize: 15, fontWeight: 600, padding: "12px 20px", textDecoration: "none" }}
    >
      {props.children}
    </a>
  );
}

export const paragraph = { fontSize: 15, lineHeight: "24px", color: "#111827" } as const;
