// The OpenAPI 3.1 document of the read-only API, generated from the same zod schemas that parse its parameters
// (lib/validations/api.ts) and type its rows (api-responses.ts): documentation and behaviour cannot drift apart.
import { z } from "zod";
import { API_QUERY_SCHEMAS, API_RESOURCES, API_SCHEMA_VERSION, type ApiResource } from "./api";
import { apiErrorSchema, listEnvelope } from "./api-responses";

type JsonSchema = Record<string, unknown> & { $defs?: Record<string, unknown>; properties?: Record<string, Record<string, unknown>> };

/** One schema → { $ref to it, its definitions }, with references pointing at components/schemas. */
function component(schema: z.ZodType): { ref: unknown; defs: Record<string, unknown> } {
  const raw = JSON.parse(JSON.stringify(z.toJSONSchema(schema)).replaceAll("#/$defs/", "#/components/schemas/")) as JsonSchema;
  const { $defs = {}, $schema: _s, ...rest } = raw;
  return { ref: rest, defs: $defs };
}

const SUMMARIES: Record<ApiResource, string> = {
  figures: "Investment figures (capex, public and private initiatives, aggregates), in their original currency",
  instruments: "Laws, executive orders, strategies and other governance instruments",
  assessments: "Dated codings of each jurisdiction on each governance dimension",
  events: "Dated governance events on the timeline",
  sources: "The sources every value cites",
  jurisdictions: "Countries, blocs, US states and international bodies",
};

export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  const paths: Record<string, unknown> = {};
  const error = component(apiErrorSchema);
  Object.assign(schemas, error.defs);
  const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: error.ref } } });
  for (const resource of API_RESOURCES) {
    const params = z.toJSONSchema(API_QUERY_SCHEMAS[resource], { io: "input" }) as JsonSchema;
    const page = component(listEnvelope(resource));
    Object.assign(schemas, page.defs);
    paths[`/${resource}`] = {
      get: {
        operationId: `list${resource[0].toUpperCase()}${resource.slice(1)}`,
        summary: SUMMARIES[resource],
        description: "Published rows only. Unknown or invalid parameters answer 400 with the allowed ones listed.",
        parameters: Object.entries(params.properties ?? {}).map(([name, { description, example, ...schema }]) => ({
          name,
          in: "query",
          required: false,
          description,
          ...(example === undefined ? {} : { example }),
          schema,
        })),
        responses: {
          "200": {
            description: "A page of rows. CSV (format=csv) carries the same rows; the next page is in the Link header.",
            headers: { Link: { description: 'rel="next" URL of the next page', schema: { type: "string" } } },
            content: { "application/json": { schema: page.ref }, "text/csv": { schema: { type: "string" } } },
          },
          "400": errorResponse("Unknown, repeated or invalid parameter; the message lists the allowed parameters."),
          "429": {
            ...errorResponse("Too many requests from this address."),
            headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } },
          },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "GovAtlas open data API",
      version: API_SCHEMA_VERSION,
      description:
        "Read-only access to GovAtlas's published data on AI governance and investment, each value with its sources written out. CORS open for GET; no authentication; no cookies.",
      license: { name: "See the data licence on /en/methodology#licence", url: `${serverUrl.replace(/\/api\/v1$/, "")}/en/methodology#licence` },
    },
    servers: [{ url: serverUrl }],
    paths,
    components: { schemas },
  };
}
