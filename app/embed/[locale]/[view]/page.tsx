import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { parseEmbedRequest } from "@/lib/validations/embed";
import { loadEmbed } from "@/lib/queries/embed";
import { EmbedView } from "@/components/embed/embed-view";

// Rendered per request (the address carries the filters); the data reads are the published-only queries the
// pages and decks use, or, frozen, the same data rebuilt as published at the end of the chosen day.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; view: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function query(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) q.append(k, value);
  return q;
}

const resolveOnce = cache((key: string) => loadEmbed(JSON.parse(key)));

async function load(props: Props) {
  const { locale, view } = await props.params;
  setRequestLocale(locale);
  const q = query(await props.searchParams);
  q.set("lang", locale === "zh" ? "zh" : "en");
  // The proxy answers a bad address with 400 and its reasons; one reaching the page directly is not found.
  const parsed = parseEmbedRequest(view, q, new Date().toISOString().slice(0, 10));
  if (!parsed.ok) notFound();
  return { request: parsed.value, resolved: await resolveOnce(JSON.stringify(parsed.value)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { resolved } = await load(props);
  return { title: resolved.ok ? `${resolved.data.title} · GovAtlas` : "GovAtlas", robots: { index: false } };
}

export default async function EmbedPage(props: Props) {
  const { request, resolved } = await load(props);
  const t = await getTranslations("embed");
  return <EmbedView request={request} resolved={resolved} noData={t("noData")} />;
}
