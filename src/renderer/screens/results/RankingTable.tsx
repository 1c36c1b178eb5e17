/**
 * One formasi's ranking: rank, nomor, nama, component scores, final, status and flags. Candidates
 * still tied after the whole chain share a row group, so a tie reads as one block.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { CandidateView, FormasiResultView } from '../../../shared/results/results-view';
import { tieBreakName } from '../../components/tie-break-name';
import { MoreRows } from '../../components/MoreRows';
import { FlagBadges } from './flag-badges';

/** Rank groups rendered at first and per "show more": a formasi can have thousands. */
const GROUPS_PER_STEP = 100;

/** Consecutive candidates grouped: each tied rank is one group, every other candidate alone. */
function groups(candidates: readonly CandidateView[]): CandidateView[][] {
  const out: CandidateView[][] = [];
  for (const c of candidates) {
    const last = out[out.length - 1];
    if (c.tied && last && last[0]!.tied && last[0]!.rank === c.rank) last.push(c);
    else out.push([c]);
  }
  return out;
}

/** Renders the ranking; `onOpen` opens a candidate's detail (click or Enter on their name). */
export function RankingTable(props: {
  formasi: FormasiResultView;
  selectedId: string | null;
  onOpen: (candidateId: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { formasi } = props;
  const [shown, setShown] = useState(GROUPS_PER_STEP);
  const all = groups(formasi.candidates);
  const rows = all.slice(0, shown).reduce((n, g) => n + g.length, 0);
  const components = formasi.candidates[0]?.components ?? [];
  const labelOf = (key: string) => components.find((k) => k.key === key)?.label;
  return (
    <>
      <table
        className="results-table"
        aria-label={t('resultsScreen.rankingLabel', { code: formasi.code })}
      >
        <thead>
          <tr>
            <th scope="col">{t('resultsScreen.rank')}</th>
            <th scope="col">{t('resultsScreen.nomor')}</th>
            <th scope="col">{t('resultsScreen.nama')}</th>
            {components.map((k) => (
              <th scope="col" key={k.key} className="numeric">
                {k.label}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('resultsScreen.final')}
            </th>
            <th scope="col">{t('resultsScreen.status')}</th>
            <th scope="col">{t('resultsScreen.flags')}</th>
          </tr>
        </thead>
        {all.slice(0, shown).map((group) => {
          const tied = group.length > 1;
          return (
            <tbody
              key={group[0]!.candidateId}
              className={tied ? 'tie-group' : undefined}
              aria-label={tied ? t('resultsScreen.tieGroup', { rank: group[0]!.rank }) : undefined}
            >
              {group.map((c) => (
                <tr key={c.candidateId} aria-selected={c.candidateId === props.selectedId}>
                  <td className="numeric">
                    {c.rank === null ? '—' : tied ? `=${c.rank}` : c.rank}
                  </td>
                  <td>{c.nomorPeserta}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={c.candidateId === props.selectedId}
                      onClick={() => props.onOpen(c.candidateId)}
                    >
                      {c.nama}
                    </button>
                  </td>
                  {c.components.map((k) => (
                    <td key={k.key} className="numeric">
                      {k.score ? format.decimal(k.score.display) : '—'}
                    </td>
                  ))}
                  <td className="numeric">
                    <strong>{c.final ? format.decimal(c.final.display) : '—'}</strong>
                  </td>
                  <td>{c.statusLabel ?? t(`resultsScreen.status_${c.status}`)}</td>
                  <td>
                    <FlagBadges flags={c.flags} />
                    {c.decidedBy !== null && (
                      <span className="decided-by">
                        {t('resultsScreen.decidedBy', {
                          link: tieBreakName(t, c.decidedBy, labelOf),
                        })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
      <MoreRows
        shown={rows}
        total={formasi.candidates.length}
        onMore={() => setShown((count) => count + GROUPS_PER_STEP)}
      />
    </>
  );
}
