import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const eslintConfig = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", "src/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/**/*.json"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Pages, components and emails show dates, numbers and money through src/i18n/format only,
    // which knows the tenant's country and time zone; Intl or next-intl alone know neither.
    files: ["src/app/**/*.{ts,tsx}", "src/components/**/*.{ts,tsx}", "emails/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.object.name='Intl'][callee.property.name=/^(DateTimeFormat|NumberFormat|RelativeTimeFormat|ListFormat)$/]", message: "Format through useFormat() / createFormat() (src/i18n/format)." },
        { selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]", message: "Format through useFormat() / createFormat() (src/i18n/format)." },
        { selector: "ImportDeclaration[source.value=/^next-intl/] > ImportSpecifier[imported.name=/^(useFormatter|getFormatter)$/]", message: "next-intl formats for the language alone: use useFormat() / createFormat() (src/i18n/format)." },
      ],
    },
  },
  {
    // Tenancy lives in one place: only identity, auth, the db layer, jobs, seeds and tests
    // may use the RLS-bypassing system client.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/server/db/**", "src/server/identity/**", "src/server/auth/**", "src/server/comms/**", "src/app/api/health/**", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/server/db/clients", importNames: ["systemDb"], message: "Reach tenant data through withTenant (src/server/db/tenant.ts)." }] }],
    },
  },
];

export default eslintConfig;
