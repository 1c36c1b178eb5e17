/**
 * The scoring plans of the demo formasi. The demo is a CPNS selection of a Pemerintah Kabupaten,
 * an instansi daerah, so every plan starts from the 2024 daerah preset (SKD 40 % + SKB 60 %) and
 * adds one SKB tambahan at the 40 % cap: a teaching simulation for teachers, an administrative
 * task simulation for administrative posts, and an interview for the others.
 *
 * The interview is deliberate: the daerah rules say an SKB tambahan of a Pemda may not be an
 * interview (domain.md §1.2), so those formasi show the one warning the demo carries, which is
 * how a committee sees what the checker says. Every other preset rule is met.
 */
import type { PlanComponent, ScoringPlan } from '../../../shared/plan/plan';
import { presetPlan, rubricComponent } from '../../../shared/plan/presets';
import type { RubricVersion } from '../../../shared/rubric/rubric';

/** The in-person assessment a demo formasi gets. */
export type DemoAssessment = 'mengajar' | 'administrasi' | 'wawancara';

/** The built-in template each assessment is scored on. */
export const DEMO_TEMPLATE: Record<DemoAssessment, string> = {
  mengajar: 'simulasi-mengajar',
  administrasi: 'simulasi-tugas-administrasi',
  wawancara: 'wawancara-kompetensi-asn',
};

const COMPONENT: Record<DemoAssessment, Pick<PlanComponent, 'key' | 'label' | 'category'>> = {
  mengajar: { key: 'simulasi_mengajar', label: 'Simulasi Mengajar', category: 'simulasi_mengajar' },
  administrasi: {
    key: 'simulasi_administrasi',
    label: 'Simulasi Tugas Administrasi',
    category: 'simulasi_administrasi',
  },
  wawancara: { key: 'wawancara', label: 'Wawancara Kompetensi', category: 'wawancara' },
};

/** The key of the in-person component a demo assessment is scored in. */
export function demoComponentKey(assessment: DemoAssessment): string {
  return COMPONENT[assessment].key;
}

/** The SKB tambahan's share of SKB: the daerah cap. */
const TAMBAHAN_WEIGHT = 40;

/** Which assessment a demo jabatan gets (domain.md §6.3: teachers, administrative, technical). */
export function demoAssessment(jabatan: string): DemoAssessment {
  if (/\bGuru\b/.test(jabatan)) return 'mengajar';
  if (/Pengadministrasi|Pranata Komputer/.test(jabatan)) return 'administrasi';
  return 'wawancara';
}

/** The plan of a demo formasi whose in-person component is scored on `rubric`. */
export function demoPlan(assessment: DemoAssessment, rubric: RubricVersion): ScoringPlan {
  const plan = presetPlan('cpns-daerah-2024');
  const components = plan.components.map((c) =>
    c.key === 'skb_cat' ? { ...c, weight: 100 - TAMBAHAN_WEIGHT } : c,
  );
  const tambahan = rubricComponent({
    ...COMPONENT[assessment],
    part: 'skb',
    weight: TAMBAHAN_WEIGHT,
  });
  if (tambahan.source.type === 'rubric') {
    tambahan.source = {
      ...tambahan.source,
      rubricVersionId: rubric.id,
      rubricHash: rubric.contentHash,
    };
  }
  return { ...plan, components: [...components, tambahan] };
}
