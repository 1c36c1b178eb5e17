/**
 * Pinning a key: the public key pasted as base64, a label and a role. The fingerprint is computed
 * in the main process, so it is shown after pinning, with the instruction to compare it by phone.
 */
import type React from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRUST_ROLES, type TrustRole } from '../../../shared/domain/trust';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/Field';
import type { Input, Output } from '../../../shared/contract/contract';

/** Renders the form; `pin` records the key and returns its entry. */
export function PinKeyForm(props: {
  pin: (input: Input<'trust:pin'>) => Promise<Output<'trust:pin'>>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [publicKey, setPublicKey] = useState('');
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<TrustRole>('central');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [pinned, setPinned] = useState<Output<'trust:pin'> | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setPinned(null);
    props
      .pin({ publicKey, label, role })
      .then((entry) => {
        setPinned(entry);
        setPublicKey('');
        setLabel('');
      }, setError)
      .finally(() => setBusy(false));
  };

  return (
    <form className="panel" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('transfer.keys.pinTitle')}</h2>
      <p>{t('transfer.keys.pinIntro')}</p>
      <TextField
        id={`${id}-key`}
        label={t('transfer.keys.publicKey')}
        hint={t('transfer.keys.publicKeyHint')}
        value={publicKey}
        onChange={setPublicKey}
        maxLength={200}
      />
      <TextField
        id={`${id}-label`}
        label={t('transfer.keys.label')}
        hint={t('transfer.keys.labelHint')}
        value={label}
        onChange={setLabel}
        maxLength={200}
      />
      <SelectField
        id={`${id}-role`}
        label={t('transfer.keys.role')}
        value={role}
        onChange={(value) => setRole(value as TrustRole)}
        options={TRUST_ROLES.map((value) => ({
          value,
          label: t(`transfer.keys.roles.${value}`),
        }))}
      />
      <ErrorNotice error={error} />
      {pinned ? (
        <div className="notice" role="status">
          <p>{t('transfer.keys.pinned', { label: pinned.label })}</p>
          <p className="mono">{pinned.fingerprint}</p>
          <p>{t('transfer.keys.compareByPhone')}</p>
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('transfer.keys.pinning') : t('transfer.keys.pin')}
        </button>
      </div>
    </form>
  );
}
