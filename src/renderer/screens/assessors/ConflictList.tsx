/** The conflicts of interest declared in the selection, newest first. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../../../shared/contract/assessor-contract';
import { useFormat } from '../../format/use-format';

/** Renders the list, or says that none was declared. */
export function ConflictList(props: { conflicts: ConflictView[] }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('assessors.conflicts.title')}</h2>
      <p className="muted">{t('assessors.conflicts.intro')}</p>
      {props.conflicts.length === 0 ? (
        <p className="empty-inline">{t('assessors.conflicts.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact" aria-label={t('assessors.conflicts.title')}>
            <thead>
              <tr>
                <th scope="col">{t('assessors.conflicts.assessor')}</th>
                <th scope="col">{t('assessors.conflicts.candidate')}</th>
                <th scope="col">{t('assessors.conflict.kind')}</th>
                <th scope="col">{t('assessors.conflict.note')}</th>
                <th scope="col">{t('assessors.conflicts.declaredAt')}</th>
              </tr>
            </thead>
            <tbody>
              {props.conflicts.map((conflict) => (
                <tr key={conflict.id}>
                  <td>{conflict.assessorNama}</td>
                  <td>
                    <span className="mono">{conflict.nomorPeserta}</span> {conflict.candidateNama}
                  </td>
                  <td>{t(`assessors.conflictKinds.${conflict.kind}`)}</td>
                  <td className="break">{conflict.note || t('common.none')}</td>
                  <td>{format.dateTime(conflict.declaredAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
