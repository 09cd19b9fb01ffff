// Logs go to a file in the OS logs folder, the one Help › Open Log Folder shows, so a user can send it
// when something went wrong. Kept thin: electron-log does the work.

import { join } from 'node:path';
import type { MainLogger } from 'electron-log';

export const LOG_FILE_NAME = 'main.log';
/** Rotated by electron-log beyond this size (to main.old.log), so the folder stays small. */
const MAX_LOG_BYTES = 5 * 1024 * 1024;

export function setupLogging(log: MainLogger, logsDir: string): MainLogger {
  log.transports.file.resolvePathFn = () => join(logsDir, LOG_FILE_NAME);
  log.transports.file.level = 'info';
  log.transports.file.maxSize = MAX_LOG_BYTES;
  log.transports.console.level = 'info';
  // Uncaught errors in main are logged rather than lost; no dialog, the user cannot act on one.
  log.errorHandler.startCatching({ showDialog: false });
  return log;
}
