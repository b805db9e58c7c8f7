import { apiListHandler } from "@/lib/http/open-data-response";
import { preflight } from "@/lib/http/cors";

export const GET = apiListHandler("assessments");
export const OPTIONS = preflight;
