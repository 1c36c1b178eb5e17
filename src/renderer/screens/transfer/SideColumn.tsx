/** One side of a quarantine item: where it comes from, its counts, its sheets and its entries. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarantineKind } from '../../../shared/domain/merge';
import type { QuarantineSide, SideSheet } from '../../../shared/domain/quarantine-view';
import { journalKindKey, shortHash } from '../../components/journal-kind';
import { formatDateTime, formatNumber } from '../../format/format';
import { useAuditText } from '../audit/audit-text';

/** What identifies "the same sheet" across sides: candidate, component and assessor. */
function sheetKey(sheet: SideSheet): string {
  return `${sheet.nomorPeserta}|${sheet.componentKey}|${sheet.assessorNama}|${sheet.version}`;
}

/**
 * Sheets (by side index and sheet id) that differ from the other sides: missing there, or with
 * another total. One side alone has nothing to differ from.
 */
export function differingSheets(sides: readonly QuarantineSide[]): Set<string> {
  const differing = new Set<string>();
  if (sides.length < 2) return differing;
  const totals = sides.map(
    (side) =>
      new Map(side.entries.flatMap((e) => (e.sheet ? [[sheetKey(e.sheet), e.sheet.total]] : []))),
  );
  sides.forEach((side, index) => {
    for (const { sheet } of side.entries) {
      if (!sheet) continue;
      const key = sheetKey(sheet);
      const same = totals.every((other, o) => o === index || other.get(key) === sheet.total);
      if (!same) differing.add(`${index}:${sheet.sheetId}`);
    }
  });
  return differing;
}

/** Renders one column of the side-by-side view. */
export function SideColumn(props: {
  side: QuarantineSide;
  index: number;
  kind: QuarantineKind;
  differing: Set<string>;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const audit = useAuditText();
  const { side, index } = props;
  const n = (value: number) => formatNumber(value, i18n.language);
  const at = (iso: string | null) =>
    iso === null ? t('common.none') : formatDateTime(iso, i18n.language);
  const kindLabel = (kind: string) => {
    const key = journalKindKey(kind);
    return key ? t(key) : kind;
  };
  const sheets = side.entries.filter((e) => e.sheet !== null);
  const showCandidate = props.kind !== 'sheetConflict';
  const others = side.entries.filter((e) => e.sheet === null);
  return (
    <section className="panel quarantine-side" aria-labelledby={`side-${index}`}>
      <h3 id={`side-${index}`}>
        {t('quarantine.side.title', { n: index + 1, office: side.office })}
      </h3>
      <p className="muted">
        {t(`quarantine.side.source.${props.kind === 'untrusted' ? 'signer' : side.source}`)}
      </p>
      {side.fingerprint ? (
        <div className="notice notice-warn">
          <p>{t('quarantine.side.comparePhone')}</p>
          <p className="fingerprint-large mono">{side.fingerprint}</p>
        </div>
      ) : null}
      <dl className="facts">
        {side.choice && props.kind === 'fork' ? (
          <>
            <dt>{t('quarantine.side.head')}</dt>
            <dd className="mono" title={side.choice}>
              {shortHash(side.choice)}
            </dd>
          </>
        ) : null}
        {side.device ? (
          <>
            <dt>{t('quarantine.side.device')}</dt>
            <dd className="mono">{side.device}</dd>
          </>
        ) : null}
        {side.bundle ? (
          <>
            <dt>{t('quarantine.side.file')}</dt>
            <dd>{side.bundle.fileName}</dd>
            <dt>{t('quarantine.side.fileHash')}</dt>
            <dd className="mono" title={side.bundle.hash}>
              {shortHash(side.bundle.hash)}
            </dd>
          </>
        ) : null}
        <dt>{t('quarantine.side.count')}</dt>
        <dd>{n(side.count)}</dd>
        <dt>{t('quarantine.side.first')}</dt>
        <dd>{at(side.firstTs)}</dd>
        <dt>{t('quarantine.side.last')}</dt>
        <dd>{at(side.lastTs)}</dd>
      </dl>
      {side.kinds.length > 0 ? (
        <ul className="quarantine-kinds">
          {side.kinds.map(({ kind, count }) => (
            <li key={kind}>
              {kindLabel(kind)}: {n(count)}
            </li>
          ))}
        </ul>
      ) : null}
      {sheets.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption>{t('quarantine.side.sheets', { office: side.office })}</caption>
            <thead>
              <tr>
                {/* A sheet conflict is about one candidate and component: the title names them. */}
                {showCandidate ? <th scope="col">{t('quarantine.sheet.candidate')}</th> : null}
                <th scope="col">{t('quarantine.sheet.assessor')}</th>
                <th scope="col">{t('quarantine.sheet.total')}</th>
                <th scope="col">{t('quarantine.sheet.submittedAt')}</th>
                <th scope="col">{t('quarantine.sheet.signature')}</th>
              </tr>
            </thead>
            <tbody>
              {sheets.map(({ sheet }) => {
                const s = sheet!;
                const differs = props.differing.has(`${index}:${s.sheetId}`);
                return (
                  <tr key={s.sheetId}>
                    {showCandidate ? (
                      <td>
                        <span className="mono">{s.nomorPeserta}</span> {s.nama}
                        <div className="muted">{s.componentKey}</div>
                      </td>
                    ) : null}
                    <td>
                      {s.assessorNama}
                      {/* Only an amended sheet says its version; the first is the rule. */}
                      {s.version > 1
                        ? ` (${t('quarantine.sheet.versionN', { n: s.version })})`
                        : ''}
                    </td>
                    <td className={differs ? 'cell-differs' : undefined}>
                      {formatNumber(s.total, i18n.language, 2)}
                      {differs ? (
                        <span className="badge badge-warn">{t('quarantine.sheet.differs')}</span>
                      ) : null}
                    </td>
                    <td>{at(s.submittedAt)}</td>
                    <td>
                      {s.signatureValid === null
                        ? t('quarantine.sheet.keyUnknown')
                        : s.signatureValid
                          ? t('quarantine.sheet.valid')
                          : t('quarantine.sheet.invalid')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {others.length > 0 ? (
        <details>
          <summary>{t('quarantine.side.otherEntries', { n: n(others.length) })}</summary>
          <ol className="quarantine-entries">
            {others.map((entry) => (
              <li key={entry.seq}>
                <span className="mono">#{entry.seq}</span> {at(entry.ts)} — {kindLabel(entry.kind)}
                {entry.summary.length > 0 ? ` · ${audit.summary(entry.summary)}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {side.entries.length < side.count ? (
        <p className="muted">{t('quarantine.side.truncated', { n: n(side.entries.length) })}</p>
      ) : null}
    </section>
  );
}
