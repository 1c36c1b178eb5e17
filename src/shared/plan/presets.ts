/**
 * Starting points for a scoring plan, after domain.md §7. They are defaults a committee adjusts:
 * the rules that come with each preset warn (check-plan.ts) but never block.
 */
import type { PlanComponent, PresetId, ScoringPlan, TieBreak } from './plan';

/** PermenPANRB 27/2021 Ps. 48(4), unchanged under 6/2024. */
export const CPNS_TIE_BREAK: readonly TieBreak[] = [
  'skd_total',
  'skd_tkp',
  'skd_tiu',
  'skd_twk',
  'ipk_ijazah',
  'oldest',
];

/** PermenPANRB 28/2021; the same order in later PPPK announcements. */
export const PPPK_TIE_BREAK: readonly TieBreak[] = [
  'cat_teknis',
  'cat_manajerial_sk',
  'cat_wawancara',
  'oldest',
];

/** The number of assessors per in-person component unless a committee says otherwise. */
export const DEFAULT_MIN_ASSESSORS = 2;

/** An in-person component that still needs a published rubric to be chosen. */
export function rubricComponent(
  fields: Pick<PlanComponent, 'key' | 'label' | 'category' | 'part' | 'weight'>,
): PlanComponent {
  return {
    ...fields,
    source: {
      type: 'rubric',
      rubricVersionId: null,
      rubricHash: null,
      minAssessors: DEFAULT_MIN_ASSESSORS,
    },
    threshold: null,
  };
}

function cpns(preset: 'cpns-pusat-2024' | 'cpns-daerah-2024'): ScoringPlan {
  return {
    preset,
    parts: [
      { key: 'skd', label: 'SKD', weight: 40 },
      { key: 'skb', label: 'SKB', weight: 60 },
    ],
    components: [
      {
        key: 'skd',
        label: 'SKD (CAT BKN)',
        category: 'skd',
        part: 'skd',
        weight: 100,
        source: { type: 'skd' },
        threshold: null,
      },
      {
        key: 'skb_cat',
        label: 'SKB CAT',
        category: 'skb_cat',
        part: 'skb',
        weight: 100,
        source: { type: 'external_score', maxScore: 500 },
        threshold: null,
      },
    ],
    tieBreak: [...CPNS_TIE_BREAK],
  };
}

// The national PPPK CAT result, the whole of part `cat` in both PPPK presets; a fresh object
// each time, since callers edit the plan they get.
function catPppkComponent(): PlanComponent {
  return {
    key: 'cat_pppk',
    label: 'CAT PPPK',
    category: 'cat_pppk',
    part: 'cat',
    weight: 100,
    source: { type: 'cat_pppk' },
    threshold: null,
  };
}

const PRESETS: Record<PresetId, () => ScoringPlan> = {
  'cpns-pusat-2024': () => cpns('cpns-pusat-2024'),
  'cpns-daerah-2024': () => cpns('cpns-daerah-2024'),
  'pppk-2024': () => ({
    preset: 'pppk-2024',
    parts: [{ key: 'cat', label: 'Seleksi Kompetensi (CAT)', weight: 100 }],
    components: [catPppkComponent()],
    tieBreak: [...PPPK_TIE_BREAK],
  }),
  'pppk-sktt': () => ({
    preset: 'pppk-sktt',
    parts: [
      { key: 'cat', label: 'CAT PPPK', weight: 50 },
      { key: 'wawancara', label: 'Wawancara SKTT', weight: 20 },
      { key: 'praktik', label: 'Praktik Kerja SKTT', weight: 30 },
    ],
    components: [
      catPppkComponent(),
      rubricComponent({
        key: 'wawancara',
        label: 'Wawancara',
        category: 'wawancara',
        part: 'wawancara',
        weight: 100,
      }),
      rubricComponent({
        key: 'praktik',
        label: 'Praktik Kerja',
        category: 'praktik_kerja',
        part: 'praktik',
        weight: 100,
      }),
    ],
    tieBreak: [...PPPK_TIE_BREAK],
  }),
  custom: () => ({
    preset: 'custom',
    parts: [{ key: 'akhir', label: 'Nilai Akhir', weight: 100 }],
    components: [
      rubricComponent({
        key: 'wawancara',
        label: 'Wawancara',
        category: 'wawancara',
        part: 'akhir',
        weight: 100,
      }),
    ],
    tieBreak: ['oldest'],
  }),
};

/** A fresh plan from a preset; the caller owns the returned object. */
export function presetPlan(preset: PresetId): ScoringPlan {
  return PRESETS[preset]();
}
