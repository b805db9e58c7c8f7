import { Link } from "@/i18n/navigation";

/** A record's edit page and its history, side by side (the entity list and the review queue both offer them). */
export function RecordLinks({ entity, id, editLabel, historyLabel }: { entity: string; id: string; editLabel: string; historyLabel: string }) {
  return (
    <>
      <Link href={`/admin/${entity}/${id}`} className="text-brand-700 underline">
        {editLabel}
      </Link>
      {" · "}
      <Link href={`/admin/${entity}/${id}/history`} className="text-brand-700 underline">
        {historyLabel}
      </Link>
    </>
  );
}
