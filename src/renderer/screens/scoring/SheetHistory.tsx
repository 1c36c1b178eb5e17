/** Every submitted version of the caller's sheet, oldest first: time, reason, signer, score. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetView } from '../../../shared/domain/sheet';
import { useFormat } from '../../format/use-format';
import { useScoring } from '../../state/services';

/** Renders the version history (nothing before the first submit). */
export function SheetHistory(props: { versions: SheetView[] }): React.JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  const assessors = useScoring((state) => state.assessors);
  if (props.versions.length === 0) return null;
  const nameOf = (id: string) => assessors.find((a) => a.id === id)?.nama ?? id;
  const versions = [...props.versions].sort((a, b) => a.content.version - b.content.version);
  return (
    <table className="sheet-history">
      <caption>{t('scoring.history.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scoring.history.version')}</th>
          <th scope="col">{t('scoring.history.at')}</th>
          <th scope="col">{t('scoring.history.reason')}</th>
          <th scope="col">{t('scoring.history.signer')}</th>
          <th scope="col">{t('scoring.history.total')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((view) => (
          <tr key={view.content.id} aria-current={view.current ? 'true' : undefined}>
            <td>
              {t('scoring.submitted.versionValue', { version: view.content.version })}
              {view.current ? ` ${t('scoring.history.current')}` : null}
            </td>
            <td>{format.dateTime(view.content.submittedAt)}</td>
            <td>{view.content.reason ?? t('common.none')}</td>
            <td>
              {nameOf(view.content.signedBy)}{' '}
              {view.signatureValid
                ? t('scoring.history.signatureOk')
                : t('scoring.submitted.signatureBad')}
            </td>
            <td>{format.fixed(view.total, 2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
