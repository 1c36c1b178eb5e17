/**
 * Isi paket persiapan: what a setup package from this installation would carry, per selection
 * (docs/setup-package.md). Exporting it from the app comes once the device key unlocks here.
 */
import type React from 'react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatNumber } from '../../format/format';
import { useServices } from '../../state/services';

type Contents = Output<'setup:contents'>;

/** Renders the setup package contents panel. */
export function SetupContentsScreen(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const [contents, setContents] = useState<Contents | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    // Both outcomes set state in the callback, never synchronously in the effect.
    api['setup:contents']({}).then((value) => {
      setError(null);
      setContents(value);
    }, setError);
  }, [api]);
  useEffect(load, [load]);
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <section className="screen" aria-labelledby="setup-title">
      <h1 id="setup-title" tabIndex={-1}>
        {t('transfer.setup.title')}
      </h1>
      <p>{t('transfer.setup.intro')}</p>
      <ErrorNotice error={error} onRetry={load} />
      {contents === null ? (
        error ? null : (
          <p>{t('common.loading')}</p>
        )
      ) : (
        <>
          {contents.selections.length === 0 ? <p>{t('transfer.setup.empty')}</p> : null}
          {contents.selections.map((s) => (
            <div className="panel" key={s.id}>
              <h2>{t('transfer.setup.selection', { name: s.name, type: s.type, year: s.year })}</h2>
              <dl className="facts">
                <dt>{t('transfer.setup.formasi')}</dt>
                <dd>
                  {t('transfer.setup.formasiDetail', {
                    total: n(s.formasi),
                    locked: n(s.formasiLocked),
                    unlocked: n(s.formasiUnlocked),
                  })}
                </dd>
                <dt>{t('transfer.setup.candidates')}</dt>
                <dd>{n(s.candidates)}</dd>
                <dt>{t('transfer.setup.rubrics')}</dt>
                <dd>
                  {s.rubrics.length === 0
                    ? t('common.none')
                    : s.rubrics
                        .map((r) =>
                          t('transfer.setup.rubric', { title: r.title, version: r.version }),
                        )
                        .join(', ')}
                </dd>
                <dt>{t('transfer.setup.external')}</dt>
                <dd>
                  {t('transfer.setup.externalDetail', {
                    scores: n(s.externalScores),
                    imports: n(s.externalImports),
                  })}
                </dd>
              </dl>
            </div>
          ))}
          <div className="panel">
            <h2>{t('transfer.setup.chainsTitle')}</h2>
            <p>
              {t('transfer.setup.chains', {
                entries: n(contents.entries),
                chains: n(contents.chains),
                rubrics: n(contents.publishedRubrics),
              })}
            </p>
            <p>{t('transfer.setup.scopeNote')}</p>
          </div>
        </>
      )}
    </section>
  );
}
