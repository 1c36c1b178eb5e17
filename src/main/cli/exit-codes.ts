/** The exit codes of `panitia`, documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  /** The operation was refused: invalid rows, a broken journal. Nothing was changed. */
  refused: 1,
  /** Wrong command line. */
  usage: 2,
  /** The database cannot be opened: newer schema, damaged, locked. */
  store: 3,
  /**
   * `panitia verify` only: the bundle is intact and well signed, but its signer is not trusted
   * here (unknown or revoked key, or no `--db` registry to ask). Shares 3 with `store`, which no
   * other command returns from `verify` except when its `--db` cannot be opened.
   */
  untrusted: 3,
  /** A bug: the message says so, the data is unchanged. */
  internal: 4,
} as const;
