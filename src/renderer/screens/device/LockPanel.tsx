/**
 * Unlocking the device key once for this run (with its passphrase, or by the OS for an OS-sealed
 * key) and locking it again. The key stays in the main process; this screen only asks.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../shared/contract/device-contract';
import { TextField } from '../../components/Field';

/** Renders the lock state and the unlock or lock action. */
export function LockPanel(props: {
  status: DeviceStatus;
  busy: boolean;
  onUnlock: (passphrase: string) => Promise<boolean>;
  onLock: () => Promise<boolean>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const { status } = props;

  if (status.unlocked) {
    return (
      <div className="notice notice-ok" role="status">
        <p>{t('device.unlocked')}</p>
        <button
          type="button"
          className="button"
          disabled={props.busy}
          onClick={() => void props.onLock()}
        >
          {t('device.lock')}
        </button>
      </div>
    );
  }
  const withPassphrase = status.protection === 'passphrase';
  return (
    <form
      className="notice notice-lock"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void props.onUnlock(passphrase).then((unlocked) => {
          if (unlocked) setPassphrase('');
        });
      }}
    >
      <p role="status">{t('device.locked')}</p>
      {withPassphrase ? (
        <TextField
          type="password"
          id="device-unlock-passphrase"
          label={t('device.create.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
        />
      ) : null}
      <button type="submit" className="button button-primary" disabled={props.busy}>
        {t('device.unlock')}
      </button>
    </form>
  );
}
