/** Every migration in order; the last one's version is the schema this build writes. */
import { migration001 } from './001-initial';
import { migration002 } from './002-rubrics-and-plans';
import { migration003 } from './003-assessors';
import { migration004 } from './004-sessions-panels-attendance';
import { migration005 } from './005-score-sheets';
import { migrationIncidents } from './006-incidents';
import { migration007 } from './007-external-scores';
import { migration008 } from './008-device-keys';
import { migration009 } from './009-trusted-keys';
import { migration010 } from './010-merge';
import type { Migration } from './migration';

/** All migrations, ascending by version, without gaps. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migrationIncidents,
  migration007,
  migration008,
  migration009,
  migration010,
];

/** The schema version this build of Panitia reads and writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
