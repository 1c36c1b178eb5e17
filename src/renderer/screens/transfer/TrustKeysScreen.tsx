/** Kunci tepercaya: the trust registry (docs/trust-registry.md) — list, pin, revoke with a reason. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextAreaField } from '../../components/Field';
import { PinKeyForm } from './PinKeyForm';
import { TrustTable } from './TrustTable';
import { useTrustRegistry, type TrustRow } from './use-trust-registry';

/** Renders the trusted keys screen. */
export function TrustKeysScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const registry = useTrustRegistry();
  const [revoking, setRevoking] = useState<TrustRow | null>(null);
  const [reason, setReason] = useState('');
  const [revokeError, setRevokeError] = useState<unknown>(null);

  const close = () => {
    setRevoking(null);
    setReason('');
  };
  const confirmRevoke = () => {
    if (!revoking) return;
    setRevokeError(null);
    registry.revoke({ fingerprint: revoking.fingerprint, reason }).then(close, (error) => {
      close();
      setRevokeError(error);
    });
  };

  return (
    <section className="screen" aria-labelledby="trust-title">
      <h1 id="trust-title" tabIndex={-1}>
        {t('transfer.keys.title')}
      </h1>
      <p>{t('transfer.keys.intro')}</p>
      <ErrorNotice error={registry.error} onRetry={registry.load} />
      <ErrorNotice error={revokeError} />
      {registry.rows === null ? (
        registry.error ? null : (
          <p>{t('common.loading')}</p>
        )
      ) : (
        <TrustTable rows={registry.rows} onRevoke={setRevoking} />
      )}
      <PinKeyForm pin={registry.pin} />
      {revoking ? (
        <ConfirmDialog
          title={t('transfer.keys.revokeTitle')}
          message={t('transfer.keys.revokeMessage', {
            label: revoking.label,
            fingerprint: revoking.fingerprint,
          })}
          confirmLabel={t('transfer.keys.revokeConfirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={confirmRevoke}
          onCancel={close}
          danger
          confirmDisabled={reason.trim() === ''}
        >
          <TextAreaField
            id="trust-revoke-reason"
            label={t('transfer.keys.revokeReason')}
            value={reason}
            onChange={setReason}
            maxLength={1000}
            required
          />
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
