import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

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
    // which knows the tenant's country and time zone; Intl or next-intl alone know neither;
    // and page titles come from the catalogues.
    files: ["src/app/**/*.{ts,tsx}", "src/components/**/*.{ts,tsx}", "emails/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.object.name='Intl'][callee.property.name=/^(DateTimeFormat|NumberFormat|RelativeTimeFormat|ListFormat)$/]", message: "Format through useFormat() / createFormat() (src/i18n/format)." },
        { selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]", message: "Format through useFormat() / createFormat() (src/i18n/format)." },
        { selector: "ImportDeclaration[source.value=/^next-intl/] > ImportSpecifier[imported.name=/^(useFormatter|getFormatter)$/]", message: "next-intl formats for the language alone: use useFormat() / createFormat() (src/i18n/format)." },
        // Tab titles are text too (one list with the above: a later no-restricted-syntax would replace it).
        { selector: ":matches(VariableDeclarator[id.name='metadata'], FunctionDeclaration[id.name='generateMetadata']) Property[key.name='title'] > Literal", message: "Translate the page title: export generateMetadata() and take it from getTranslations." },
      ],
    },
  },
  {
    // Tenancy lives in one place: only identity, auth, the db layer, jobs, seeds and tests
    // may use the RLS-bypassing system client. The calendar feed route too: a calendar app
    // has no session, so the member its URL names is found before any tenant is known.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/server/db/**", "src/server/identity/**", "src/server/auth/**", "src/server/comms/**", "src/app/api/health/**", "src/app/api/calendar/**", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/server/db/clients", importNames: ["systemDb"], message: "Reach tenant data through withTenant (src/server/db/tenant.ts)." }] }],
    },
  },
  {
    // Every word a user reads comes from the message catalogues (both languages): no literal
    // text in pages, components and emails, nor in the attributes a user reads or hears.
    files: ["src/app/**/*.tsx", "src/components/**/*.tsx", "emails/**/*.tsx"],
    ignores: ["**/*.test.tsx"],
    plugins: { i18next },
    // With types, the rule lets through a literal whose type is a string-literal union: a
    // message key, a sort column, an Intl option ("long") are code, not text.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { include: ["placeholder", "title", "aria-label", "aria-description", "alt", "label", "description", "hint", "legend"] },
          // Translators: t("key") and its variants (tf, tr…), t.rich(…); v() reads validation keys, problemOf() field names.
          callees: { exclude: ["t", "t[a-zA-Z]{1,12}", "t\\.(rich|markup|has)", "v", "problemOf", "require", "includes", "startsWith", "endsWith"] },
          // Punctuation, symbols, numbers, codes (A–Z) and the product's name are not words to translate.
          words: { exclude: ["[0-9!-/:-@[-`{-~\\s·–—…×→←↑↓▲▼✓✕•€£$%]+", "[A-Z_-]+", "Switchboard", /^\p{Emoji}+$/u] },
        },
      ],
    },
  },
];

export default eslintConfig;
