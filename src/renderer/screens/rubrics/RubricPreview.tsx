/** "Pratinjau sebagaimana dilihat penguji": the sheet to try out, clearly marked as saving nothing. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricDraftContent } from '../../../shared/rubric/rubric';
import { RubricSheet } from '../../components/rubric-sheet/RubricSheet';
import { EMPTY_SHEET } from '../../components/rubric-sheet/sheet-values';

/** Renders the preview of `content`; what is entered lives only as long as the preview. */
export function RubricPreview(props: { content: RubricDraftContent }): React.JSX.Element {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY_SHEET);
  return (
    <div className="panel preview" role="region" aria-labelledby="preview-title">
      <div className="preview-banner">
        <div>
          <h2 id="preview-title">{t('rubric.preview.title')}</h2>
          <p className="muted">{t('rubric.preview.savesNothing')}</p>
        </div>
        <button type="button" className="button" onClick={() => setValues(EMPTY_SHEET)}>
          {t('rubric.preview.clear')}
        </button>
      </div>
      {props.content.aspects.length === 0 ? (
        <p className="empty-inline">{t('rubric.preview.noAspects')}</p>
      ) : (
        <RubricSheet content={props.content} values={values} onChange={setValues} />
      )}
    </div>
  );
}
