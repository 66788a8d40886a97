// Every migration, in order. The list is explicit so the same array serves Nest, the CLI and
// the tests without globbing files.
import { Init1764000000000 } from './1764000000000-Init.js';
import { PeopleProgressAudit1764100000000 } from './1764100000000-PeopleProgressAudit.js';
import { Outbox1764200000000 } from './1764200000000-Outbox.js';
import { RemindersFigures1764300000000 } from './1764300000000-RemindersFigures.js';

export const migrations = [Init1764000000000, PeopleProgressAudit1764100000000, Outbox1764200000000, RemindersFigures1764300000000];
