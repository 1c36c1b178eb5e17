/**
 * The candidates sharing one final score, side by side along the formasi's tie-break chain: what
 * each link read of each of them, the deciding link marked, or a note when the whole chain left
 * them tied (they then share a rank).
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { CandidateView } from '../../../shared/results/results-view';
import { tieBreakName } from '../../components/tie-break-name';

/** Renders the comparison of `peers` (two or more candidates with the same final score). */
export function TieBreakComparison(props: {
  peers: readonly CandidateView[];
  /** The label of a component, for `component:<key>` links. */
  labelOf: (componentKey: string) => string | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { peers } = props;
  const [first] = peers;
  const decidedBy = peers.find((p) => p.decidedBy !== null)?.decidedBy ?? null;
  const tiedAll = peers.every((p) => p.tied);
  // Dates of birth as dates, decimals (IPK, scores) in the language's style.
  const shown = (value: string | null, link: string) =>
    value === null ? '—' : link === 'oldest' ? format.date(value) : format.decimal(value);
  return (
    <section className="results-tie-break" aria-labelledby="tie-break-heading">
      <h3 id="tie-break-heading">{t('resultsScreen.tieBreak.title')}</h3>
      <p>
        {tiedAll
          ? t('resultsScreen.tieBreak.tiedAll', { rank: first?.rank ?? '—' })
          : t('resultsScreen.tieBreak.explain', {
              final: first?.final ? format.decimal(first.final.display) : '—',
            })}
      </p>
      <table aria-label={t('resultsScreen.tieBreak.title')}>
        <thead>
          <tr>
            <th scope="col">{t('resultsScreen.tieBreak.criterion')}</th>
            {peers.map((p) => (
              <th scope="col" key={p.candidateId} className="numeric">
                {p.nama}
                <br />
                <span className="exact">
                  {t('resultsScreen.rank')} {p.rank ?? '—'}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(first?.tieBreaks ?? []).map((link, index) => {
            const decisive = link.link === decidedBy;
            return (
              <tr key={link.link} className={decisive ? 'decisive' : undefined}>
                <th scope="row">
                  {index + 1}. {tieBreakName(t, link.link, props.labelOf)}
                  {decisive && <strong> — {t('resultsScreen.tieBreak.decisive')}</strong>}
                </th>
                {peers.map((p) => (
                  <td key={p.candidateId} className="numeric">
                    {shown(p.tieBreaks[index]?.value ?? null, link.link)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
