/**
 * Perangkat: this installation's device key. Its fingerprint and QR code for the central office
 * to pin out of band, creating the key when there is none, and unlocking it for this run.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { CreateKeyForm } from './CreateKeyForm';
import { DeviceKeyFacts } from './DeviceKeyFacts';
import { LockPanel } from './LockPanel';
import { useDevice } from './use-device';

/** Renders the Perangkat screen. */
export function DeviceScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const device = useDevice();
  const { status } = device;
  return (
    <section className="screen" aria-labelledby="device-title">
      <h1 id="device-title" tabIndex={-1}>
        {t('device.title')}
      </h1>
      <p className="screen-intro">{t('device.intro')}</p>
      <ErrorNotice error={device.error} onRetry={status ? undefined : device.reload} />
      {!status ? (
        device.error ? null : (
          <p role="status">{t('common.loading')}</p>
        )
      ) : status.hasKey ? (
        <div className="panel" role="region" aria-labelledby="device-key-title">
          <h2 id="device-key-title">{t('device.keyTitle')}</h2>
          <DeviceKeyFacts status={status} />
          <LockPanel
            status={status}
            busy={device.busy}
            onUnlock={device.unlock}
            onLock={device.lock}
          />
        </div>
      ) : (
        <div className="panel" role="region" aria-labelledby="device-create-title">
          <h2 id="device-create-title">{t('device.create.title')}</h2>
          <p className="muted">{t('device.noKey')}</p>
          <CreateKeyForm status={status} busy={device.busy} onCreate={device.createKey} />
        </div>
      )}
    </section>
  );
}
