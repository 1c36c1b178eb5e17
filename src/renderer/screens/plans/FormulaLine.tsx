/** The live formula of the plan in words, with its pass/fail gates and thresholds. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringPlan } from '../../../shared/plan/plan';
import { useFormat } from '../../format/use-format';
import { formulaExpression, gateNames, thresholdTerms } from './formula';

/** Renders the formula of `plan`. */
export function FormulaLine(props: { plan: ScoringPlan }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (value: number) => format.number(value);
  const gates = gateNames(props.plan);
  const thresholds = thresholdTerms(props.plan, number);
  return (
    <div className="formula" role="region" aria-labelledby="formula-title">
      <h2 id="formula-title">{t('plan.formula.title')}</h2>
      <p className="formula-line" data-testid="formula-line">
        {t('plan.formula.line', { formula: formulaExpression(props.plan, number) })}
      </p>
      {gates.length > 0 ? (
        <p className="muted">{t('plan.formula.gates', { names: gates.join(', ') })}</p>
      ) : null}
      {thresholds.length > 0 ? (
        <p className="muted">{t('plan.formula.thresholds', { terms: thresholds.join('; ') })}</p>
      ) : null}
      <p className="field-hint">{t('plan.formula.hint')}</p>
    </div>
  );
}
