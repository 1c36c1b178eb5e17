/** Turns the bytes of a CSV into text, guessing the encoding the way offices' files need. */

/** Decoded text and the name of the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const latin1 = new TextDecoder('latin1');

/*
 * Node's TextDecoder('windows-1252') decodes as ISO-8859-1, turning bytes 0x80–0x9F into control
 * characters; Excel writes curly quotes (’ in "Nur’aini"), dashes and € there. The WHATWG table
 * for that range is applied by hand (undefined bytes keep their Latin-1 value, as WHATWG says).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1_CONTROLS = /[\u0080-\u009f]/g;

/**
 * Decodes `bytes`: a UTF-8 or UTF-16 byte-order mark wins; otherwise valid UTF-8 is UTF-8 and
 * anything else is Windows-1252, what Excel on Indonesian Windows writes for "CSV (Comma delimited)".
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  // Excel's "Unicode Text" export: UTF-16 with a byte-order mark, tab-separated.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = latin1
      .decode(bytes)
      .replace(C1_CONTROLS, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
    return { text, encoding: 'windows-1252' };
  }
}
