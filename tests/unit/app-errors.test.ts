// The one error model (lib/errors): every code has an HTTP status and a message in both languages, the HTTP
// mapping gives that status with the JSON body the README documents, and failures are built in the reader's language.
import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { ERROR_CODES, ERROR_STATUS, normalizeCode } from "@/lib/errors/codes";
import { AppError } from "@/lib/errors/app-error";
import { toFailure } from "@/lib/errors/result";
import { errorResponse, failureResponse, resultResponse } from "@/lib/errors/http";
import { errorTranslator } from "@/lib/errors/translate";

const HAN = /\p{Script=Han}/u;
const codes = (locale: "en" | "zh") => (messages[locale] as unknown as { appErrors: { codes: Record<string, string> } }).appErrors.codes;

function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe("error codes", () => {
  it("gives every code a 4xx/5xx status and an English and a Chinese message", () => {
    expect(ERROR_CODES.length).toBeGreaterThanOrEqual(15);
    for (const code of ERROR_CODES) {
      expect(ERROR_STATUS[code], code).toBeGreaterThanOrEqual(400);
      expect(ERROR_STATUS[code], code).toBeLessThan(600);
      expect(codes("en")[code], `English message of ${code}`).toMatch(/\w/);
      expect(codes("zh")[code], `Chinese message of ${code}`).toMatch(HAN);
    }
    // No message for a code that does not exist (a renamed code must take its messages with it).
    expect(Object.keys(codes("en")).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(codes("zh")).sort()).toEqual([...ERROR_CODES].sort());
  });

  it("spells every code one way (kebab-case) and maps the old spellings onto it", () => {
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(normalizeCode("not_found")).toBe("not-found");
    expect(normalizeCode("last_admin")).toBe("last-admin");
    expect(normalizeCode("not-found")).toBe("not-found");
  });

  it("has the same keys and placeholders in both languages of messages/*/errors.json", () => {
    const en = leaves((messages.en as unknown as { appErrors: unknown }).appErrors);
    const zh = new Map(leaves((messages.zh as unknown as { appErrors: unknown }).appErrors));
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(en.length).toBeGreaterThan(40);
    for (const [key, text] of en) {
      expect(zh.get(key), `appErrors.${key} in Chinese`).toMatch(HAN);
      expect(names(zh.get(key)!), `placeholders of appErrors.${key}`).toEqual(names(text));
    }
    expect(zh.size).toBe(en.length);
  });
});

describe("AppError → action failure and HTTP answer", () => {
  it("translates the message and the field errors into the reader's language", () => {
    const error = new AppError(
      "invalid",
      { key: "appErrors.curation.fieldsNeedAttention" },
      {
        fieldErrors: { sourceKeys: { key: "forms.errors.unknownSource", values: { keys: "S9" } }, _form: "as given" },
      },
    );
    expect(error.message).toBe("Some fields need attention.");
    expect(toFailure(error, errorTranslator("zh"))).toEqual({
      ok: false,
      code: "invalid",
      message: "部分字段需要修改。",
      fieldErrors: { sourceKeys: "未知来源：S9。", _form: "as given" },
    });
    expect(toFailure(error, errorTranslator("en")).fieldErrors).toEqual({ sourceKeys: "Unknown source: S9.", _form: "as given" });
  });

  it("answers each code with its status and the JSON body { ok:false, code, message, … }", async () => {
    for (const code of ERROR_CODES) {
      const res = errorResponse(new AppError(code), "en");
      expect(res.status, code).toBe(ERROR_STATUS[code]);
      expect(await res.json()).toEqual({ ok: false, code, message: codes("en")[code] });
    }
    const zh = errorResponse(new AppError("not-found", { key: "appErrors.curation.unknownEntity" }), "zh");
    expect(zh.status).toBe(404);
    expect(await zh.json()).toEqual({ ok: false, code: "not-found", message: "未知的数据类型。" });
  });

  it("says when to retry a busy answer, and only then", async () => {
    const busy = errorResponse(new AppError("busy"), "en");
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("2");
    expect((await busy.json()).message).toBe("The database is busy with other changes. Nothing was saved: try again in a few seconds.");
    expect(failureResponse({ ok: false, code: "conflict", message: "x", conflict: { by: "a" } }).headers.get("retry-after")).toBeNull();
  });

  it("passes success through with the given status", async () => {
    const ok = { ok: true as const, id: "r1" };
    const res = resultResponse(ok, 201);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true, id: "r1" });
  });
});
