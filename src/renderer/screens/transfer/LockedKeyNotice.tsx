/** Says the device key is locked, and where to unlock it: every signature here needs it. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../../app/paths';

/** Renders the notice with a link to Perangkat. */
export function LockedKeyNotice(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warn" role="status">
      <p>{t('transfer.bundles.locked')}</p>
      <Link className="button" to={PATHS.device}>
        {t('transfer.bundles.openDevice')}
      </Link>
    </div>
  );
}
