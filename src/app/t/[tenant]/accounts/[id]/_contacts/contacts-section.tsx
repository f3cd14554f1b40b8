"use client";
/** The account's contacts; inactive ones stay listed, greyed, so history keeps its people. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ScrollArea } from "@/components/ui/scroll-area";
import { useAccounts } from "../../_components/context";
import { EmptyLine, Section } from "../../_components/section";
import type { AccountDetail } from "../../_components/types";
import { ContactForm } from "./contact-form";
import { ContactRow } from "./contact-row";

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-gray-600";

export function ContactsSection({ account }: { account: AccountDetail }) {
  const t = useTranslations("accounts.contacts");
  const { canWrite } = useAccounts();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const contacts = account.contacts;
  return (
    <Section
      id="contacts-heading"
      title={t("title")}
      count={contacts.length}
      actions={
        canWrite && !adding ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t("addContact")}
          </Button>
        ) : null
      }
    >
      <div className="space-y-4">
        {adding && <ContactForm accountId={account.id} contact={null} onDone={() => setAdding(false)} />}
        {contacts.length === 0 ? (
          !adding && <EmptyLine>{t("empty")}</EmptyLine>
        ) : (
          <ScrollArea frameClassName="-mx-5" className="[contain:inline-size]">
            <table className="min-w-full divide-y divide-gray-200">
              <caption className="sr-only">{t("caption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={`${TH} pl-5`}>
                    {t("name")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("roles")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("email")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("phones")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("locale")}
                  </th>
                  <th scope="col" className={TH}>
                    {t("state")}
                  </th>
                  {canWrite && (
                    <th scope="col" className={`${TH} pr-5 text-right`}>
                      <span className="sr-only">{t("actions")}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {contacts.map((c) =>
                  editing === c.id ? (
                    <tr key={c.id}>
                      <td colSpan={canWrite ? 7 : 6} className="px-5 py-3">
                        <ContactForm accountId={account.id} contact={c} onDone={() => setEditing(null)} />
                      </td>
                    </tr>
                  ) : (
                    <ContactRow key={c.id} contact={c} onEdit={() => setEditing(c.id)} />
                  ),
                )}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </div>
    </Section>
  );
}
