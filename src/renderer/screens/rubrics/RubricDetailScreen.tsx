/**
 * One rubric version, named in the address: the editor while it is a draft, the read-only view
 * once published or retired; below either, where it is used and its history.
 */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { RubricVersion } from '../../../shared/rubric/rubric';
import { PATHS } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useRubrics } from '../../state/services';
import { RubricEditor } from './editor/RubricEditor';
import { RubricReadOnly } from './RubricReadOnly';
import { RubricRecord } from './RubricRecord';
import { RubricStatusBadge } from './RubricStatusBadge';

/** Notices a screen that opened this one can ask for. */
type ArrivalNotice = 'created' | 'copied' | 'used' | 'newVersion' | 'duplicated';

/** Renders the rubric named in the address. */
export function RubricDetailScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { rubricId = '' } = useParams();
  const arrival = (useLocation().state as { notice?: ArrivalNotice } | null)?.notice ?? null;
  const openDetail = useRubrics((state) => state.openDetail);
  const detail = useRubrics((state) => state.detail);
  const [published, setPublished] = useState<RubricVersion | null>(null);

  useEffect(() => {
    void openDetail(rubricId);
  }, [openDetail, rubricId]);

  const data = detail.id === rubricId ? detail.data : null;
  const rubric = data?.rubric ?? null;
  const justPublished = published !== null && published.id === rubricId ? published : null;

  return (
    <section className="screen screen-wide" aria-labelledby="rubric-title">
      <p className="breadcrumb">
        <Link to={PATHS.rubrics}>{t('rubric.backToList')}</Link>
      </p>
      <div className="screen-header">
        <h1 id="rubric-title" tabIndex={-1}>
          {rubric ? rubric.content.title || t('rubric.untitled') : t('rubric.detailTitle')}
        </h1>
        {rubric ? (
          <p className="title-badges">
            <RubricStatusBadge status={rubric.status} />{' '}
            {t('rubric.versionLabel', { version: rubric.version })}
          </p>
        ) : null}
      </div>
      <div aria-live="polite">
        {justPublished ? (
          <div className="notice notice-ok" data-testid="published-notice">
            <p className="strong">{t('rubric.publish.done')}</p>
            <p>
              {t('rubric.publish.hash')}{' '}
              <span className="mono break">{justPublished.contentHash}</span>
            </p>
          </div>
        ) : null}
      </div>
      {arrival && !justPublished ? (
        <p role="status" className="notice notice-ok">
          {t(`rubric.arrival.${arrival}`)}
        </p>
      ) : null}
      {detail.id === rubricId && detail.status === 'error' ? (
        <ErrorNotice error={detail.error} onRetry={() => void openDetail(rubricId)} />
      ) : null}
      {!data && detail.status === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {rubric?.status === 'draft' ? (
        <RubricEditor
          key={rubric.id}
          rubric={rubric}
          onPublished={setPublished}
          onDeleted={() => void navigate(PATHS.rubrics, { state: { deleted: true } })}
        />
      ) : null}
      {rubric && rubric.status !== 'draft' ? <RubricReadOnly rubric={rubric} /> : null}
      {data ? <RubricRecord detail={data} /> : null}
    </section>
  );
}
