/**
 * What is wrong with a scoring plan, in words. Warnings name the regulation whose rule the plan
 * departs from, so a committee can decide knowingly (domain.md §1.2, §1.4, §7).
 */
import type { PlanProblemCode } from '../plan/check-plan';
import { interpolate, type Language } from './errors';

const id: Record<PlanProblemCode, string> = {
  partWeightsDoNotSum: 'Jumlah bobot bagian nilai akhir {total}%, seharusnya tepat 100%.',
  componentWeightsDoNotSum:
    'Jumlah bobot komponen dalam bagian {part} {total}%, seharusnya tepat 100%.',
  weightPrecision: 'Bobot {label} ({weight}) paling banyak dua angka di belakang koma.',
  duplicatePartKey: 'Kunci bagian "{key}" dipakai lebih dari sekali.',
  duplicateComponentKey: 'Kunci komponen "{key}" dipakai lebih dari sekali.',
  unknownPart: 'Komponen {label} merujuk bagian "{part}" yang tidak ada.',
  emptyPart: 'Bagian {part} belum memiliki komponen berbobot.',
  gateHasWeight:
    'Komponen {label} bernilai MS/TMS: bobotnya harus 0, karena hanya menentukan memenuhi syarat atau tidak.',
  componentNeedsRubric:
    'Komponen {label} belum memiliki rubrik. Pilih rubrik yang sudah diterbitkan.',
  rubricNotFound: 'Rubrik untuk komponen {label} tidak ada di basis data ini. Pilih rubrik lain.',
  rubricNotPublished:
    'Rubrik untuk komponen {label} berstatus {status}; hanya rubrik yang sudah diterbitkan yang dapat dipakai.',
  rubricHashMismatch:
    'Rubrik untuk komponen {label} tidak cocok dengan hash yang tersimpan. Pilih ulang rubriknya.',
  unknownTieBreakComponent:
    'Urutan penentu peringkat merujuk komponen "{key}" yang tidak ada. Hapus dari urutan.',
  duplicateTieBreak: 'Kriteria "{key}" muncul dua kali dalam urutan penentu peringkat.',
  cpnsIntegrationWeights:
    'Bobot SKD {skd}% dan SKB {skb}% berbeda dari integrasi nilai CPNS 40% SKD + 60% SKB (PermenPANRB 27/2021 Pasal 48 ayat 3; PermenPANRB 6/2024).',
  cpnsTieBreakOrder:
    'Urutan penentu peringkat berbeda dari aturan CPNS: total SKD, TKP, TIU, TWK, IPK/nilai ijazah, lalu usia tertua (PermenPANRB 27/2021 Pasal 48 ayat 4).',
  pppkTieBreakOrder:
    'Urutan penentu peringkat berbeda dari aturan PPPK: kompetensi teknis, manajerial + sosial kultural, wawancara, lalu usia tertua (PermenPANRB 28/2021).',
  pusatTambahanCap:
    'SKB tambahan berbobot {share}% dari SKB; untuk instansi pusat 2024 paling banyak 50% (PermenPANRB 6/2024).',
  pusatWawancaraCap:
    'Wawancara "{label}" berbobot {weight}% dari SKB; untuk instansi pusat 2024 paling banyak 10% (PermenPANRB 6/2024).',
  pusatTambahanCount:
    'Ada {count} jenis SKB tambahan; untuk instansi pusat 2024 paling banyak 3 jenis (PermenPANRB 6/2024).',
  daerahTambahanCap:
    'SKB tambahan berbobot {share}% dari SKB; untuk instansi daerah paling banyak 40% (PermenPANRB 27/2021; PermenPANRB 6/2024).',
  daerahTambahanCount:
    'Ada {count} jenis SKB tambahan; instansi daerah paling banyak 1 jenis, dan hanya untuk jabatan yang sangat teknis (PermenPANRB 6/2024).',
  daerahNoWawancara:
    '"{label}": SKB tambahan instansi daerah tidak boleh berbentuk wawancara (PermenPANRB 27/2021; PermenPANRB 6/2024).',
};

const en: Record<PlanProblemCode, string> = {
  partWeightsDoNotSum: 'The parts of the final score add up to {total}%, not exactly 100%.',
  componentWeightsDoNotSum: 'The components of part {part} add up to {total}%, not exactly 100%.',
  weightPrecision: 'The weight of {label} ({weight}) may have at most two decimals.',
  duplicatePartKey: 'Part key "{key}" is used more than once.',
  duplicateComponentKey: 'Component key "{key}" is used more than once.',
  unknownPart: 'Component {label} refers to part "{part}", which does not exist.',
  emptyPart: 'Part {part} has no weighted component yet.',
  gateHasWeight:
    'Component {label} is a pass/fail (MS/TMS) result: its weight must be 0, because it only decides eligibility.',
  componentNeedsRubric: 'Component {label} has no rubric yet. Choose a published rubric.',
  rubricNotFound: 'The rubric of component {label} is not in this database. Choose another one.',
  rubricNotPublished:
    'The rubric of component {label} is {status}; only published rubrics can be used.',
  rubricHashMismatch:
    'The rubric of component {label} does not match the stored hash. Choose the rubric again.',
  unknownTieBreakComponent:
    'The tie-break order refers to component "{key}", which does not exist. Remove it from the order.',
  duplicateTieBreak: 'Criterion "{key}" appears twice in the tie-break order.',
  cpnsIntegrationWeights:
    'SKD {skd}% and SKB {skb}% differ from the CPNS integration of 40% SKD + 60% SKB (PermenPANRB 27/2021 Art. 48(3); PermenPANRB 6/2024).',
  cpnsTieBreakOrder:
    'The tie-break order differs from the CPNS rule: SKD total, TKP, TIU, TWK, GPA/diploma average, then the oldest (PermenPANRB 27/2021 Art. 48(4)).',
  pppkTieBreakOrder:
    'The tie-break order differs from the PPPK rule: technical, managerial + socio-cultural, interview, then the oldest (PermenPANRB 28/2021).',
  pusatTambahanCap:
    'Additional SKB tests weigh {share}% of SKB; for central agencies in 2024 at most 50% (PermenPANRB 6/2024).',
  pusatWawancaraCap:
    'Interview "{label}" weighs {weight}% of SKB; for central agencies in 2024 at most 10% (PermenPANRB 6/2024).',
  pusatTambahanCount:
    '{count} kinds of additional SKB test; for central agencies in 2024 at most 3 (PermenPANRB 6/2024).',
  daerahTambahanCap:
    'Additional SKB tests weigh {share}% of SKB; for regional agencies at most 40% (PermenPANRB 27/2021; PermenPANRB 6/2024).',
  daerahTambahanCount:
    '{count} kinds of additional SKB test; regional agencies may use at most 1, only for very technical positions (PermenPANRB 6/2024).',
  daerahNoWawancara:
    '"{label}": an additional SKB test at a regional agency may not be an interview (PermenPANRB 27/2021; PermenPANRB 6/2024).',
};

const STATUS_NAMES: Record<Language, Record<string, string>> = {
  id: { draft: 'draf', published: 'terbit', retired: 'pensiun' },
  en: { draft: 'a draft', published: 'published', retired: 'retired' },
};

/** True when `code` is a known plan-problem code. */
export function isPlanProblemCode(code: string): code is PlanProblemCode {
  return Object.hasOwn(id, code);
}

/** One plan problem as a sentence in `language`; an unknown code is shown as it is. */
export function describePlanProblem(
  problem: { code: string; params: Record<string, string | number> },
  language: Language = 'id',
): string {
  if (!isPlanProblemCode(problem.code)) return problem.code;
  const params = { ...problem.params };
  if (typeof params.status === 'string') {
    params.status = STATUS_NAMES[language][params.status] ?? params.status;
  }
  return interpolate((language === 'en' ? en : id)[problem.code], params);
}
