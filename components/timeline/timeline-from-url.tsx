"use client";
import { useSearchParams } from "next/navigation";
import type { TimelineData } from "@/lib/dto/timeline";
import { TimelineExplorer } from "./timeline-explorer";

/** Reads the filters from the URL on the client, so the page itself stays statically cacheable. */
export function TimelineFromUrl({ data }: { data: TimelineData }) {
  const search = useSearchParams();
  return <TimelineExplorer data={data} search={search.toString()} />;
}
