/**
 * A rubric as the assessor sees it on the scoring day: the header, the live score, and every
 * aspect with its levels — all at once, or one aspect at a time. It holds no values: the caller
 * keeps them (the preview in memory, the score-entry screen in its autosaved draft).
 */
import type React from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricDraftContent } from '../../../shared/rubric/rubric';
import { useFormat } from '../../format/use-format';
import { AspectScoring } from './AspectScoring';
import { sheetProgress, type SheetValues } from './sheet-values';

/** Props of {@link RubricSheet}. */
export interface RubricSheetProps {
  content: RubricDraftContent;
  values: SheetValues;
  onChange: (values: SheetValues) => void;
  /** The whole sheet (default), or one aspect at a time with previous/next. */
  mode?: 'all' | 'single';
  /** A keys hint replacing the default one, e.g. naming the score-entry shortcuts too. */
  keysHint?: string;
  /** Puts focus on the first aspect without a level (or the first) once shown. */
  autoFocus?: boolean;
}

/** Renders the sheet. */
export function RubricSheet(props: RubricSheetProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const keysHintId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const { content, values, onChange } = props;
  const single = props.mode === 'single';
  const progress = sheetProgress(content, values.levels);
  const firstOpen = Math.max(
    0,
    content.aspects.findIndex((aspect) => values.levels[aspect.code] === undefined),
  );
  const [shown, setShown] = useState(firstOpen);
  const pendingFocus = useRef<number | null>(props.autoFocus ? firstOpen : null);
  const count = content.aspects.length;
  const current = Math.min(shown, count - 1);

  // Focus the chosen (or first) level of the aspect at `index`.
  const focusRadio = (index: number): boolean => {
    const radio = listRef.current?.querySelector<HTMLElement>(
      `[data-aspect="${index}"] [role="radio"][tabindex="0"]`,
    );
    radio?.focus();
    return radio !== null && radio !== undefined;
  };

  // One at a time, the aspect to focus is rendered first; the focus follows after the render.
  const focusAspect = (index: number): boolean => {
    if (index < 0 || index >= count) return false;
    if (single && index !== current) {
      pendingFocus.current = index;
      setShown(index);
      return true;
    }
    return focusRadio(index);
  };

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const index = pendingFocus.current;
    pendingFocus.current = null;
    focusRadio(index);
  });

  const aspects = content.aspects
    .map((aspect, index) => ({ aspect, index }))
    .filter(({ index }) => !single || index === current);

  return (
    <div className="sheet">
      <header className="sheet-header">
        <h2 className="sheet-title">{content.title}</h2>
        <p className="sheet-meta">
          {t(`rubric.kinds.${content.kind}`)}
          {content.durationMinutes !== null
            ? ` · ${t('sheet.duration', { minutes: content.durationMinutes })}`
            : null}
        </p>
        {content.instructions ? <p className="sheet-instructions">{content.instructions}</p> : null}
      </header>
      <div className="sheet-score" aria-live="polite" data-testid="sheet-score">
        <span className="sheet-score-label">{t('sheet.score')}</span>
        <span className="sheet-score-value">
          {progress.score === null ? t('common.none') : format.fixed(progress.score, 2)}
        </span>
        <span className="sheet-score-progress">
          {t('sheet.filled', { filled: progress.filled, total: progress.total })}
        </span>
      </div>
      <p className="field-hint" id={keysHintId}>
        {props.keysHint ?? t('sheet.keysHint')}
      </p>
      {single ? (
        <div className="sheet-stepper">
          <button
            type="button"
            className="button"
            disabled={current === 0}
            onClick={() => focusAspect(current - 1)}
          >
            {t('scoring.single.previous')}
          </button>
          <span aria-live="polite">
            {t('scoring.single.position', { index: current + 1, total: count })}
          </span>
          <button
            type="button"
            className="button"
            disabled={current >= count - 1}
            onClick={() => focusAspect(current + 1)}
          >
            {t('scoring.single.next')}
          </button>
        </div>
      ) : null}
      <div ref={listRef}>
        {aspects.map(({ aspect, index }) => (
          <AspectScoring
            key={index}
            aspect={aspect}
            index={index}
            level={values.levels[aspect.code]}
            note={values.notes[aspect.code] ?? ''}
            keysHintId={keysHintId}
            onLevel={(level) =>
              onChange({ ...values, levels: { ...values.levels, [aspect.code]: level } })
            }
            onNote={(note) =>
              onChange({ ...values, notes: { ...values.notes, [aspect.code]: note } })
            }
            onLeave={(delta) => focusAspect(index + delta)}
          />
        ))}
      </div>
    </div>
  );
}
