/**
 * The integrity statement (pakta integritas and pernyataan bebas konflik kepentingan) every
 * assessor accepts before scoring. Its wording follows the proctors' integrity statement and the
 * conflict-of-interest practice in reference/domain.md §4.1 and §4.3 E. The journal keeps the
 * SHA-256 of `text`, so changing a word is a new version that everyone accepts again.
 */

/** The current statement. */
export const INTEGRITY_STATEMENT = {
  version: 1,
  title: 'Pakta Integritas dan Pernyataan Bebas Konflik Kepentingan Penguji',
  text: [
    'Dengan ini saya, sebagai penguji atau anggota panitia seleksi ini, menyatakan bahwa:',
    '1. Saya akan menilai setiap peserta secara jujur, objektif, dan mandiri, hanya berdasarkan rubrik yang telah ditetapkan dan apa yang saya amati selama pelaksanaan tes.',
    '2. Saya tidak memiliki konflik kepentingan dengan peserta yang saya nilai: tidak ada hubungan keluarga sedarah atau semenda, hubungan pekerjaan atau usaha, maupun hubungan atasan-bawahan di antara kami. Apabila ternyata ada hubungan seperti itu, saya akan segera menyatakannya dan tidak ikut menilai peserta tersebut.',
    '3. Saya tidak akan meminta, menerima, atau memberikan imbalan dalam bentuk apa pun, dan tidak akan melakukan kolusi atau memberi perlakuan khusus kepada peserta mana pun.',
    '4. Saya akan menjaga kerahasiaan soal, nilai, dan hasil penilaian sampai diumumkan secara resmi.',
    '5. Saya akan mencatat setiap kejadian khusus selama pelaksanaan tes agar dapat dimuat dalam berita acara.',
    'Apabila saya melanggar pernyataan ini, saya bersedia menerima sanksi sesuai dengan ketentuan peraturan perundang-undangan.',
  ].join('\n'),
} as const;
