"use client";
import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { CURATED_SCHEMAS, fieldErrors, type EntityName } from "@/lib/validations/curated";
import { FORM_FIELDS, type FieldSpec } from "@/lib/validations/curated-forms";
import type { ConflictInfo } from "@/lib/mutations/curated/result";
import type { ReferenceOptions } from "@/lib/queries/curation";
import { deleteRecordAction, publishRecordAction, saveRecordAction } from "@/app/[locale]/admin/[entity]/actions";
import type { SourceOption } from "@/lib/queries/source-options";
import { SourcePicker } from "./source-picker";
import { AmountField } from "./amount-field";
import { LastCheckedField } from "./last-checked-field";
import { ConflictPanel } from "./conflict-panel";
import { Button } from "@/components/ui/button";
import { CuratedFieldError } from "./custom-field";
import { Label } from "@/components/ui/label";

type Values = Record<string, unknown>;
type Props = {
  entity: EntityName;
  id: string | null;
  version: number | null;
  initial: Values;
  role: "ADMIN" | "EDITOR";
  canPublish: boolean;
  options: ReferenceOptions;
  /** The sources to cite, with title and publisher for the picker's search. */
  sources: SourceOption[];
};

const input = "mt-1 w-full rounded border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

/** The same zod schema validates here (inline, before sending) and on the server (authoritative). */
export function EntityForm(props: Props) {
  const t = useTranslations("curation");
  const tAll = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [values, setValues] = useState<Values>(props.initial);
  const [version, setVersion] = useState(props.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [pending, start] = useTransition();
  // Bumped when the values are replaced (a conflict's "load theirs"), so fields with their own state start over.
  const [generation, setGeneration] = useState(0);
  const set = (name: string, v: unknown) => setValues((old) => ({ ...old, [name]: v }));
  const label = (f: FieldSpec) => t(`fields.${f.name}`) + (f.required ? " *" : "");

  function submit(publish: boolean, baseVersion = version) {
    const local = CURATED_SCHEMAS[props.entity].safeParse(values);
    if (!local.success) {
      setErrors(fieldErrors(local.error, locale === "zh" ? "zh" : "en"));
      setMessage({ kind: "error", text: t("form.fixErrors") });
      return;
    }
    start(async () => {
      const result = await saveRecordAction(props.entity, props.id, baseVersion, values, publish);
      if (result.ok) {
        setErrors({});
        setConflict(null);
        setVersion(result.version);
        const pendingDraft = "pendingDraft" in result && result.pendingDraft;
        setMessage({
          kind: "ok",
          text: t(publish ? "form.published" : pendingDraft || props.role === "EDITOR" ? "form.savedDraft" : "form.saved", { version: result.version }),
        });
        if (!props.id) router.replace(`/admin/${props.entity}/${result.id}`);
        else router.refresh();
      } else {
        // The server answers in the page's language (lib/errors): messages and field errors are shown as given.
        setErrors(result.fieldErrors ?? {});
        setConflict(result.conflict ?? null);
        setMessage({ kind: "error", text: result.message });
      }
    });
  }

  function act(action: "publish" | "delete") {
    if (!props.id || version === null) return;
    if (action === "delete" && !window.confirm(t("form.confirmDelete"))) return;
    start(async () => {
      const result =
        action === "publish" ? await publishRecordAction(props.entity, props.id!, version) : await deleteRecordAction(props.entity, props.id!, version);
      if (result.ok) {
        setVersion(result.version);
        setMessage({ kind: "ok", text: action === "publish" ? t("form.published", { version: result.version }) : t("form.deleted") });
        router.refresh();
      } else {
        setConflict(result.conflict ?? null);
        setMessage({ kind: "error", text: result.message });
      }
    });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit(false);
      }}
      noValidate
      className="space-y-4"
      data-testid="entity-form"
    >
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          mine={values}
          onLoadTheirs={() => {
            setValues(conflict.theirs);
            setGeneration((g) => g + 1);
            setVersion(conflict.currentVersion);
            setConflict(null);
            setMessage(null);
          }}
          onKeepMine={() => {
            const v = conflict.currentVersion;
            setConflict(null);
            submit(false, v);
          }}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {FORM_FIELDS[props.entity].map((f) => (
          <div key={`${f.name}-${generation}`} className={f.wide ? "sm:col-span-2" : ""}>
            {f.kind === "sources" ? (
              <SourcePicker
                name={f.name}
                label={t(`fields.${f.name}`)}
                required={f.required}
                options={props.sources}
                value={(values[f.name] as string[]) ?? []}
                onChange={(v) => set(f.name, v)}
                error={errors[f.name]}
              />
            ) : f.kind === "amount" ? (
              <AmountField
                name={f.name}
                label={label(f)}
                value={values[f.name]}
                currency={values.currency}
                onChange={(v) => set(f.name, v)}
                error={errors[f.name]}
              />
            ) : f.kind === "lastChecked" ? (
              <LastCheckedField name={f.name} label={label(f)} value={values[f.name]} onChange={(v) => set(f.name, v)} error={errors[f.name]} />
            ) : f.kind === "checkbox" ? (
              <label className="flex items-center gap-2 text-sm font-medium">
                <input type="checkbox" name={f.name} checked={Boolean(values[f.name])} onChange={(e) => set(f.name, e.target.checked)} />
                {label(f)}
              </label>
            ) : (
              <Label>
                {label(f)}
                <Field
                  f={f}
                  value={values[f.name]}
                  onChange={(v) => set(f.name, v)}
                  invalid={Boolean(errors[f.name])}
                  options={props.options}
                  none={t("form.none")}
                  optionLabel={(path, value) => tAll(`${path}.${value}`)}
                />
              </Label>
            )}
            {f.kind !== "sources" && f.kind !== "amount" && f.kind !== "lastChecked" && <CuratedFieldError name={f.name} error={errors[f.name]} />}
          </div>
        ))}
      </div>
      {Object.keys(errors)
        .filter((k) => !FORM_FIELDS[props.entity].some((f) => f.name === k))
        .map((k) => (
          <p key={k} className="text-sm text-red-700" data-error-for={k}>
            {errors[k]}
          </p>
        ))}
      {message && (
        <p role="status" className={`rounded p-2 text-sm ${message.kind === "ok" ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}>
          {message.text}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="primary" size="lg" disabled={pending}>
          {props.role === "ADMIN" ? t("form.save") : t("form.saveDraft")}
        </Button>
        {props.canPublish && (
          <Button variant="success" size="lg" disabled={pending} onClick={() => submit(true)}>
            {t("form.saveAndPublish")}
          </Button>
        )}
        {props.canPublish && props.id && (
          <>
            <Button variant="successOutline" size="lg" disabled={pending} onClick={() => act("publish")}>
              {t("form.publish")}
            </Button>
            <Button variant="danger" size="lg" disabled={pending} onClick={() => act("delete")}>
              {t("form.delete")}
            </Button>
          </>
        )}
      </div>
    </form>
  );
}

function Field(props: {
  f: FieldSpec;
  value: unknown;
  onChange: (v: unknown) => void;
  invalid: boolean;
  options: ReferenceOptions;
  none: string;
  optionLabel: (path: string, value: string) => string;
}) {
  const { f } = props;
  const common = { name: f.name, className: input, "aria-invalid": props.invalid, required: f.required };
  const str = props.value === null || props.value === undefined ? "" : String(props.value);
  if (f.kind === "textarea") return <textarea {...common} rows={3} value={str} onChange={(e) => props.onChange(e.target.value)} />;
  if (f.kind === "select" || f.kind === "ref") {
    const opts = f.kind === "select" ? f.options.map((o) => ({ value: o, label: props.optionLabel(f.labels, o) })) : props.options[f.list];
    return (
      <select {...common} value={str} onChange={(e) => props.onChange(e.target.value)}>
        {(f.kind === "ref" || f.optional) && <option value="">{props.none}</option>}
        {opts.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  const type = f.kind === "date" ? "date" : f.kind === "number" ? "number" : "text";
  return (
    <input {...common} type={type} inputMode={f.kind === "decimal" ? "decimal" : undefined} value={str} onChange={(e) => props.onChange(e.target.value)} />
  );
}
