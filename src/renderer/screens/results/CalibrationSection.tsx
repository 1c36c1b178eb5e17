/**
 * Rater calibration: per assessor, the mean of (own − panel mean) and its spread, as an SVG bar
 * chart around zero (no chart library) with the values in text, and the same numbers as a table.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { CalibrationView } from '../../../shared/results/results-view';

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 290;
const CHART_WIDTH = 780;
/** Room under the bars for the scale. */
const AXIS_HEIGHT = 36;

/** Renders the chart and table, or a note when no component had two assessors yet. */
export function CalibrationSection(props: {
  calibration: readonly CalibrationView[];
}): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = props.calibration;
  const name = (r: CalibrationView) => r.assessorNama ?? r.assessorId;
  // A symmetric scale, at least ±5 points, so a small deviation does not look large.
  const extent = Math.max(5, ...rows.map((r) => Math.abs(r.meanDeviationValue) + r.spreadValue));
  const half = (CHART_WIDTH - LABEL_WIDTH) / 2;
  const zero = LABEL_WIDTH + half;
  const x = (value: number) => zero + (value / extent) * half;
  return (
    <section className="results-calibration" aria-labelledby="calibration-heading">
      <h2 id="calibration-heading">{t('resultsScreen.calibration.title')}</h2>
      <p>{t('resultsScreen.calibration.explain')}</p>
      {rows.length === 0 ? (
        <p>{t('resultsScreen.calibration.none')}</p>
      ) : (
        <>
          <svg
            role="img"
            aria-labelledby="calibration-chart-title"
            width={CHART_WIDTH}
            height={rows.length * BAR_HEIGHT + 10 + AXIS_HEIGHT}
            viewBox={`0 0 ${CHART_WIDTH} ${rows.length * BAR_HEIGHT + 10 + AXIS_HEIGHT}`}
          >
            <title id="calibration-chart-title">
              {rows
                .map((r) =>
                  t('resultsScreen.calibration.barText', {
                    nama: name(r),
                    mean: format.decimal(r.meanDeviation.display),
                    spread: format.decimal(r.spread),
                  }),
                )
                .join('; ')}
            </title>
            <line x1={zero} x2={zero} y1={0} y2={rows.length * BAR_HEIGHT + 10} className="axis" />
            {rows.map((r, i) => {
              const y = i * BAR_HEIGHT + 5;
              const end = x(r.meanDeviationValue);
              return (
                <g key={r.assessorId}>
                  <text x={LABEL_WIDTH - 6} y={y + BAR_HEIGHT / 2 + 4} textAnchor="end">
                    {name(r)}
                  </text>
                  <rect
                    x={Math.min(zero, end)}
                    y={y + 3}
                    width={Math.abs(end - zero)}
                    height={BAR_HEIGHT - 6}
                    className={r.meanDeviationValue >= 0 ? 'bar-lenient' : 'bar-harsh'}
                  />
                  <line
                    x1={x(r.meanDeviationValue - r.spreadValue)}
                    x2={x(r.meanDeviationValue + r.spreadValue)}
                    y1={y + BAR_HEIGHT / 2}
                    y2={y + BAR_HEIGHT / 2}
                    className="spread"
                  />
                </g>
              );
            })}
            <g className="scale" aria-hidden="true">
              {[-extent, 0, extent].map((value) => (
                <text
                  key={value}
                  x={x(value)}
                  y={rows.length * BAR_HEIGHT + 24}
                  textAnchor={value < 0 ? 'start' : value > 0 ? 'end' : 'middle'}
                >
                  {(value > 0 ? '+' : '') + format.decimal(value.toFixed(1))}
                </text>
              ))}
              <text x={x(-extent)} y={rows.length * BAR_HEIGHT + 40} textAnchor="start">
                {t('resultsScreen.calibration.harsher')}
              </text>
              <text x={x(extent)} y={rows.length * BAR_HEIGHT + 40} textAnchor="end">
                {t('resultsScreen.calibration.lenienter')}
              </text>
            </g>
          </svg>
          <table aria-label={t('resultsScreen.calibration.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('resultsScreen.assessor')}</th>
                <th scope="col" className="numeric">
                  {t('resultsScreen.calibration.candidates')}
                </th>
                <th scope="col" className="numeric">
                  {t('resultsScreen.calibration.mean')}
                </th>
                <th scope="col" className="numeric">
                  {t('resultsScreen.calibration.spread')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.assessorId}>
                  <td>{name(r)}</td>
                  <td className="numeric">{r.candidates}</td>
                  <td className="numeric">{format.decimal(r.meanDeviation.display)}</td>
                  <td className="numeric">{format.decimal(r.spread)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
