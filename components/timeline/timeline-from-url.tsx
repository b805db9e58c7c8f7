"use client";
import { Suspense, useEffect, useState } from "react";
import { useSearchParams } from "next/navigation";
import type { TimelineData } from "@/lib/dto/timeline";
import { TimelineExplorer } from "./timeline-explorer";

/**
 * The explorer hydrates the prerendered (unfiltered) HTML as it is, then applies the URL's filters once the client
 * has read them. (Reading the URL above the explorer inside <Suspense> would make React throw the server HTML away
 * and build the whole timeline again on the phone.) The page itself stays statically cacheable.
 */
export function TimelineFromUrl({ data }: { data: TimelineData }) {
  const [search, setSearch] = useState<string | null>(null);
  return (
    <>
      <Suspense fallback={null}>
        <SearchReader onRead={setSearch} />
      </Suspense>
      <TimelineExplorer data={data} search={search} />
    </>
  );
}

function SearchReader({ onRead }: { onRead: (search: string) => void }) {
  const search = useSearchParams().toString();
  useEffect(() => onRead(search), [search, onRead]);
  return null;
}
