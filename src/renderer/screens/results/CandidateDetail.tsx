/**
 * The drill-down of one candidate: each component's counted sheets (assessor, version, total)
 * and, per sheet, the versions it replaced, and beside the candidates with the same final score
 * how the tie-break chain ordered them. The committee's view: it shows totals.
 */
import type React from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { describeComponentProblem } from '../../../shared/i18n/result-labels';
import type { CandidateView } from '../../../shared/results/results-view';
import { isLanguage } from '../../i18n/language';
import { FlagBadges } from './flag-badges';
import { TieBreakComparison } from './TieBreakComparison';

/** Renders the detail panel; focus moves to its heading when it opens. */
export function CandidateDetail(props: {
  candidate: CandidateView;
  /** The formasi's ranked candidates with the same final score, this one included. */
  peers: readonly CandidateView[];
  onClose: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  const { candidate } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [candidate.candidateId]);
  return (
    <aside
      className="results-detail"
      aria-label={t('resultsScreen.detailLabel', { nama: candidate.nama })}
    >
      <h2 ref={heading} tabIndex={-1}>
        {candidate.nama} · {candidate.nomorPeserta}
      </h2>
      <button type="button" onClick={props.onClose}>
        {t('resultsScreen.closeDetail')}
      </button>
      <p>
        {t('resultsScreen.final')}:{' '}
        <strong>{candidate.final ? format.decimal(candidate.final.display) : '—'}</strong>
        {candidate.final && <span className="exact"> ({candidate.final.exact})</span>}
      </p>
      <FlagBadges flags={candidate.flags} />
      {props.peers.length > 1 && (
        <TieBreakComparison
          peers={props.peers}
          labelOf={(key) => candidate.components.find((k) => k.key === key)?.label}
        />
      )}
      {candidate.components.map((k) => (
        <section key={k.key} className="results-component">
          <h3>
            {k.label}: {k.score ? format.decimal(k.score.display) : '—'}
          </h3>
          {k.problem && <p>{describeComponentProblem(k.problem, language)}</p>}
          {k.spread !== null && (
            <p>
              {t('resultsScreen.spread', { spread: format.decimal(k.spread) })}
              {k.disagreement && ` — ${t('resultsScreen.flag.disagreement')}`}
            </p>
          )}
          {k.sheets.length > 0 && (
            <table aria-label={t('resultsScreen.sheetsLabel', { component: k.label })}>
              <thead>
                <tr>
                  <th scope="col">{t('resultsScreen.assessor')}</th>
                  <th scope="col">{t('resultsScreen.version')}</th>
                  <th scope="col" className="numeric">
                    {t('resultsScreen.total')}
                  </th>
                  <th scope="col">{t('resultsScreen.history')}</th>
                </tr>
              </thead>
              <tbody>
                {k.sheets.map((s) => (
                  <tr key={s.sheetId}>
                    <td>{s.assessorNama ?? s.assessorId}</td>
                    <td>{s.version}</td>
                    <td className="numeric">{format.decimal(s.total)}</td>
                    <td>
                      {s.history.length === 0 ? (
                        t('resultsScreen.noHistory')
                      ) : (
                        <ol className="sheet-history">
                          {s.history.map((h) => (
                            <li key={h.sheetId}>
                              {t('resultsScreen.replacedVersion', {
                                version: h.version,
                                total: format.decimal(h.total),
                                at: format.dateTime(h.submittedAt),
                              })}
                            </li>
                          ))}
                        </ol>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </aside>
  );
}
