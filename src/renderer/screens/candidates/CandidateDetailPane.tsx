/** Everything about one candidate, and the journal entries that wrote it. */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Candidate } from '../../../shared/domain/candidate';
import { PATHS } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { HistoryTable } from '../../components/HistoryTable';
import { useFormat } from '../../format/use-format';
import { useCandidates } from '../../state/services';

/** Loads and renders the detail of `candidateId`. */
export function CandidateDetailPane(props: { candidateId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const { candidateId } = props;
  const openDetail = useCandidates((state) => state.openDetail);
  const detail = useCandidates((state) => state.detail);

  useEffect(() => {
    void openDetail(candidateId);
  }, [candidateId, openDetail]);

  const data = detail.id === candidateId ? detail.data : null;
  return (
    <aside className="detail-pane" aria-labelledby="candidate-detail-title">
      <div className="panel-header">
        <h2 id="candidate-detail-title">
          {data ? data.candidate.nama : t('candidate.detailTitle')}
        </h2>
        <Link to={PATHS.candidates} className="button button-small">
          {t('common.close')}
        </Link>
      </div>
      {detail.id === candidateId && detail.status === 'error' ? (
        <ErrorNotice error={detail.error} onRetry={() => void openDetail(candidateId)} />
      ) : null}
      {data ? (
        <>
          <CandidateFacts candidate={data.candidate} />
          <HistoryTable
            title={t('candidate.historyTitle')}
            emptyText={t('candidate.noHistory')}
            history={data.history}
          />
        </>
      ) : detail.status === 'loading' ? (
        <p role="status">{t('common.loading')}</p>
      ) : null}
    </aside>
  );
}

function CandidateFacts({ candidate }: { candidate: Candidate }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const dash = t('common.none');
  return (
    <>
      <dl className="facts" data-testid="candidate-facts">
        <dt>{t('candidate.fields.nomorPeserta')}</dt>
        <dd className="mono">{candidate.nomorPeserta}</dd>
        <dt>{t('candidate.fields.nama')}</dt>
        <dd>{candidate.nama}</dd>
        <dt>{t('candidate.fields.nik')}</dt>
        <dd className="mono">{candidate.nik}</dd>
        <dt>{t('candidate.fields.tanggalLahir')}</dt>
        <dd>{format.date(candidate.tanggalLahir)}</dd>
        <dt>{t('candidate.fields.jenisKelamin')}</dt>
        <dd>{t(`candidate.gender.${candidate.jenisKelamin}`)}</dd>
        <dt>{t('candidate.fields.pendidikan')}</dt>
        <dd>{candidate.pendidikan}</dd>
        <dt>{t('candidate.fields.ipk')}</dt>
        <dd>{candidate.ipk === null ? dash : format.number(candidate.ipk)}</dd>
        <dt>{t('candidate.fields.nilaiIjazah')}</dt>
        <dd>{candidate.nilaiIjazah === null ? dash : format.number(candidate.nilaiIjazah)}</dd>
        <dt>{t('candidate.fields.formasi')}</dt>
        <dd>
          {t('candidates.formasiOption', {
            code: candidate.formasiCode,
            jabatan: candidate.jabatan,
          })}
        </dd>
      </dl>
      <h3>{t('candidate.skdTitle')}</h3>
      {candidate.skd ? (
        <dl className="facts facts-inline">
          <dt>{t('candidate.fields.twk')}</dt>
          <dd>{format.number(candidate.skd.twk)}</dd>
          <dt>{t('candidate.fields.tiu')}</dt>
          <dd>{format.number(candidate.skd.tiu)}</dd>
          <dt>{t('candidate.fields.tkp')}</dt>
          <dd>{format.number(candidate.skd.tkp)}</dd>
          <dt>{t('candidate.fields.skdTotal')}</dt>
          <dd className="strong">
            {candidate.skdTotal === null ? dash : format.number(candidate.skdTotal)}
          </dd>
        </dl>
      ) : (
        <p className="muted">{t('candidate.noSkd')}</p>
      )}
    </>
  );
}
