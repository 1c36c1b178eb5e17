/** Where bundle files go in: dropped on the zone, or chosen with a keyboard-reachable button. */
import type React from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Renders the drop zone; `onFiles` gets every file dropped or chosen, in order. */
export function BundleDropZone(props: {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    if (list && list.length > 0 && !props.disabled) props.onFiles([...list]);
  };
  return (
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take(event.dataTransfer.files);
      }}
    >
      <p>{t('transfer.bundleImport.drop')}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {t('transfer.bundleImport.choose')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".panitia"
        multiple
        hidden
        aria-label={t('transfer.bundleImport.choose')}
        onChange={(event) => {
          take(event.target.files);
          // Cleared so choosing the same file again still fires a change.
          event.target.value = '';
        }}
      />
    </div>
  );
}
