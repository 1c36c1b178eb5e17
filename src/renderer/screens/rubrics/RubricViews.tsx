/**
 * The two views of a rubric under their tabs: its content with the side column of checks and
 * actions, or the assessor's preview across the full width.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricDraftContent } from '../../../shared/rubric/rubric';
import { RubricPreview } from './RubricPreview';
import { viewPanelId, ViewTabs, type RubricView } from './ViewTabs';

/** Props of {@link RubricViews}. */
export interface RubricViewsProps {
  view: RubricView;
  onView: (view: RubricView) => void;
  /** The name of the content tab ("Sunting isi", "Isi rubrik"). */
  contentLabel: string;
  /** What the content tab shows. */
  content: React.ReactNode;
  /** The side column next to the content. */
  side: React.ReactNode;
  /** What the preview shows: the rubric as it stands, saved or not. */
  previewContent: RubricDraftContent;
}

/** Renders the tabs and the chosen view. */
export function RubricViews(props: RubricViewsProps): React.JSX.Element {
  const { t } = useTranslation();
  const { view } = props;
  return (
    <>
      <ViewTabs view={view} onChange={props.onView} contentLabel={props.contentLabel} />
      <div className={view === 'preview' ? 'editor-layout editor-layout-full' : 'editor-layout'}>
        <div
          className="editor-main"
          role="tabpanel"
          id={viewPanelId(view)}
          aria-labelledby={`rubric-tab-${view}`}
        >
          {view === 'content' ? props.content : <RubricPreview content={props.previewContent} />}
        </div>
        {view === 'content' ? (
          <aside className="editor-side" aria-label={t('rubric.editor.sideLabel')}>
            {props.side}
          </aside>
        ) : null}
      </div>
    </>
  );
}
