import { apiListHandler } from "@/lib/http/open-data-response";
import { preflight } from "@/lib/http/cors";

export const GET = apiListHandler("instruments");
export const OPTIONS = preflight;
