// A reader's error report: shared by the form (field limits) and the server action (the only parser).
import { z } from "zod";

export const REPORT_LIMITS = { page: 500, message: 2000, contact: 254 } as const;

export const reportErrorSchema = z
  .object({
    // The view the error is on: a path on this site or a full URL (optional; the form fills in the page it came from).
    page: z.string().trim().max(REPORT_LIMITS.page, "pageTooLong").optional().default(""),
    message: z.string().trim().min(10, "messageTooShort").max(REPORT_LIMITS.message, "messageTooLong"),
    contact: z
      .union([z.literal(""), z.string().trim().email("contactInvalid").max(REPORT_LIMITS.contact, "contactInvalid")])
      .optional()
      .default(""),
    // Left empty by people; bots that fill every field are refused without saying why.
    website: z.string().max(0, "unknownField").optional().default(""),
  })
  .strict();

export type ReportErrorInput = z.infer<typeof reportErrorSchema>;
