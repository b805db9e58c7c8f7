/** "On this page": in-page links to a page's sections (the jurisdiction pages and the sources page). */
export function PageNav({ label, sections }: { label: string; sections: { id: string; label: string }[] }) {
  return (
    <nav aria-label={label} className="mt-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} className="text-brand-700 underline hover:text-brand-900">
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
