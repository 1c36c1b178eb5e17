/**
 * Karantina (docs/merge.md): what a merge could not take in honestly, grouped by kind with the
 * translated reason; the selected item opens its sides side by side and the resolve form.
 */
import type React from 'react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router';
import { QUARANTINE_KINDS } from '../../../shared/domain/merge';
import { quarantinePath } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatNumber } from '../../format/format';
import { useServices } from '../../state/services';
import { problemText } from './problem-text';
import { QuarantineDetailPane } from './QuarantineDetailPane';
import { quarantineTitle, type QuarantineItem } from './quarantine-title';
import './quarantine.css';

/** Renders the quarantine list and, for `:itemId`, the item's detail. */
export function QuarantineScreen(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const { itemId } = useParams();
  const [items, setItems] = useState<QuarantineItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    api['quarantine:list']({}).then((value) => {
      setError(null);
      setItems(value);
    }, setError);
  }, [api]);
  useEffect(load, [load]);

  return (
    <section className="screen" aria-labelledby="quarantine-title">
      <h1 id="quarantine-title" tabIndex={-1}>
        {t('quarantine.title')}
      </h1>
      <p>{t('quarantine.intro')}</p>
      <ErrorNotice error={error} onRetry={load} />
      {items === null ? (
        error ? null : (
          <p>{t('common.loading')}</p>
        )
      ) : items.length === 0 ? (
        <>
          <p>{t('quarantine.empty')}</p>
          {/* An item opened by its address that is gone says so, rather than nothing. */}
          {itemId ? <QuarantineDetailPane key={itemId} itemId={itemId} onResolved={load} /> : null}
        </>
      ) : (
        <div className="quarantine-layout">
          <nav aria-label={t('quarantine.listLabel')} className="quarantine-list">
            {QUARANTINE_KINDS.map((kind) => {
              const group = items.filter((item) => item.kind === kind);
              if (group.length === 0) return null;
              return (
                <div key={kind}>
                  <h2>{t(`quarantine.kinds.${kind}`)}</h2>
                  <ul>
                    {group.map((item) => (
                      <li key={item.id}>
                        <NavLink to={quarantinePath(item.id)} className="quarantine-link">
                          <strong>{quarantineTitle(t, item)}</strong>
                          <span>{problemText(item.reason, item.params, i18n.language)}</span>
                          <span className="muted">
                            {t('quarantine.entries', {
                              count: item.entries,
                              n: formatNumber(item.entries, i18n.language),
                            })}
                          </span>
                          {item.resolved ? (
                            <span className="badge badge-published">
                              {t(`quarantine.resolved.${item.resolved}`)}
                            </span>
                          ) : (
                            <span className="badge badge-warn">{t('quarantine.open')}</span>
                          )}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </nav>
          {itemId ? (
            <QuarantineDetailPane key={itemId} itemId={itemId} onResolved={load} />
          ) : (
            <p className="muted">{t('quarantine.choose')}</p>
          )}
        </div>
      )}
    </section>
  );
}
