/** Hides the middle of a NIK in lists, where anyone walking past the screen can read it. */

/** `3315014508900001` → `3315••••••••0001`: region and serial stay, birth date is hidden. */
export function maskNik(nik: string): string {
  if (nik.length <= 8) return '•'.repeat(nik.length);
  return `${nik.slice(0, 4)}${'•'.repeat(nik.length - 8)}${nik.slice(-4)}`;
}
