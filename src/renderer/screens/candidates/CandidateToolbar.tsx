/** Search-as-you-type box, formasi and gender filters, and sort order of the candidate list. */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateSort } from '../../../shared/contract/contract';
import type { Formasi } from '../../../shared/domain/selection';
import { useFormat } from '../../format/use-format';
import { useCandidates, useSelections } from '../../state/services';

/** How long typing must pause before the list is searched again. */
export const SEARCH_DEBOUNCE_MS = 100;

const SORTS: CandidateSort[] = ['nama', 'nomorPeserta', 'formasi', 'skdTotal'];
const NONE: Formasi[] = [];

/** Renders the toolbar over the candidate list of `selectionId`. */
export function CandidateToolbar(props: { selectionId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const filters = useCandidates((state) => state.filters);
  const setFilters = useCandidates((state) => state.setFilters);
  const total = useCandidates((state) => state.total);
  const formasi = useSelections((state) => state.formasi[props.selectionId] ?? NONE);
  const [text, setText] = useState(filters.query);

  // Searching on every keystroke would queue a query per letter; wait for a short pause.
  useEffect(() => {
    if (text === filters.query) return;
    const timer = setTimeout(() => setFilters({ query: text }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, filters.query, setFilters]);

  return (
    <div className="toolbar" role="search" aria-label={t('candidates.searchRegion')}>
      <div className="field field-grow">
        <label htmlFor="candidate-search">{t('candidates.search')}</label>
        <input
          id="candidate-search"
          type="search"
          value={text}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('candidates.searchPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="candidate-formasi">{t('candidates.filterFormasi')}</label>
        <select
          id="candidate-formasi"
          value={filters.formasiId ?? ''}
          onChange={(event) => setFilters({ formasiId: event.target.value || null })}
        >
          <option value="">{t('candidates.allFormasi')}</option>
          {formasi.map((item) => (
            <option key={item.id} value={item.id}>
              {t('candidates.formasiOption', { code: item.code, jabatan: item.jabatan })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="candidate-gender">{t('candidates.filterGender')}</label>
        <select
          id="candidate-gender"
          value={filters.jenisKelamin ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            setFilters({ jenisKelamin: value === 'L' || value === 'P' ? value : null });
          }}
        >
          <option value="">{t('candidates.allGenders')}</option>
          <option value="L">{t('candidate.gender.L')}</option>
          <option value="P">{t('candidate.gender.P')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="candidate-sort">{t('candidates.sort')}</label>
        <select
          id="candidate-sort"
          value={filters.sort}
          onChange={(event) => setFilters({ sort: event.target.value as CandidateSort })}
        >
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`candidates.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="result-count" role="status" aria-live="polite" data-testid="candidate-total">
        {total === null
          ? ''
          : t('candidates.total', { count: total, formatted: format.number(total) })}
      </p>
    </div>
  );
}
