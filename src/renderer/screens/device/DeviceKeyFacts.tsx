/**
 * The device key as a central office pins it: the fingerprint in large monospace groups of four,
 * its QR code (an SVG drawn by the main process, shown as a data: image under the strict CSP) and
 * the date it was created.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../shared/contract/device-contract';
import { useFormat } from '../../format/use-format';

/** Renders the public facts of an existing device key. */
export function DeviceKeyFacts(props: { status: DeviceStatus }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { fingerprint, publicKey, createdAt, qrSvg } = props.status;
  return (
    <div className="device-key">
      <p className="device-fingerprint mono" data-testid="device-fingerprint">
        {(fingerprint ?? '').split(' ').map((group, i) => (
          <span key={i}>{group}</span>
        ))}
      </p>
      {qrSvg ? (
        <img
          className="device-qr"
          // The SVG is ASCII (qrcode's output), so btoa encodes it whole; an <img> runs no script.
          src={`data:image/svg+xml;base64,${btoa(qrSvg)}`}
          alt={t('device.qrAlt', { fingerprint })}
          width={220}
          height={220}
        />
      ) : null}
      <dl className="facts">
        <dt>{t('device.createdAt')}</dt>
        <dd>{createdAt ? format.dateTime(createdAt) : '—'}</dd>
        <dt>{t('device.publicKey')}</dt>
        <dd className="mono break">{publicKey}</dd>
        <dt>{t('device.protection')}</dt>
        <dd>{t(`device.protections.${props.status.protection}`)}</dd>
      </dl>
    </div>
  );
}
