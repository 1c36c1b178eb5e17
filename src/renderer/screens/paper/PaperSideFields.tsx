/** One operator's half of the form: the file they typed and who they are. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessor } from '../../../shared/domain/assessor';
import type { PaperSide } from '../../../shared/domain/paper-report';
import { FileButton } from '../../components/FileButton';
import { SelectField } from '../../components/Field';
import { usePaper } from '../../state/services';

const TEXT = {
  A: {
    legend: 'paper.form.sideA',
    chooseFile: 'paper.form.chooseFileA',
    operator: 'paper.form.operatorA',
  },
  B: {
    legend: 'paper.form.sideB',
    chooseFile: 'paper.form.chooseFileB',
    operator: 'paper.form.operatorB',
  },
} as const;

/** Renders the fieldset of `side`; `operators` are the people who may be chosen for it. */
export function PaperSideFields(props: {
  side: PaperSide;
  operators: readonly Assessor[];
  disabled: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { side } = props;
  const file = usePaper((state) => state.files[side]);
  const operatorId = usePaper((state) => state.operators[side]);
  const chooseFile = usePaper((state) => state.chooseFile);
  const chooseOperator = usePaper((state) => state.chooseOperator);
  // Remounted after every choice, so a file corrected and saved again can be chosen again.
  const [inputKey, setInputKey] = useState(0);
  const hintId = `paper-file-${side}-hint`;
  const options = [
    { value: '', label: t('paper.form.chooseOperator') },
    ...props.operators.map((operator) => ({
      value: operator.id,
      label: t('paper.form.operatorOption', {
        nama: operator.nama,
        role: t(`assessors.roles.${operator.role}`),
      }),
    })),
  ];

  return (
    <fieldset className="panel-inset paper-side">
      <legend>{t(TEXT[side].legend)}</legend>
      <div className="field">
        <div className="file-picker">
          <FileButton
            id={`paper-file-${side}`}
            accept=".csv,.xlsx"
            label={t(TEXT[side].chooseFile)}
            describedBy={hintId}
            disabled={props.disabled}
            resetKey={inputKey}
            onFile={(chosen) => {
              chooseFile(side, chosen);
              setInputKey((key) => key + 1);
            }}
          />
          <span className="file-name" data-testid={`paper-file-${side}-name`}>
            {file ? file.name : t('paper.form.noFile')}
          </span>
        </div>
        <span className="field-hint" id={hintId}>
          {t('paper.form.fileHint')}
        </span>
      </div>
      <SelectField
        id={`paper-operator-${side}`}
        label={t(TEXT[side].operator)}
        hint={side === 'B' ? t('paper.form.operatorBHint') : undefined}
        value={operatorId ?? ''}
        options={options}
        onChange={(value) => chooseOperator(side, value === '' ? null : value)}
      />
    </fieldset>
  );
}
