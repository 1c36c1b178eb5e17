/** Saves binary content (e.g. a PDF) through the browser's download (Electron shows its dialog). */

/** Offers the base64 content `contentBase64` for download as `fileName`. */
export function downloadBase64(
  fileName: string,
  contentBase64: string,
  type = 'application/pdf',
): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
