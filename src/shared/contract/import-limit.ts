/** The size limit of a file the renderer sends, apart from contract.ts so channel files can use it without a cycle. */

/** The largest file the renderer may send for import, before base64 (32 MiB). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
