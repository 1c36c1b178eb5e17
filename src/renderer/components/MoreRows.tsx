/** "Show more" under a long table, so thousands of rows never have to render at once. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';

/** Renders how many rows are shown and the button for more; nothing when all are shown. */
export function MoreRows(props: {
  shown: number;
  total: number;
  onMore: () => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  if (props.shown >= props.total) return null;
  return (
    <div className="button-row">
      <p className="muted">
        {t('common.shownOf', {
          shown: format.number(props.shown),
          total: format.number(props.total),
        })}
      </p>
      <button type="button" className="button" onClick={props.onMore}>
        {t('common.showMore')}
      </button>
    </div>
  );
}
