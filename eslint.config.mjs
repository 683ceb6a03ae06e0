import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaImports = {
  patterns: [
    {
      group: ["@prisma/*", "**/generated/prisma", "**/generated/prisma/*", "@/lib/db", "**/lib/db"],
      message:
        "Database access belongs in lib/<domain>/data.ts (reads) or lib/<domain>/mutations.ts (writes), which start with import \"server-only\".",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "next-env.d.ts"] },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "separate-type-imports" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "no-restricted-imports": ["error", prismaImports],
    },
  },
  {
    // The only places allowed to touch Prisma: the data layer, the database
    // infrastructure it is built on, command-line tools and tests.
    files: [
      "lib/**/data.ts",
      "lib/**/mutations.ts",
      "lib/db.ts",
      "lib/database/**",
      "lib/seed/**",
      "lib/cli/**",
      "tests/**",
    ],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
