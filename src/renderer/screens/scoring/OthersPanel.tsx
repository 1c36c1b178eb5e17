/**
 * The other assessors' scores for this candidate: sealed until the caller has submitted their
 * own sheet (the main process returns nothing before that), then each current sheet. The chair
 * may amend a sheet they unlocked.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringSheet } from '../../../shared/contract/scoring-contract';
import { useFormat } from '../../format/use-format';
import { useScoring } from '../../state/services';

/** Renders the sealed notice, or the others' sheets. */
export function OthersPanel(props: { sheet: ScoringSheet }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const role = useScoring((state) => state.sitting?.assessor.role);
  const startAmendment = useScoring((state) => state.startAmendment);
  const { others, rubric } = props.sheet;
  return (
    <section className="others-panel" aria-labelledby="others-title">
      <h3 id="others-title">{t('scoring.others.title')}</h3>
      {others === null ? (
        <p className="notice notice-lock" data-testid="others-sealed">
          {t('scoring.others.sealed')}
        </p>
      ) : others.length === 0 ? (
        <p className="empty-inline">{t('scoring.others.none')}</p>
      ) : (
        <table className="others-table">
          <thead>
            <tr>
              <th scope="col">{t('scoring.others.assessor')}</th>
              {rubric.content.aspects.map((aspect) => (
                <th scope="col" key={aspect.code} className="mono">
                  {aspect.code}
                </th>
              ))}
              <th scope="col">{t('scoring.others.total')}</th>
              <th scope="col">{t('scoring.others.version')}</th>
              {role === 'ketua' ? <th scope="col">{t('common.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {others.map((other) => (
              <tr key={other.content.id}>
                <th scope="row">{other.assessorNama}</th>
                {rubric.content.aspects.map((aspect) => (
                  <td key={aspect.code}>
                    {other.content.scores.find((s) => s.aspect === aspect.code)?.level ??
                      t('common.none')}
                  </td>
                ))}
                <td>{format.fixed(other.total, 2)}</td>
                <td>
                  {t('scoring.submitted.versionValue', { version: other.content.version })}
                  {other.signatureValid ? null : ` ${t('scoring.submitted.signatureBad')}`}
                </td>
                {role === 'ketua' ? (
                  <td>
                    {other.unlocked ? (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => startAmendment(other)}
                      >
                        {t('scoring.amend.actionFor', { nama: other.assessorNama })}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
