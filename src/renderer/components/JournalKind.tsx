/** The name of a journal entry kind in the UI language (raw kind if this build does not know it). */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { journalKindKey } from './journal-kind';

/** Renders the translated kind. */
export function JournalKind(props: { kind: string }): React.JSX.Element {
  const { t } = useTranslation();
  const key = journalKindKey(props.kind);
  return <>{key ? t(key) : props.kind}</>;
}
