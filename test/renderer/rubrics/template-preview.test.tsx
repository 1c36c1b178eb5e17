import { render, screen, within } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { RubricSheet } from '../../../src/renderer/components/rubric-sheet/RubricSheet';
import { EMPTY_SHEET } from '../../../src/renderer/components/rubric-sheet/sheet-values';
import { createI18n } from '../../../src/renderer/i18n/create-i18n';
import { parseRubricFile } from '../../../src/shared/rubric/rubric-file';

const TEMPLATES = join(__dirname, '..', '..', '..', 'resources', 'rubrics');
const FILES = readdirSync(TEMPLATES).filter((name) => name.endsWith('.json'));

describe('every built-in template in the assessor preview', () => {
  it('has four templates to show', () => {
    expect(FILES).toHaveLength(4);
  });

  it.each(FILES)('%s shows every aspect with every level and its anchor', (name) => {
    const text = readFileSync(join(TEMPLATES, name), 'utf8');
    const parsed = parseRubricFile(text, Buffer.byteLength(text));
    if (!parsed.ok) throw new Error(`${name} does not parse`);
    const { content } = parsed.file.rubric;
    const i18n = createI18n('id', { storage: window.localStorage, document });
    render(
      <I18nextProvider i18n={i18n}>
        <RubricSheet content={content} values={EMPTY_SHEET} onChange={() => undefined} />
      </I18nextProvider>,
    );
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(content.aspects.length);
    content.aspects.forEach((aspect, index) => {
      const radios = within(groups[index]!).getAllByRole('radio');
      expect(radios.map((radio) => radio.getAttribute('aria-label'))).toEqual(
        aspect.levels.map((level) => `${level.value} — ${level.label}`),
      );
      aspect.levels.forEach((level, i) => {
        expect(radios[i]).toHaveAccessibleDescription(level.anchor);
      });
    });
  });
});
