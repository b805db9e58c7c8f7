/** The slide's key (jurisdictions, statuses, kinds) as swatches with words, so colour is never the only cue. */
export function SlideLegend({ items }: { items: { label: string; color: string }[] }) {
  return (
    <ul className="mt-[0.5cqw] flex flex-wrap gap-x-[1.6cqw] gap-y-[0.3cqw] text-[1.1cqw] text-slate-800" data-slide-legend>
      {items.map((l) => (
        <li key={l.label} className="flex items-center gap-[0.4cqw]">
          <span className="inline-block h-[1cqw] w-[1cqw] rounded-sm" style={{ background: l.color }} aria-hidden />
          {l.label}
        </li>
      ))}
    </ul>
  );
}
