/** Indonesian given names and family names for realistic demo candidates. */

/** Given names of men. */
// prettier-ignore
export const MALE_NAMES = [
  'Agus', 'Ahmad', 'Andi', 'Arif', 'Bambang', 'Budi', 'Dedi', 'Dimas', 'Eko', 'Fajar', 'Hendra',
  'Irfan', 'Joko', 'Kurniawan', 'Muhammad', 'Nanang', 'Putu', 'Rizky', 'Slamet', 'Teguh',
  'Wahyu', 'Yusuf', 'Gede', 'Hadi', 'Ilham', 'Rudi', 'Sigit', 'Taufik',
] as const;

/** Given names of women. */
// prettier-ignore
export const FEMALE_NAMES = [
  'Ani', 'Ayu', 'Dewi', 'Endang', 'Fitri', 'Indah', 'Kartika', 'Lestari', 'Maya', 'Nur',
  'Putri', 'Ratna', 'Rina', 'Sari', 'Siti', 'Sri', 'Tri', 'Wulan', 'Yuliana', 'Nurul', 'Made',
  'Kadek', 'Anisa', 'Dian', 'Ika', 'Lia', 'Rahma',
] as const;

/** Second names and family names. */
// prettier-ignore
export const SURNAMES = [
  'Pratama', 'Saputra', 'Wijaya', 'Hidayat', 'Santoso', 'Kusuma', 'Setiawan', 'Rahayu',
  'Lestari', 'Purnomo', 'Nugroho', 'Wibowo', 'Susanti', 'Handayani', 'Maharani', 'Permana',
  'Siregar', 'Nasution', 'Harahap', 'Simanjuntak', 'Sembiring', 'Tanjung', "Nur'aini",
  'Rahmawati', 'Firmansyah', 'Kurniasih', 'Suryadi', 'Wardhana', 'Astuti', 'Sulistyo',
] as const;
