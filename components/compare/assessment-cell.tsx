"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { isSpectrum, localized } from "@/lib/charts/compare-state";
import type { GovernanceAssessmentDto, GovernanceDimensionDto } from "@/lib/dto/governance";
import { AssessmentDetails, useLevelText } from "./assessment-details";
import { levelStyle } from "./level-swatch";

type Position = { top: number; left: number };
const POPOVER_WIDTH = 320;
const MARGIN = 8;

/**
 * One matrix cell: a button showing the coded label and level, coloured by level. Hover or focus previews the
 * details; click / Enter pins them so that the source links become reachable with Tab; Esc or leaving closes.
 * The popover is fixed-positioned so that the table's horizontal scroll container does not clip it.
 */
export function AssessmentCell(props: {
  code: string;
  jurisdictionName: string;
  dimension: GovernanceDimensionDto;
  assessment: GovernanceAssessmentDto | null;
  pinned: boolean;
  onPinnedChange: (pinned: boolean) => void;
}) {
  const { code, jurisdictionName, dimension, assessment, pinned, onPinnedChange } = props;
  const t = useTranslations("compare");
  const locale = useLocale();
  const levelText = useLevelText();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [position, setPosition] = useState<Position | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const open = hovered || focused || pinned;
  const id = `details-${code}-${dimension.key}`;
  const level = assessment?.level ?? null;
  const label = assessment ? localized(locale, assessment.labelEn, assessment.labelZh) : t("noAssessment");

  const place = useCallback(() => {
    const cell = button.current?.getBoundingClientRect();
    if (!cell) return;
    const height = popover.current?.offsetHeight ?? 0;
    const width = Math.min(POPOVER_WIDTH, window.innerWidth - 2 * MARGIN);
    const left = Math.max(MARGIN, Math.min(cell.left, window.innerWidth - width - MARGIN));
    // Below the cell when it fits, else above it; touching the cell so the pointer can move into it.
    const below = cell.bottom + height <= window.innerHeight - MARGIN || cell.top - height < MARGIN;
    setPosition({ top: below ? cell.bottom : cell.top - height, left });
  }, []);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place]);

  // Esc dismisses the details wherever focus is (also a mouse-hover preview); focus inside returns to the cell.
  const dismiss = useCallback(() => {
    if (wrapper.current?.contains(document.activeElement)) button.current?.focus();
    setHovered(false);
    setFocused(false);
    onPinnedChange(false);
  }, [onPinnedChange]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") dismiss();
    };
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
      window.removeEventListener("keydown", onKey);
    };
  }, [open, place, dismiss]);

  return (
    <div
      ref={wrapper}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (wrapper.current?.contains(e.relatedTarget as Node | null)) return;
        setFocused(false);
        if (pinned) onPinnedChange(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={pinned}
        aria-describedby={id}
        onClick={() => onPinnedChange(!pinned)}
        data-testid={`cell-${code}-${dimension.key}`}
        data-level={level ?? "not-verified"}
        className="block min-h-16 w-full rounded px-2 py-1.5 text-left text-sm leading-snug"
        style={levelStyle(level, dimension.maxLevel, isSpectrum(dimension.key))}
      >
        {level === null ? (
          <>
            <span className="block font-semibold italic">{t("notVerified")}</span>
            {label !== t("notVerified") && <span className="block text-xs">{label}</span>}
          </>
        ) : (
          <>
            <span className="block font-medium">{label}</span>
            <span className="block text-xs">{levelText(level, dimension.maxLevel)}</span>
            {assessment?.since && assessment.earlier.length > 0 && (
              <span className="block text-xs font-medium" data-testid="changed-since">
                {t("changedSince", { date: assessment.since.slice(0, 4) })}
              </span>
            )}
          </>
        )}
      </button>
      <div
        ref={popover}
        id={id}
        role="group"
        aria-label={`${jurisdictionName} · ${localized(locale, dimension.nameEn, dimension.nameZh)}`}
        hidden={!open}
        data-testid={`details-${code}-${dimension.key}`}
        className="fixed z-40 rounded-md border border-slate-300 bg-white p-3 text-slate-900 shadow-lg"
        style={{ top: position?.top ?? 0, left: position?.left ?? 0, width: `min(${POPOVER_WIDTH}px, calc(100vw - ${2 * MARGIN}px))` }}
      >
        <AssessmentDetails
          jurisdictionName={jurisdictionName}
          code={code}
          dimension={dimension}
          assessment={assessment}
          linksFocusable={pinned}
        />
        <p className="mt-2 text-xs text-slate-600">{pinned ? t("pinnedHint") : t("pinHint")}</p>
      </div>
    </div>
  );
}
