/** An aspect's indicators as a checklist-looking list: what the assessor looks for, one by one. */
import type React from 'react';
import { useTranslation } from 'react-i18next';

/** Renders the indicators (nothing when there are none). */
export function IndicatorList(props: { indicators: readonly string[] }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (props.indicators.length === 0) return null;
  return (
    <ul className="indicator-list" aria-label={t('sheet.indicators')}>
      {props.indicators.map((indicator, i) => (
        <li key={i}>{indicator}</li>
      ))}
    </ul>
  );
}
