/**
 * Realistic demo candidates: valid NIKs of Kabupaten Grobogan (33 15), SKD sub-scores above the
 * 2024 pass marks, and deliberate exact ties so every tie-break level has something to break.
 */
import type { DemoFormasi } from './demo-formasi';
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
    let previous: DemoCandidate | null = null;
    for (let i = 0; i < (counts[formasiIndex] ?? 0); i += 1) {
      sequence += 1;
      const candidate = oneCandidate(random, f, year, sequence, usedNik);
      // Every fifth candidate ties with the one before at a deeper tie-break level.
      if (previous && i % 5 === 4) tieWith(candidate, previous, (i / 5) % 4);
      candidates.push(candidate);
      previous = candidate;
    }
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

function tieWith(candidate: DemoCandidate, previous: DemoCandidate, level: number): void {
  const total = previous.twk + previous.tiu + previous.tkp;
  if (level === 0) {
    // Same SKD total, different TKP: broken by TKP.
    candidate.tkp = Math.min(225, previous.tkp + 5);
    candidate.tiu = previous.tiu;
    candidate.twk = total - candidate.tiu - candidate.tkp;
    if (candidate.twk < 0 || candidate.twk % 5 !== 0) Object.assign(candidate, pick(previous));
    return;
  }
  Object.assign(candidate, pick(previous));
  if (level >= 2) {
    candidate.ipk = previous.ipk;
    candidate.nilaiIjazah = previous.nilaiIjazah;
  }
  // Level 1: broken by IPK / nilai ijazah; levels 2–3: only the birth date differs.
}

function pick({ twk, tiu, tkp }: DemoCandidate) {
  return { twk, tiu, tkp };
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
