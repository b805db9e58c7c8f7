// Turns DATABASE_URL into a database target. SQLite (a file under .data/) is the default; a postgres URL
// switches the whole app — client, migrations, seed — to PostgreSQL.
import path from "node:path";

export type DbTarget = { provider: "sqlite"; url: string; file: string } | { provider: "postgresql"; url: string };

// Commands (npm start/test, scripts, next start) run from the project root; bundled server code has no
// reliable import.meta.dirname, so the working directory is the anchor.
export const projectRoot = process.cwd();
export const defaultSqliteFile = path.join(projectRoot, ".data", "govatlas.db");

export class DatabaseUrlError extends Error {}

export function resolveDbTarget(raw: string | undefined): DbTarget {
  const value = raw?.trim();
  if (!value) return { provider: "sqlite", url: `file:${defaultSqliteFile}`, file: defaultSqliteFile };
  if (value.startsWith("file:")) {
    const rest = value.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!rest || rest.includes("?")) {
      throw new DatabaseUrlError(`DATABASE_URL "${value}" is not a usable SQLite path (expected file:./path/to/db.sqlite).`);
    }
    const file = path.isAbsolute(rest) ? rest : path.resolve(/*turbopackIgnore: true*/ projectRoot, rest); // a user-given path: nothing to trace
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new DatabaseUrlError("DATABASE_URL looks like a PostgreSQL URL but cannot be parsed.");
    }
    return { provider: "postgresql", url: value };
  }
  const scheme = value.split(":")[0];
  throw new DatabaseUrlError(`DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got a "${scheme}:" URL.`);
}

/** For messages: the URL without its password. */
export function redactDbUrl(target: DbTarget): string {
  if (target.provider === "sqlite") return target.url;
  const u = new URL(target.url);
  if (u.password) u.password = "***";
  return u.toString();
}
