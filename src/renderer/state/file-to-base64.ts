/** Reads a chosen file as base64 without building one giant binary string. */

// A multiple of 3, so every chunk encodes without padding and the pieces concatenate exactly.
const CHUNK_BYTES = 3 * 64 * 1024;
// Small enough for String.fromCharCode's argument limit.
const APPLY_BYTES = 3 * 4 * 1024;

/** Base64 of `bytes`, encoded chunk by chunk. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    parts.push(encodeChunk(bytes.subarray(start, start + CHUNK_BYTES)));
  }
  return parts.join('');
}

/** Base64 of a file, yielding to the UI between chunks so progress can be shown. */
export async function fileToBase64(
  file: Blob,
  onProgress: (fraction: number) => void = () => {},
): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    parts.push(encodeChunk(bytes.subarray(start, start + CHUNK_BYTES)));
    onProgress(Math.min(1, (start + CHUNK_BYTES) / bytes.length));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  onProgress(1);
  return parts.join('');
}

function encodeChunk(chunk: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < chunk.length; start += APPLY_BYTES) {
    binary += String.fromCharCode(...chunk.subarray(start, start + APPLY_BYTES));
  }
  return btoa(binary);
}
