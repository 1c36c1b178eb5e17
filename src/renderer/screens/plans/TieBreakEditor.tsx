/**
 * The tie-break chain: an ordered list of criteria, each moved up or down or removed, and a
 * select to add any criterion not yet in it (inputs of the candidate data, or a component score).
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIE_BREAK_INPUTS, type TieBreak } from '../../../shared/plan/plan';
import { SelectField } from '../../components/Field';
import { ReorderButtons } from '../../components/ReorderButtons';
import { tieBreakName } from '../../components/tie-break-name';
import { moveItem } from '../rubrics/editor/rubric-form';
import type { PlanForm } from './plan-form';

/** Renders the chain editor. */
export function TieBreakEditor(props: {
  form: PlanForm;
  onChange: (tieBreak: TieBreak[]) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { form, onChange } = props;
  const chain = form.tieBreak;
  const [adding, setAdding] = useState('');

  const nameOf = (link: TieBreak): string =>
    tieBreakName(t, link, (key) => form.components.find((c) => c.key === key)?.label);
  const candidates: TieBreak[] = [
    ...TIE_BREAK_INPUTS,
    ...form.components.map((c): TieBreak => `component:${c.key}`),
  ].filter((link) => !chain.includes(link));
  const chosen = candidates.includes(adding) ? adding : (candidates[0] ?? '');

  return (
    <div
      className="panel"
      role="region"
      aria-labelledby="tiebreak-title"
      id="pf-tieBreak"
      tabIndex={-1}
    >
      <h2 id="tiebreak-title">{t('plan.tieBreak.title')}</h2>
      <p className="muted">{t('plan.tieBreak.intro')}</p>
      {chain.length === 0 ? <p className="muted">{t('plan.tieBreak.empty')}</p> : null}
      <ol className="tiebreak-list" aria-label={t('plan.tieBreak.title')}>
        {chain.map((link, index) => {
          const number = index + 1;
          return (
            <li key={link} className="tiebreak-item" id={`pf-tieBreak-${index}`} tabIndex={-1}>
              <span className="tiebreak-name">{nameOf(link)}</span>
              <span className="tiebreak-tools">
                <ReorderButtons
                  index={index}
                  count={chain.length}
                  upLabel={t('plan.tieBreak.moveUpNamed', { number })}
                  downLabel={t('plan.tieBreak.moveDownNamed', { number })}
                  onMove={(delta) => onChange(moveItem(chain, index, delta))}
                />
                <button
                  type="button"
                  className="button button-small button-danger-outline"
                  aria-label={t('plan.tieBreak.removeNamed', { number })}
                  onClick={() => onChange(chain.filter((_, i) => i !== index))}
                >
                  {t('common.delete')}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {candidates.length > 0 ? (
        <div className="inline-add">
          <SelectField
            id="pf-tieBreak-add"
            label={t('plan.tieBreak.addLabel')}
            value={chosen}
            options={candidates.map((link) => ({ value: link, label: nameOf(link) }))}
            onChange={setAdding}
          />
          <button
            type="button"
            className="button button-small"
            disabled={chosen === '' || chain.length >= 12}
            onClick={() => {
              onChange([...chain, chosen]);
              setAdding('');
            }}
          >
            {t('plan.tieBreak.add')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
