/** A published or retired version: the document or the preview, with its facts and actions. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricVersion } from '../../../shared/rubric/rubric';
import { PublishedActions } from './PublishedActions';
import { RubricDocument } from './RubricDocument';
import { RubricFacts } from './RubricFacts';
import { RubricViews } from './RubricViews';
import type { RubricView } from './ViewTabs';

/** Renders the read-only view of `rubric`. */
export function RubricReadOnly(props: { rubric: RubricVersion }): React.JSX.Element {
  const { t } = useTranslation();
  const [view, setView] = useState<RubricView>('content');
  const { rubric } = props;
  return (
    <RubricViews
      view={view}
      onView={setView}
      contentLabel={t('rubric.document.tab')}
      previewContent={rubric.content}
      content={<RubricDocument content={rubric.content} />}
      side={
        <>
          <p className="notice notice-info">
            {rubric.status === 'published'
              ? t('rubric.readOnly.published')
              : t('rubric.readOnly.retired')}
          </p>
          <RubricFacts rubric={rubric} />
          <PublishedActions rubric={rubric} />
        </>
      }
    />
  );
}
