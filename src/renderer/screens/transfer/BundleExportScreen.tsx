/**
 * Ekspor: this installation's journal as a signed bundle, results for the central office or a
 * setup package for one office. Shows what goes in and the device fingerprint the receiver will
 * compare, then saves the file and its SHA-256.
 */
import type React from 'react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract/contract';
import { downloadBase64 } from '../../components/download-bytes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { FingerprintText } from '../../components/FingerprintText';
import { formatNumber } from '../../format/format';
import { useServices } from '../../state/services';
import { useDevice } from '../device/use-device';
import { LockedKeyNotice } from './LockedKeyNotice';

type Kind = 'results' | 'setup';
type Saved = Output<'bundle:export'>;
type Contents =
  | { kind: 'results'; value: Output<'bundle:exportContents'> }
  | { kind: 'setup'; value: Output<'setup:contents'> };

/** Renders the export screen. */
export function BundleExportScreen(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const device = useDevice();
  const [kind, setKind] = useState<Kind>('results');
  const [office, setOffice] = useState('');
  const [contents, setContents] = useState<Contents | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const n = (value: number) => formatNumber(value, i18n.language);

  const load = useCallback(() => {
    const done = (value: Contents) => {
      setError(null);
      setContents(value);
    };
    if (kind === 'results') {
      api['bundle:exportContents']({}).then((value) => done({ kind, value }), setError);
    } else {
      api['setup:contents']({}).then((value) => done({ kind, value }), setError);
    }
  }, [api, kind]);
  useEffect(load, [load]);

  const save = async () => {
    setBusy(true);
    try {
      const file = await api['bundle:export'](kind === 'setup' ? { kind, office } : { kind });
      downloadBase64(file.fileName, file.contentBase64, 'application/x-ndjson');
      setSaved(file);
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const locked = device.status !== null && !device.status.unlocked;
  const shown = contents?.kind === kind ? contents : null;
  return (
    <section className="screen" aria-labelledby="bundle-export-title">
      <h1 id="bundle-export-title" tabIndex={-1}>
        {t('transfer.bundleExport.title')}
      </h1>
      <fieldset className="panel">
        <legend>{t('transfer.bundleExport.choose')}</legend>
        {(['results', 'setup'] as const).map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="export-kind"
              value={option}
              checked={kind === option}
              onChange={() => {
                setKind(option);
                setSaved(null);
              }}
            />{' '}
            {t(`transfer.bundleExport.kinds.${option}`)}
          </label>
        ))}
        {kind === 'setup' ? (
          <TextField
            id="export-office"
            label={t('transfer.bundleExport.office')}
            hint={t('transfer.bundleExport.officeHint')}
            value={office}
            onChange={setOffice}
          />
        ) : null}
      </fieldset>
      <div className="panel">
        <h2>{t('transfer.bundleExport.contentsTitle')}</h2>
        {shown === null ? (
          <p>{t('common.loading')}</p>
        ) : shown.kind === 'results' ? (
          <>
            <p>
              {t('transfer.bundleExport.resultsSummary', {
                sheets: n(shown.value.sheets),
                attendance: n(shown.value.attendance),
              })}
            </p>
            <ul>
              {shown.value.chains.map((chain) => (
                <li key={chain.device}>
                  {t('transfer.bundleExport.chain', {
                    office: chain.office,
                    entries: n(chain.entries),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <ul>
              {shown.value.selections.map((s) => (
                <li key={s.id}>
                  {t('transfer.bundleExport.selection', {
                    name: s.name,
                    formasi: n(s.formasi),
                    candidates: n(s.candidates),
                  })}
                </li>
              ))}
            </ul>
            <p>
              {t('transfer.setup.chains', {
                entries: n(shown.value.entries),
                chains: n(shown.value.chains),
                rubrics: n(shown.value.publishedRubrics),
              })}
            </p>
          </>
        )}
      </div>
      <div className="panel">
        <h2>{t('transfer.bundleExport.signerTitle')}</h2>
        {device.status?.fingerprint ? (
          <p data-testid="export-fingerprint">
            <FingerprintText fingerprint={device.status.fingerprint} large />
          </p>
        ) : (
          <p>{t('transfer.bundleExport.noKey')}</p>
        )}
        <p>{t('transfer.bundleExport.signerNote')}</p>
      </div>
      {locked ? <LockedKeyNotice /> : null}
      <ErrorNotice error={error} />
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || locked}
          onClick={() => void save()}
        >
          {busy ? t('transfer.bundleExport.saving') : t('transfer.bundleExport.save')}
        </button>
      </div>
      {saved ? (
        <div className="notice notice-ok" role="status">
          <p>{t('transfer.bundleExport.saved', { name: saved.fileName, count: n(saved.count) })}</p>
          <p className="mono">{t('transfer.bundleExport.sha256', { sha256: saved.sha256 })}</p>
        </div>
      ) : null}
    </section>
  );
}
