// The only reader of process.env. Validated once, lazily (so that `next build` does not need runtime secrets).
import { z } from "zod";
import { resolveDbTarget, type DbTarget } from "./db-url";

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const demoPassword = optional.refine((v) => v === undefined || (v.length >= 12 && v.length <= 128), {
  message: "must be 12–128 characters",
});

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional,
    AUTH_SECRET: optional.refine((v) => v === undefined || v.length >= 32, {
      message: "must be at least 32 characters (e.g. `openssl rand -base64 32`)",
    }),
    GOVATLAS_ADMIN_PASSWORD: demoPassword,
    GOVATLAS_EDITOR_PASSWORD: demoPassword,
    GOVATLAS_VIEWER_PASSWORD: demoPassword,
    // Shared cache, rate limits and cache-purge messages when several instances serve one site (optional).
    REDIS_URL: optional.refine((v) => v === undefined || /^rediss?:\/\//.test(v), {
      message: "must start with redis:// or rediss://",
    }),
    // Proxies in front of the server that append to X-Forwarded-For (0: none, the socket's peer is the client).
    TRUST_PROXY_HOPS: optional
      .refine((v) => v === undefined || /^[0-5]$/.test(v), { message: "must be a whole number from 0 to 5" })
      .transform((v) => Number(v ?? 0)),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
    }
  });

export type Env = z.infer<typeof schema> & { db: DbTarget };

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new EnvError(`Invalid environment: ${first.path.join(".")} ${first.message}`);
  }
  try {
    return { ...parsed.data, db: resolveDbTarget(parsed.data.DATABASE_URL) };
  } catch (error) {
    throw new EnvError((error as Error).message);
  }
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
