/**
 * The assessors of the selection: who they are, their key's fingerprint, whether they accepted
 * the integrity statement and whether wrong PINs have locked them out; and what may be done for
 * each. An observer is offered no declaration: they assess no one (the main process refuses too).
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessor } from '../../../shared/domain/assessor';
import { useFormat } from '../../format/use-format';
import { Fingerprint } from './Fingerprint';
import { useNow } from './use-now';

/** What can be started from a row. */
export type AssessorAction = 'integrity' | 'conflict' | 'reset';

/** Props of {@link AssessorTable}. */
export interface AssessorTableProps {
  assessors: Assessor[];
  /** Whether the selection has a chair who could reset a PIN. */
  hasChair: boolean;
  onAction: (action: AssessorAction, assessor: Assessor) => void;
}

/** Renders the table. */
export function AssessorTable(props: AssessorTableProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();

  return (
    <div className="table-wrap">
      <table className="table" aria-label={t('assessors.list.label')}>
        <thead>
          <tr>
            <th scope="col">{t('assessors.fields.nama')}</th>
            <th scope="col">{t('assessors.fields.nip')}</th>
            <th scope="col">{t('assessors.fields.role')}</th>
            <th scope="col">{t('assessors.list.fingerprint')}</th>
            <th scope="col">{t('assessors.list.integrity')}</th>
            <th scope="col">{t('assessors.list.pinState')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.assessors.map((assessor) => {
            const locked =
              assessor.lockedUntil !== null && Date.parse(assessor.lockedUntil) > now
                ? assessor.lockedUntil
                : null;
            return (
              <tr key={assessor.id}>
                <th scope="row">{assessor.nama}</th>
                <td className="mono">{assessor.nip ?? t('common.none')}</td>
                <td>{t(`assessors.roles.${assessor.role}`)}</td>
                <td>
                  <Fingerprint value={assessor.fingerprint} />
                  {assessor.keyVersion > 1 ? (
                    <span className="muted">
                      {' '}
                      {t('assessors.list.keyVersion', { version: assessor.keyVersion })}
                    </span>
                  ) : null}
                </td>
                <td>
                  {assessor.integrityAcceptedAt ? (
                    <span className="badge">
                      {t('assessors.list.accepted', {
                        at: format.dateTime(assessor.integrityAcceptedAt),
                      })}
                    </span>
                  ) : (
                    <span className="badge badge-warn">{t('assessors.list.notAccepted')}</span>
                  )}
                </td>
                <td>
                  {locked ? (
                    <span className="badge badge-error">
                      {t('assessors.list.lockedUntil', { until: format.dateTime(locked) })}
                    </span>
                  ) : (
                    <span className="muted">{t('assessors.list.pinOk')}</span>
                  )}
                </td>
                <td>
                  <div className="actions">
                    {assessor.integrityAcceptedAt ? null : (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('assessors.actions.integrityFor', { nama: assessor.nama })}
                        onClick={() => props.onAction('integrity', assessor)}
                      >
                        {t('assessors.actions.integrity')}
                      </button>
                    )}
                    {assessor.role === 'pengamat' ? null : (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('assessors.actions.conflictFor', { nama: assessor.nama })}
                        onClick={() => props.onAction('conflict', assessor)}
                      >
                        {t('assessors.actions.conflict')}
                      </button>
                    )}
                    {props.hasChair ? (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('assessors.actions.resetFor', { nama: assessor.nama })}
                        onClick={() => props.onAction('reset', assessor)}
                      >
                        {t('assessors.actions.reset')}
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
