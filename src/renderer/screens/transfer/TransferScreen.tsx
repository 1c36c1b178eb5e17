/** Ekspor/Impor: the hub of candidate import, trusted keys and the setup package. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../../app/paths';

/** Renders the Ekspor/Impor overview. */
export function TransferScreen(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="transfer-title">
      <h1 id="transfer-title" tabIndex={-1}>
        {t('transfer.title')}
      </h1>
      <div className="panel">
        <h2>{t('transfer.importTitle')}</h2>
        <p>{t('transfer.importBody')}</p>
        <Link className="button button-primary" to={PATHS.candidateImport}>
          {t('candidates.import')}
        </Link>
      </div>
      <div className="panel">
        <h2>{t('transfer.keys.title')}</h2>
        <p>{t('transfer.keys.summary')}</p>
        <Link className="button" to={PATHS.transferKeys}>
          {t('transfer.keys.open')}
        </Link>
      </div>
      <div className="panel">
        <h2>{t('transfer.setup.title')}</h2>
        <p>{t('transfer.setup.summary')}</p>
        <Link className="button" to={PATHS.transferSetup}>
          {t('transfer.setup.open')}
        </Link>
      </div>
      <div className="panel">
        <h2>{t('transfer.bundlesTitle')}</h2>
        <p>{t('transfer.bundlesBody')}</p>
        <div className="actions">
          <Link className="button button-primary" to={PATHS.transferImport}>
            {t('transfer.bundleImport.title')}
          </Link>
          <Link className="button" to={PATHS.transferExport}>
            {t('transfer.bundleExport.title')}
          </Link>
        </div>
      </div>
    </section>
  );
}
