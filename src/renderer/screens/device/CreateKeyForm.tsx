/**
 * Creating the device key: in web mode under a passphrase typed twice (the rules of
 * shared/domain/device-key.ts); in Electron sealed by the OS with one button, or, where the OS
 * protects nothing, an explanation of what to do instead.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../shared/contract/device-contract';
import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from '../../../shared/domain/device-key';
import { TextField } from '../../components/Field';

/** What can be wrong with the two typed passphrases (translation keys). */
type PassphraseProblem =
  'device.create.tooShort' | 'device.create.tooLong' | 'device.create.mismatch';

/** What is wrong with the two typed passphrases, as a translation key, or null. */
export function passphraseProblem(passphrase: string, repeated: string): PassphraseProblem | null {
  const length = [...passphrase.normalize('NFC')].length;
  if (length < PASSPHRASE_MIN_LENGTH) return 'device.create.tooShort';
  if (length > PASSPHRASE_MAX_LENGTH) return 'device.create.tooLong';
  if (passphrase !== repeated) return 'device.create.mismatch';
  return null;
}

/** Renders the creation of a key, as the transport allows. */
export function CreateKeyForm(props: {
  status: DeviceStatus;
  busy: boolean;
  onCreate: (passphrase: string) => Promise<boolean>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [tried, setTried] = useState(false);
  const { status } = props;

  if (status.protection === 'os') {
    if (!status.osProtectionAvailable) {
      return (
        <div className="notice notice-warn" role="status">
          <p>{t('device.create.osUnavailable')}</p>
        </div>
      );
    }
    return (
      <div>
        <p>{t('device.create.osIntro')}</p>
        <button
          type="button"
          className="button button-primary"
          disabled={props.busy}
          onClick={() => void props.onCreate('')}
        >
          {t('device.create.submit')}
        </button>
      </div>
    );
  }

  const problem = passphraseProblem(passphrase, repeated);
  const params = { min: PASSPHRASE_MIN_LENGTH, max: PASSPHRASE_MAX_LENGTH };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problem) return;
        void props.onCreate(passphrase).then((created) => {
          // The passphrase leaves the form's memory once the key exists.
          if (created) {
            setPassphrase('');
            setRepeated('');
          }
        });
      }}
    >
      <p>{t('device.create.passphraseIntro')}</p>
      <TextField
        type="password"
        id="device-passphrase"
        label={t('device.create.passphrase')}
        hint={t('device.create.hint', params)}
        value={passphrase}
        onChange={setPassphrase}
        error={tried && problem && problem !== 'device.create.mismatch' ? t(problem, params) : null}
      />
      <TextField
        type="password"
        id="device-passphrase-repeat"
        label={t('device.create.repeat')}
        value={repeated}
        onChange={setRepeated}
        error={tried && problem === 'device.create.mismatch' ? t(problem) : null}
      />
      <button type="submit" className="button button-primary" disabled={props.busy}>
        {t('device.create.submit')}
      </button>
    </form>
  );
}
