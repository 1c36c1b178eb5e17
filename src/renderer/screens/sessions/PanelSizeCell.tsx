/** A panel's size against the component's minimum, flagged "panel kurang" when below it. */
import type React from 'react';
import { useTranslation } from 'react-i18next';

/** Renders `size` of `min` and the flag; no minimum when the plan no longer has the component. */
export function PanelSizeCell(props: { size: number; min: number | null }): React.JSX.Element {
  const { t } = useTranslation();
  const { size, min } = props;
  return (
    <span className="badges">
      <span>
        {min === null
          ? t('sessions.list.panelCountNoMin', { size })
          : t('sessions.list.panelCount', { size, min })}
      </span>
      {min !== null && size < min ? (
        <span className="badge badge-warn">{t('sessions.panelShort')}</span>
      ) : null}
    </span>
  );
}
