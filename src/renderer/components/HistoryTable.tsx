/** The journal entries that wrote something: when, what, and the entry's hash. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { EntrySummary } from '../../shared/journal/entry';
import { useFormat } from '../format/use-format';
import { JournalKind } from './JournalKind';
import { shortHash } from './journal-kind';

/** Renders `history` under the heading `title`, or `emptyText` when there is none. */
export function HistoryTable(props: {
  title: string;
  emptyText: string;
  history: readonly EntrySummary[];
}): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <h3>{props.title}</h3>
      {props.history.length === 0 ? (
        <p className="muted">{props.emptyText}</p>
      ) : (
        <table className="table table-compact">
          <caption className="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('journal.columns.time')}</th>
              <th scope="col">{t('journal.columns.kind')}</th>
              <th scope="col">{t('journal.columns.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {props.history.map((entry) => (
              <tr key={entry.hash}>
                <td>{format.dateTime(entry.ts)}</td>
                <td>
                  <JournalKind kind={entry.kind} />
                </td>
                <td className="mono" title={entry.hash}>
                  {shortHash(entry.hash)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
