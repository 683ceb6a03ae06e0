import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Prisma's runtime (queries) only in the data layer; its generated types anywhere, so row
// types can be derived from the schema instead of written by hand.
const prismaPattern = {
  group: ["@prisma/*", "**/generated/prisma", "**/generated/prisma/*", "@/lib/db", "**/lib/db"],
  allowTypeImports: true,
  message:
    'Database access belongs in lib/<domain>/data.ts (reads) or lib/<domain>/mutations.ts (writes), which start with import "server-only".',
};

// Components get their data as props: they may call server actions, never read or write.
const dataLayerPattern = {
  group: ["@/lib/**/data", "@/lib/**/*-data", "@/lib/**/mutations", "@/lib/**/*-mutations", "**/data", "**/mutations"],
  allowTypeImports: true,
  message: "Components get their data as props from the page; only server actions may be imported from lib/.",
};

const restrictedImports = "@typescript-eslint/no-restricted-imports";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "next-env.d.ts"] },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "separate-type-imports" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      [restrictedImports]: ["error", { patterns: [prismaPattern] }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { [restrictedImports]: ["error", { patterns: [prismaPattern, dataLayerPattern] }] },
  },
  {
    // The only places allowed to touch Prisma's runtime: the data layer, SQL builders that
    // compose Prisma.sql fragments for it, the database infrastructure it is built on,
    // command-line tools and tests.
    files: [
      "lib/**/data.ts",
      "lib/**/*-data.ts",
      "lib/**/mutations.ts",
      "lib/**/*-mutations.ts",
      "lib/**/sql.ts",
      "lib/db.ts",
      "lib/database/**",
      "lib/seed/**",
      "lib/cli/**",
      "tests/**",
    ],
    rules: { [restrictedImports]: "off" },
  },
];

export default config;
