/** Version, device, data folder, schema and transport, for whoever supports this laptop. */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSystem } from '../../state/services';

/** Renders the app info from `app:info`. */
export function AppInfoPanel(): React.JSX.Element {
  const { t } = useTranslation();
  const info = useSystem((state) => state.info);
  const error = useSystem((state) => state.infoError);
  const loadInfo = useSystem((state) => state.loadInfo);

  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);

  return (
    <div className="panel" role="region" aria-labelledby="app-info-title">
      <h2 id="app-info-title">{t('settings.info.title')}</h2>
      <ErrorNotice error={error} onRetry={() => void loadInfo()} />
      {info ? (
        <dl className="facts" data-testid="app-info">
          <dt>{t('settings.info.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('settings.info.deviceId')}</dt>
          <dd className="mono">{info.deviceId}</dd>
          <dt>{t('settings.info.dataDir')}</dt>
          <dd className="mono break">{info.dataDir}</dd>
          <dt>{t('settings.info.schemaVersion')}</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>{t('settings.info.transport')}</dt>
          <dd>{t(`settings.info.transports.${info.transport}`)}</dd>
        </dl>
      ) : error ? null : (
        <p role="status">{t('common.loading')}</p>
      )}
    </div>
  );
}
