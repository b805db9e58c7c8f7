/** A chart's series (colour swatch and name), as a list under or above the drawing. */
export function SeriesLegend(props: { testId: string; className: string; items: { key: string; label: string; color: string }[] }) {
  return (
    <ul className={`chart-legend flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm ${props.className}`} data-testid={props.testId}>
      {props.items.map((s) => (
        <li key={s.key} className="inline-flex items-center gap-1">
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" fill={s.color} />
          </svg>
          <span className="chart-legend-text">{s.label}</span>
        </li>
      ))}
    </ul>
  );
}
