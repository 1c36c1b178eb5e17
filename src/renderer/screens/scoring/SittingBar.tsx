/** Who is scoring right now, and the button that ends the sitting and locks the screen. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScoring } from '../../state/services';

/** Renders the bar of the open sitting. */
export function SittingBar(): React.JSX.Element | null {
  const { t } = useTranslation();
  const sitting = useScoring((state) => state.sitting);
  const close = useScoring((state) => state.close);
  const [busy, setBusy] = useState(false);
  if (!sitting) return null;
  return (
    <div className="sitting-bar" role="region" aria-label={t('scoring.sitting.region')}>
      <p className="sitting-who">
        {t('scoring.sitting.who', {
          nama: sitting.assessor.nama,
          role: t(`scoring.roles.${sitting.assessor.role}`),
        })}
      </p>
      <button
        type="button"
        className="button button-large"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void close().finally(() => setBusy(false));
        }}
      >
        {t('scoring.sitting.close')}
      </button>
    </div>
  );
}
