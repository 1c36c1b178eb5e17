/** One quarantine item: its reason, its sides side by side, and the form that resolves it. */
import type React from 'react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useServices } from '../../state/services';
import { problemText } from './problem-text';
import { quarantineTitle } from './quarantine-title';
import { ResolveForm } from './ResolveForm';
import { differingSheets, SideColumn } from './SideColumn';

type Detail = Output<'quarantine:detail'>;

/** Loads and renders the item `itemId`; `onResolved` refreshes the list after a decision. */
export function QuarantineDetailPane(props: {
  itemId: string;
  onResolved: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const { itemId, onResolved } = props;
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    api['quarantine:detail']({ itemId }).then((value) => {
      setError(null);
      setDetail(value);
    }, setError);
  }, [api, itemId]);
  useEffect(load, [load]);
  const resolved = useCallback(() => {
    load();
    onResolved();
  }, [load, onResolved]);

  if (detail === null) {
    return (
      <div className="quarantine-detail">
        <ErrorNotice error={error} onRetry={load} />
        {error ? null : <p>{t('common.loading')}</p>}
      </div>
    );
  }
  const { item, sides } = detail;
  const differing = differingSheets(sides);
  return (
    <div className="quarantine-detail" aria-labelledby="quarantine-detail-title">
      <h2 id="quarantine-detail-title">{quarantineTitle(t, item)}</h2>
      <p>{problemText(item.reason, item.params, i18n.language)}</p>
      {item.resolved ? (
        <p className="notice notice-ok">{t(`quarantine.resolvedNote.${item.resolved}`)}</p>
      ) : null}
      <ErrorNotice error={error} />
      <div className={sides.length > 1 ? 'quarantine-sides two' : 'quarantine-sides'}>
        {sides.map((side, index) => (
          <SideColumn
            key={side.choice ?? index}
            side={side}
            index={index}
            kind={item.kind}
            differing={differing}
          />
        ))}
      </div>
      <ResolveForm item={item} sides={sides} onResolved={resolved} />
    </div>
  );
}
