/** The exit codes of `panitia`, documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  /** The operation was refused: invalid rows, a broken journal. Nothing was changed. */
  refused: 1,
  /** Wrong command line. */
  usage: 2,
  /** The database cannot be opened: newer schema, damaged, locked. */
  store: 3,
  /** A bug: the message says so, the data is unchanged. */
  internal: 4,
} as const;
