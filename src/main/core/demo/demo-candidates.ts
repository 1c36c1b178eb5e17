/**
 * Realistic demo candidates: valid NIKs of Kabupaten Grobogan (33 15), SKD sub-scores above the
 * 2024 pass marks, and the deliberate exact ties of demo-ties.ts in one formasi.
 */
import type { DemoFormasi } from './demo-formasi';
import { applyDemoTies, DEMO_TIE_FORMASI } from './demo-ties';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from './names';
import type { Random } from './random';

/** One demo candidate, as a row of the import file. */
export interface DemoCandidate {
  nomorPeserta: string;
  nik: string;
  nama: string;
  tanggalLahir: string;
  jenisKelamin: 'L' | 'P';
  pendidikan: string;
  ipk: number | null;
  nilaiIjazah: number | null;
  formasiCode: string;
  twk: number;
  tiu: number;
  tkp: number;
}

/** How many candidates each formasi gets: 3× quota, or `total` shared in proportion to quota. */
export function candidatesPerFormasi(formasi: readonly DemoFormasi[], total?: number): number[] {
  const quotas = formasi.map((f) => f.quota);
  if (total === undefined) return quotas.map((q) => q * 3);
  const sum = quotas.reduce((a, b) => a + b, 0);
  const counts = quotas.map((q) => Math.floor((total * q) / sum));
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < total; i = (i + 1) % counts.length) {
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** Generates the candidates of every formasi. */
export function generateDemoCandidates(
  random: Random,
  formasi: readonly DemoFormasi[],
  year: number,
  total?: number,
): DemoCandidate[] {
  const counts = candidatesPerFormasi(formasi, total);
  const usedNik = new Set<string>();
  const candidates: DemoCandidate[] = [];
  let sequence = 0;
  formasi.forEach((f, formasiIndex) => {
    const own: DemoCandidate[] = [];
    for (let i = 0; i < (counts[formasiIndex] ?? 0); i += 1) {
      sequence += 1;
      own.push(oneCandidate(random, f, year, sequence, usedNik));
    }
    if (f.code === DEMO_TIE_FORMASI) {
      const born = own.map((c) => c.tanggalLahir);
      applyDemoTies(own);
      // A new birth date needs a NIK that encodes it.
      own.forEach((c, i) => {
        if (c.tanggalLahir !== born[i]) {
          c.nik = uniqueNik(
            random,
            new Date(`${c.tanggalLahir}T00:00:00Z`),
            c.jenisKelamin,
            usedNik,
          );
        }
      });
    }
    candidates.push(...own);
  });
  return candidates;
}

function oneCandidate(
  random: Random,
  formasi: DemoFormasi,
  year: number,
  sequence: number,
  usedNik: Set<string>,
): DemoCandidate {
  const jenisKelamin = random.next() < 0.5 ? 'L' : 'P';
  const given = random.pick(jenisKelamin === 'L' ? MALE_NAMES : FEMALE_NAMES);
  const nama = `${given} ${random.pick(SURNAMES)}`;
  const birth = new Date(Date.UTC(random.int(1985, 2002), random.int(0, 11), random.int(1, 28)));
  const school = formasi.graduates === 'school';
  return {
    nomorPeserta: `${String(year % 100).padStart(2, '0')}3315${String(sequence).padStart(8, '0')}`,
    nik: uniqueNik(random, birth, jenisKelamin, usedNik),
    nama,
    tanggalLahir: birth.toISOString().slice(0, 10),
    jenisKelamin,
    pendidikan: formasi.pendidikan,
    ipk: school ? null : Math.round(random.normal(3.35, 0.3, 2.75, 4) * 100) / 100,
    nilaiIjazah: school ? Math.round(random.normal(82, 6, 70, 98) * 100) / 100 : null,
    formasiCode: formasi.code,
    // TWK and TIU are 5 points per correct answer; TKP is 1–5 per item.
    twk: Math.round(random.normal(100, 15, 65, 150) / 5) * 5,
    tiu: Math.round(random.normal(115, 18, 80, 175) / 5) * 5,
    tkp: Math.round(random.normal(185, 10, 166, 225)),
  };
}

function uniqueNik(random: Random, birth: Date, gender: 'L' | 'P', used: Set<string>): string {
  const day = birth.getUTCDate() + (gender === 'P' ? 40 : 0);
  const dateCode =
    String(day).padStart(2, '0') +
    String(birth.getUTCMonth() + 1).padStart(2, '0') +
    String(birth.getUTCFullYear() % 100).padStart(2, '0');
  for (;;) {
    const kecamatan = String(random.int(1, 19)).padStart(2, '0');
    const serial = String(random.int(1, 9999)).padStart(4, '0');
    const nik = `3315${kecamatan}${dateCode}${serial}`;
    if (!used.has(nik)) {
      used.add(nik);
      return nik;
    }
  }
}
