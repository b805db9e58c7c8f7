// Used by the Prisma CLI only (generate; migrate deploy on machines that can download the native engine).
// The app and this repo's own migration scripts pick the database from DATABASE_URL via lib/db-url.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./.data/govatlas.db" },
});
