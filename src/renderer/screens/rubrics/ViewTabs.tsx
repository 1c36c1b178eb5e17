/** Two tabs over a rubric: its content (editor or read-only) and the assessor's preview. */
import type React from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Which view of the rubric is shown. */
export type RubricView = 'content' | 'preview';

const VIEWS: readonly RubricView[] = ['content', 'preview'];

/** The id of the panel a tab controls. */
export function viewPanelId(view: RubricView): string {
  return `rubric-view-${view}`;
}

/** Renders the tab list; ←/→ switch tabs, as in every tab list. */
export function ViewTabs(props: {
  view: RubricView;
  onChange: (view: RubricView) => void;
  contentLabel: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  const label = (view: RubricView) =>
    view === 'content' ? props.contentLabel : t('rubric.preview.tab');
  const select = (view: RubricView) => {
    props.onChange(view);
    listRef.current?.querySelector<HTMLElement>(`#rubric-tab-${view}`)?.focus();
  };
  return (
    <div
      ref={listRef}
      className="tabs"
      role="tablist"
      aria-label={t('rubric.viewsLabel')}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        event.preventDefault();
        select(props.view === 'content' ? 'preview' : 'content');
      }}
    >
      {VIEWS.map((view) => (
        <button
          key={view}
          id={`rubric-tab-${view}`}
          type="button"
          role="tab"
          className="tab"
          aria-selected={props.view === view}
          aria-controls={props.view === view ? viewPanelId(view) : undefined}
          tabIndex={props.view === view ? 0 : -1}
          onClick={() => select(view)}
        >
          {label(view)}
        </button>
      ))}
    </div>
  );
}
