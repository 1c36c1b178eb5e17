/** Normal forms used to compare what people type: formasi codes and search text. */

/** The key a formasi code is matched by: trimmed, upper-case, inner spaces collapsed. */
export function formasiCodeKey(code: string): string {
  return code.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** Lower-case text without diacritics, so "Sitì" finds "Siti" and "NUR" finds "Nur". */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
