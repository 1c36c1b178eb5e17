/** "Show more" under a long table: a bad pair of files can hold thousands of rows to list. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';

/** Rows rendered at first and per "show more". */
export const ROWS_PER_STEP = 500;

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
        {t('paper.shownOf', {
          shown: format.number(props.shown),
          total: format.number(props.total),
        })}
      </p>
      <button type="button" className="button" onClick={props.onMore}>
        {t('paper.showMore')}
      </button>
    </div>
  );
}
