/**
 * One aspect on a rubric sheet: what to look for, the levels as a row of choices with their
 * anchors in full, and the note. Keys: a digit picks that level, ←/→ step, Home/End jump to the
 * ends, Delete clears; ↓, Enter or Tab go to the next aspect, ↑ to the previous one; N opens the
 * note, and Escape in the note goes back to the levels.
 */
import type React from 'react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isLevelOf, noteRequired } from '../../../shared/rubric/score';
import { useFormat } from '../../format/use-format';
import { IndicatorList } from './IndicatorList';
import { levelForDigit, type SheetAspect } from './sheet-values';

/** Props of {@link AspectScoring}. */
export interface AspectScoringProps {
  aspect: SheetAspect;
  /** 0-based position, shown from 1. */
  index: number;
  level: number | undefined;
  note: string;
  onLevel: (level: number | undefined) => void;
  onNote: (note: string) => void;
  /** Moves focus to the aspect `delta` places away; false when there is none. */
  onLeave: (delta: 1 | -1) => boolean;
  /** The id of the text explaining the keys. */
  keysHintId: string;
}

/** Renders one aspect of the sheet. */
export function AspectScoring(props: AspectScoringProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const { aspect, level } = props;
  const chosen = level !== undefined && isLevelOf(aspect, level) ? level : undefined;
  const needsNote = chosen !== undefined && noteRequired(aspect, chosen);
  const noteMissing = needsNote && props.note.trim() === '';
  const focusValue = chosen ?? aspect.levels[0]?.value;

  const choose = (value: number | undefined) => {
    props.onLevel(value);
    if (value !== undefined) {
      groupRef.current?.querySelector<HTMLElement>(`[data-value="${value}"]`)?.focus();
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { min, max } = aspect.scale;
    const step = (delta: number) => {
      const from = chosen ?? (delta > 0 ? min - 1 : max + 1);
      return Math.min(max, Math.max(min, from + delta));
    };
    let handled = true;
    if (/^\d$/.test(event.key)) {
      const value = levelForDigit(aspect, Number(event.key));
      if (value !== null) choose(value);
    } else if (event.key === 'ArrowRight') choose(step(1));
    else if (event.key === 'ArrowLeft') choose(step(-1));
    else if (event.key === 'Home') choose(min);
    else if (event.key === 'End') choose(max);
    else if (event.key === 'Delete' || event.key === 'Backspace') props.onLevel(undefined);
    else if (event.key === 'ArrowDown' || event.key === 'Enter') props.onLeave(1);
    else if (event.key === 'ArrowUp') props.onLeave(-1);
    else if (event.key === 'n' || event.key === 'N') noteRef.current?.focus();
    // Tab goes on to the next aspect, unless this one still needs its note: then to the note.
    else if (event.key === 'Tab' && !event.shiftKey && !noteMissing) handled = props.onLeave(1);
    else handled = false;
    if (handled) event.preventDefault();
  };

  // Escape leaves the note for the level row, where the digits work again.
  const onNoteKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    groupRef.current?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')?.focus();
  };

  return (
    <section className="sheet-aspect" aria-labelledby={`${id}-title`} data-aspect={props.index}>
      <h3 id={`${id}-title`} className="sheet-aspect-title">
        <span className="aspect-number">{props.index + 1}</span>
        <span className="mono">{aspect.code}</span> {aspect.title}
        <span className="sheet-aspect-weight">
          {t('sheet.weight', { weight: format.number(aspect.weight) })}
        </span>
      </h3>
      {aspect.description ? <p className="sheet-description">{aspect.description}</p> : null}
      <IndicatorList indicators={aspect.indicators} />
      <div
        ref={groupRef}
        role="radiogroup"
        className="level-row"
        aria-labelledby={`${id}-title`}
        aria-describedby={props.keysHintId}
        onKeyDown={onKeyDown}
      >
        {aspect.levels.map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            className="level-button"
            aria-checked={option.value === chosen}
            aria-label={t('sheet.levelName', { value: option.value, label: option.label })}
            aria-describedby={`${id}-anchor-${option.value}`}
            tabIndex={option.value === focusValue ? 0 : -1}
            data-value={option.value}
            onClick={() => choose(option.value)}
          >
            <span className="level-value">{option.value}</span>
            <span className="level-label">{option.label}</span>
            <span className="level-anchor" id={`${id}-anchor-${option.value}`}>
              {option.anchor}
            </span>
          </button>
        ))}
      </div>
      <div className={noteMissing ? 'field field-invalid sheet-note' : 'field sheet-note'}>
        <label htmlFor={`${id}-note`}>
          {t('sheet.note', { code: aspect.code })}
          {aspect.noteRequiredAtExtremes ? (
            <span className="note-rule">
              {' '}
              {t('sheet.noteRule', { min: aspect.scale.min, max: aspect.scale.max })}
            </span>
          ) : null}
        </label>
        <textarea
          ref={noteRef}
          id={`${id}-note`}
          rows={2}
          value={props.note}
          aria-required={needsNote}
          aria-invalid={noteMissing ? true : undefined}
          aria-describedby={noteMissing ? `${id}-note-error` : undefined}
          onKeyDown={onNoteKeyDown}
          onChange={(event) => props.onNote(event.target.value)}
        />
        {noteMissing ? (
          <span className="field-error" id={`${id}-note-error`}>
            {t('sheet.noteMissing')}
          </span>
        ) : null}
      </div>
    </section>
  );
}
