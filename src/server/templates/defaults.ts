/**
 * The installation templates every tenant starts with (DESIGN §3), in its language: the six
 * standard milestones, 3CX with porting and on-site installation (one template whose porting
 * and on-site actions carry conditions, so no variant is needed), 3CX remote without
 * porting, and fibre access (FTTO). Ids are stable so a seeded template diffs cleanly.
 */
import type { AppLocale } from "@/i18n/locales";
import type { CatalogueCode } from "@/server/crm/attributes";
import type { ActionRole, ActionTemplate, DueRule, EmailOnCompletion, Phase, TemplateDocument } from "./document";

type Text = Record<AppLocale, string>;
type ActionSpec = {
  id: string;
  title: Text;
  description?: Text;
  role: ActionRole;
  after?: string[];
  condition?: string;
  due: DueRule;
  captures?: { key: string; label: Text; expectedAfterDays: number };
  emails?: EmailOnCompletion[];
};
type PhaseSpec = { id: string; name: Text; goLive?: boolean; actions: ActionSpec[] };
/** `isDefault`: the template its service type points to (DESIGN §3). */
export type DefaultTemplate = { key: string; name: Text; serviceType: CatalogueCode; isDefault: boolean; phases: PhaseSpec[] };

const after = (days: number): DueRule => ({ kind: "AFTER_AVAILABLE", days });
const around = (date: { key: string }, days: number): DueRule => ({ kind: "RELATIVE_TO_DATE", dateKey: date.key, days });
const toContacts = (template: EmailOnCompletion["template"]): EmailOnCompletion => ({ template, audience: "TECHNICAL_CONTACTS" });

/** The dates actions capture, named for people; the keys are what due rules refer to. */
const DATE = {
  installation: { key: "installationDate", label: { en: "Installation date", fr: "Date d’installation" } },
  onboarding: { key: "installationDate", label: { en: "Onboarding session date", fr: "Date de la session de prise en main" } },
  porting: { key: "portingDate", label: { en: "Porting date", fr: "Date de portage" } },
} satisfies Record<string, { key: string; label: Text }>;

const PHASE = {
  order: { en: "Order confirmed", fr: "Commande confirmée" },
  equipment: { en: "Equipment ordered", fr: "Matériel commandé" },
  delivery: { en: "Delivery confirmed", fr: "Livraison confirmée" },
  installation: { en: "Installation complete", fr: "Installation terminée" },
  acceptance: { en: "Customer acceptance", fr: "Recette client" },
  goLive: { en: "Go-Live", fr: "Mise en service" },
} satisfies Record<string, Text>;

const activateBilling: ActionSpec = {
  id: "activate-billing",
  title: { en: "Activate billing from the go-live date", fr: "Activer la facturation à la date de mise en service" },
  role: "SALES_ADMIN",
  due: after(1),
  emails: [toContacts("milestone")],
};
const handOverToSupport: ActionSpec = {
  id: "hand-over-support",
  title: { en: "Hand the as-built summary over to support", fr: "Transmettre le dossier de fin d'installation au support" },
  description: {
    en: "Check that the account shows the **services**, **numbers**, **captured dates** and **contacts** the helpdesk needs.",
    fr: "Vérifier que le compte indique les **services**, **numéros**, **dates clés** et **contacts** dont le support a besoin.",
  },
  role: "SUPPORT",
  due: after(1),
};
const checkOrder: ActionSpec = {
  id: "check-order",
  title: { en: "Check the signed order and billing details", fr: "Vérifier le bon de commande signé et la facturation" },
  role: "SALES_ADMIN",
  due: after(1),
  emails: [toContacts("milestone")],
};

const STANDARD: DefaultTemplate = {
  key: "standard",
  name: { en: "Standard milestones", fr: "Jalons standard" },
  serviceType: "porting",
  isDefault: true,
  phases: [
    {
      id: "order",
      name: PHASE.order,
      actions: [
        checkOrder,
        { id: "kick-off", title: { en: "Hand the order over to the project team", fr: "Passer la commande à l'équipe projet" }, role: "SALES", after: ["check-order"], due: after(1) },
      ],
    },
    {
      id: "equipment",
      name: PHASE.equipment,
      actions: [
        { id: "order-equipment", title: { en: "Order the equipment", fr: "Commander le matériel" }, role: "SALES_ADMIN", due: after(2) },
        { id: "supplier-confirms", title: { en: "Supplier confirms the order", fr: "Le fournisseur confirme la commande" }, role: "CARRIER", after: ["order-equipment"], due: after(3) },
      ],
    },
    {
      id: "delivery",
      name: PHASE.delivery,
      actions: [
        { id: "receive-equipment", title: { en: "Receive and check the equipment", fr: "Réceptionner et contrôler le matériel" }, role: "TECHNICIAN", due: after(5) },
        {
          id: "confirm-installation-date",
          title: { en: "Confirm the installation date", fr: "Confirmer la date d'installation" },
          role: "CUSTOMER",
          after: ["receive-equipment"],
          due: after(3),
          captures: { ...DATE.installation, expectedAfterDays: 5 },
          emails: [toContacts("milestone")],
        },
      ],
    },
    {
      id: "installation",
      name: PHASE.installation,
      actions: [
        { id: "install", title: { en: "Install and test on site", fr: "Installer et tester sur site" }, role: "TECHNICIAN", due: around(DATE.installation, 0) },
        { id: "as-built", title: { en: "Write the as-built summary", fr: "Rédiger le dossier de fin d'installation" }, role: "TECHNICIAN", after: ["install"], due: after(1) },
      ],
    },
    {
      id: "acceptance",
      name: PHASE.acceptance,
      actions: [{ id: "approve", title: { en: "Approve the installation", fr: "Valider l'installation" }, role: "CUSTOMER", due: after(3) }],
    },
    { id: "go-live", name: PHASE.goLive, goLive: true, actions: [activateBilling, handOverToSupport] },
  ],
};

const PORTING = "numbersToPort > 0";
const ON_SITE = "onSiteInstallation";

const THREE_CX: DefaultTemplate = {
  key: "3cx",
  name: { en: "3CX with number porting and on-site installation", fr: "3CX avec portabilité et installation sur site" },
  serviceType: "3cx",
  isDefault: true,
  phases: [
    {
      id: "order",
      name: PHASE.order,
      actions: [
        checkOrder,
        { id: "send-mandate", title: { en: "Send the porting mandate to sign", fr: "Envoyer le mandat de portabilité à signer" }, role: "SALES_ADMIN", condition: PORTING, due: after(1) },
        {
          id: "sign-mandate",
          title: { en: "Sign and return the porting mandate", fr: "Signer et renvoyer le mandat de portabilité" },
          description: {
            en: "Upload the signed mandate and a recent invoice from your current operator.",
            fr: "Déposez le mandat signé et une facture récente de votre opérateur actuel.",
          },
          role: "CUSTOMER",
          after: ["send-mandate"],
          condition: PORTING,
          due: after(5),
          emails: [{ template: "actionValidated", audience: "SALES_ADMIN" }],
        },
      ],
    },
    {
      id: "equipment",
      name: PHASE.equipment,
      actions: [
        { id: "create-instance", title: { en: "Create the 3CX instance and licence", fr: "Créer l'instance 3CX et la licence" }, role: "TECHNICIAN", due: after(2) },
        { id: "order-phones", title: { en: "Order the IP phones", fr: "Commander les postes IP" }, role: "SALES_ADMIN", condition: ON_SITE, due: after(2) },
        { id: "submit-porting", title: { en: "Submit the porting request", fr: "Déposer la demande de portabilité" }, role: "SALES_ADMIN", condition: PORTING, due: after(2) },
        {
          id: "porting-date",
          title: { en: "Carrier confirms the porting date", fr: "L'opérateur confirme la date de portage" },
          role: "CARRIER",
          after: ["submit-porting"],
          condition: PORTING,
          due: after(10),
          captures: { ...DATE.porting, expectedAfterDays: 5 },
          emails: [toContacts("actionValidated"), { template: "actionValidated", audience: "TECHNICIAN" }],
        },
      ],
    },
    {
      id: "delivery",
      name: PHASE.delivery,
      actions: [
        { id: "provision-phones", title: { en: "Receive and provision the phones", fr: "Réceptionner et provisionner les postes" }, role: "TECHNICIAN", condition: ON_SITE, due: after(5) },
        {
          id: "confirm-installation-date",
          title: { en: "Confirm the installation date", fr: "Confirmer la date d'installation" },
          role: "CUSTOMER",
          condition: ON_SITE,
          due: after(3),
          captures: { ...DATE.installation, expectedAfterDays: 3 },
          emails: [toContacts("milestone")],
        },
        { id: "configure", title: { en: "Configure extensions and call flows", fr: "Configurer les postes et les scénarios d'appel" }, role: "TECHNICIAN", due: after(3) },
      ],
    },
    {
      id: "installation",
      name: PHASE.installation,
      actions: [
        { id: "install-on-site", title: { en: "Install the phones on site", fr: "Installer les postes sur site" }, role: "TECHNICIAN", condition: ON_SITE, due: around(DATE.installation, 0) },
        { id: "remote-setup", title: { en: "Remote set-up and test calls", fr: "Mise en place à distance et appels de test" }, role: "TECHNICIAN", condition: `not ${ON_SITE}`, due: after(2) },
        { id: "prepare-cutover", title: { en: "Prepare the porting cut-over", fr: "Préparer la bascule de portabilité" }, role: "TECHNICIAN", condition: PORTING, due: around(DATE.porting, -2) },
        {
          id: "port-numbers",
          title: { en: "Port the numbers and test inbound calls", fr: "Porter les numéros et tester les appels entrants" },
          role: "TECHNICIAN",
          after: ["prepare-cutover"],
          condition: PORTING,
          due: around(DATE.porting, 0),
        },
      ],
    },
    {
      id: "acceptance",
      name: PHASE.acceptance,
      actions: [
        { id: "train-users", title: { en: "Train the users", fr: "Former les utilisateurs" }, role: "TECHNICIAN", due: after(3) },
        { id: "approve", title: { en: "Approve the installation", fr: "Valider l'installation" }, role: "CUSTOMER", after: ["train-users"], due: after(3) },
      ],
    },
    { id: "go-live", name: PHASE.goLive, goLive: true, actions: [activateBilling, handOverToSupport] },
  ],
};

const THREE_CX_REMOTE: DefaultTemplate = {
  key: "3cx-remote",
  name: { en: "3CX without porting, remote install", fr: "3CX sans portabilité, installation à distance" },
  serviceType: "3cx",
  isDefault: false,
  phases: [
    { id: "order", name: PHASE.order, actions: [checkOrder] },
    {
      id: "configuration",
      name: { en: "Configuration", fr: "Configuration" },
      actions: [
        { id: "create-instance", title: { en: "Create the 3CX instance and licence", fr: "Créer l'instance 3CX et la licence" }, role: "TECHNICIAN", due: after(2) },
        { id: "configure", title: { en: "Configure extensions and call flows", fr: "Configurer les postes et les scénarios d'appel" }, role: "TECHNICIAN", after: ["create-instance"], due: after(3) },
        {
          id: "book-onboarding",
          title: { en: "Book the remote onboarding session", fr: "Réserver la session de prise en main à distance" },
          role: "CUSTOMER",
          due: after(5),
          captures: { ...DATE.onboarding, expectedAfterDays: 3 },
          emails: [toContacts("milestone")],
        },
      ],
    },
    {
      id: "acceptance",
      name: PHASE.acceptance,
      actions: [
        { id: "onboarding", title: { en: "Run the remote onboarding session", fr: "Animer la session de prise en main" }, role: "TECHNICIAN", due: around(DATE.onboarding, 0) },
        { id: "approve", title: { en: "Confirm the test calls", fr: "Confirmer les appels de test" }, role: "CUSTOMER", after: ["onboarding"], due: after(2) },
      ],
    },
    { id: "go-live", name: PHASE.goLive, goLive: true, actions: [activateBilling, handOverToSupport] },
  ],
};

const FIBRE: DefaultTemplate = {
  key: "ftto",
  name: { en: "Fibre access (FTTO)", fr: "Accès fibre (FTTO)" },
  serviceType: "ftto",
  isDefault: true,
  phases: [
    {
      id: "order",
      name: PHASE.order,
      actions: [
        { ...checkOrder, title: { en: "Check the site address and eligibility", fr: "Vérifier l'adresse du site et l'éligibilité" }, due: after(2) },
      ],
    },
    {
      id: "equipment",
      name: { en: "Circuit ordered", fr: "Circuit commandé" },
      actions: [
        { id: "order-circuit", title: { en: "Order the fibre circuit from the carrier", fr: "Commander le circuit fibre à l'opérateur" }, role: "SALES_ADMIN", due: after(1) },
        { id: "order-router", title: { en: "Order the high-capacity router", fr: "Commander le routeur haut débit" }, role: "SALES_ADMIN", condition: 'bandwidth in ["500M", "1G"]', due: after(2) },
        { id: "site-survey", title: { en: "Carrier site survey", fr: "Visite technique de l'opérateur" }, role: "CARRIER", after: ["order-circuit"], due: after(15) },
        {
          id: "delivery-date",
          title: { en: "Carrier confirms the delivery date", fr: "L'opérateur confirme la date de livraison" },
          role: "CARRIER",
          after: ["site-survey"],
          due: after(10),
          captures: { ...DATE.installation, expectedAfterDays: 10 },
          emails: [toContacts("milestone")],
        },
      ],
    },
    {
      id: "delivery",
      name: PHASE.delivery,
      actions: [
        { id: "prepare-router", title: { en: "Prepare and configure the router", fr: "Préparer et configurer le routeur" }, role: "TECHNICIAN", due: around(DATE.installation, -2) },
        { id: "site-access", title: { en: "Confirm site access for the installation", fr: "Confirmer l'accès au site pour l'installation" }, role: "CUSTOMER", due: around(DATE.installation, -3) },
      ],
    },
    {
      id: "installation",
      name: PHASE.installation,
      actions: [
        { id: "carrier-install", title: { en: "Carrier installs the fibre termination", fr: "L'opérateur installe la terminaison fibre" }, role: "CARRIER", due: around(DATE.installation, 0) },
        { id: "install-router", title: { en: "Install the router and test throughput", fr: "Installer le routeur et tester le débit" }, role: "TECHNICIAN", after: ["carrier-install"], due: after(1) },
      ],
    },
    {
      id: "acceptance",
      name: PHASE.acceptance,
      actions: [{ id: "approve", title: { en: "Approve the service", fr: "Valider le service" }, role: "CUSTOMER", due: after(3) }],
    },
    { id: "go-live", name: PHASE.goLive, goLive: true, actions: [activateBilling, handOverToSupport] },
  ],
};

export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [STANDARD, THREE_CX, THREE_CX_REMOTE, FIBRE];

function action(spec: ActionSpec, locale: AppLocale): ActionTemplate {
  return {
    id: spec.id,
    title: spec.title[locale],
    description: spec.description?.[locale] ?? "",
    role: spec.role,
    trigger: spec.after ? { kind: "AFTER", actionIds: spec.after } : { kind: "PHASE_START" },
    condition: spec.condition ?? null,
    due: spec.due,
    capturesDate: spec.captures ? { key: spec.captures.key, label: spec.captures.label[locale], expectedAfterDays: spec.captures.expectedAfterDays } : null,
    emails: spec.emails ?? [],
  };
}

export function defaultTemplateDocument(t: DefaultTemplate, locale: AppLocale): TemplateDocument {
  return {
    phases: t.phases.map((p): Phase => ({ id: p.id, name: p.name[locale], goLive: p.goLive ?? false, actions: p.actions.map((a) => action(a, locale)) })),
  };
}

/** A new template starts with the six standard milestones, empty, the last one Go-Live. */
export function emptyTemplateDocument(locale: AppLocale): TemplateDocument {
  return {
    phases: Object.entries(PHASE).map(([id, name]) => ({ id, name: name[locale], goLive: id === "goLive", actions: [] })),
  };
}
