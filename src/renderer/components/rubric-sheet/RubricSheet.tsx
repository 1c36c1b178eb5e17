/**
 * A rubric as the assessor sees it on the scoring day: the header, the live score, and every
 * aspect with its levels. It holds no state: the caller keeps the values (the preview in memory,
 * the score-entry screen in its autosaved draft).
 */
import type React from 'react';
import { useId, useRef } from 'react';
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
}

/** Renders the sheet. */
export function RubricSheet(props: RubricSheetProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const keysHintId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const { content, values, onChange } = props;
  const progress = sheetProgress(content, values.levels);

  // Focus the chosen (or first) level of the aspect at `index`.
  const focusAspect = (index: number): boolean => {
    const radio = listRef.current?.querySelector<HTMLElement>(
      `[data-aspect="${index}"] [role="radio"][tabindex="0"]`,
    );
    radio?.focus();
    return radio !== null && radio !== undefined;
  };

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
        {t('sheet.keysHint')}
      </p>
      <div ref={listRef}>
        {content.aspects.map((aspect, index) => (
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
