/** The table of selections, with a button to make each the active one. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Selection } from '../../../shared/domain/selection';
import { selectionPath } from '../../app/paths';
import { useFormat } from '../../format/use-format';
import { useSelections } from '../../state/services';

/** Renders `selections` as a table. */
export function SelectionTable(props: { selections: Selection[] }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const activeId = useSelections((state) => state.activeId);
  const setActive = useSelections((state) => state.setActive);

  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('selections.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('selection.fields.name')}</th>
            <th scope="col">{t('selection.fields.year')}</th>
            <th scope="col">{t('selection.fields.type')}</th>
            <th scope="col">{t('selection.fields.instansi')}</th>
            <th scope="col">{t('selection.fields.location')}</th>
            <th scope="col" className="numeric">
              {t('selections.formasiCount')}
            </th>
            <th scope="col" className="numeric">
              {t('selections.candidateCount')}
            </th>
            <th scope="col">{t('selections.status')}</th>
          </tr>
        </thead>
        <tbody>
          {props.selections.map((selection) => {
            const active = selection.id === activeId;
            return (
              <tr key={selection.id} className={active ? 'row-active' : undefined}>
                <th scope="row">
                  <Link to={selectionPath(selection.id)} onClick={() => setActive(selection.id)}>
                    {selection.name}
                  </Link>
                </th>
                <td>{selection.year}</td>
                <td>{selection.type}</td>
                <td>{selection.instansi}</td>
                <td>{selection.location}</td>
                <td className="numeric">{format.number(selection.formasiCount)}</td>
                <td className="numeric">{format.number(selection.candidateCount)}</td>
                <td>
                  {active ? (
                    <span className="badge">{t('selections.active')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('selections.makeActiveNamed', { name: selection.name })}
                      onClick={() => setActive(selection.id)}
                    >
                      {t('selections.makeActive')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
