/** The pinned keys: fingerprint, label, role, validity and status; revoked keys stay listed. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/format';
import type { TrustRow } from './use-trust-registry';

/** Renders the table; `onRevoke` opens the revocation of a still trusted key. */
export function TrustTable(props: {
  rows: readonly TrustRow[];
  onRevoke: (row: TrustRow) => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  if (props.rows.length === 0) return <p>{t('transfer.keys.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('transfer.keys.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transfer.keys.columns.fingerprint')}</th>
            <th scope="col">{t('transfer.keys.columns.label')}</th>
            <th scope="col">{t('transfer.keys.columns.role')}</th>
            <th scope="col">{t('transfer.keys.columns.validFrom')}</th>
            <th scope="col">{t('transfer.keys.columns.revokedAt')}</th>
            <th scope="col">{t('transfer.keys.columns.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.fingerprint}>
              <td>
                <span className="mono">{row.fingerprint}</span>
              </td>
              <th scope="row">{row.label}</th>
              <td>{t(`transfer.keys.roles.${row.role}`)}</td>
              <td>{formatDateTime(row.validFrom, i18n.language)}</td>
              <td>
                {row.revokedAt === null
                  ? t('common.none')
                  : t('transfer.keys.revokedDetail', {
                      at: formatDateTime(row.revokedAt, i18n.language),
                      reason: row.revokeReason ?? '',
                    })}
              </td>
              <td>
                {row.revokedAt === null ? (
                  <span className="badge badge-published">{t('transfer.keys.status.trusted')}</span>
                ) : (
                  <span className="badge badge-error">{t('transfer.keys.status.revoked')}</span>
                )}
              </td>
              <td>
                {row.revokedAt === null ? (
                  <button type="button" className="button" onClick={() => props.onRevoke(row)}>
                    {t('transfer.keys.revoke')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
