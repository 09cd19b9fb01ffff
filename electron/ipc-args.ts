// Argument schemas for every contract function. The renderer is untrusted input like a file from disk:
// whatever arrives over IPC is checked before a dialog opens or a byte is written.

import { z } from 'zod';
import { requestableBackupReasons } from '../shared/ipc/backups';
import type { IpcContract, IpcName } from '../shared/ipc/contract';

/** A file name, not a path: a name with separators could steer the save dialog into another folder. */
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name), 'must be a file name without folders');

const fileFilters = z
  .array(
    z.object({
      name: z.string().max(100),
      extensions: z.array(
        z.string().regex(/^(\*|[A-Za-z0-9_-]{1,16})$/, 'must be an extension without the dot'),
      ),
    }),
  )
  .max(20)
  .optional();

/** The id main gave a backup request (a UUID). */
const backupId = z.string().min(1).max(100);

export const ipcArgSchemas = {
  getAppInfo: z.tuple([]),
  saveFile: z.tuple([
    z.object({
      suggestedName: fileName,
      // Buffer is a Uint8Array too; anything else (a plain array, a string) is refused.
      bytes: z.instanceof(Uint8Array),
      filters: fileFilters,
    }),
  ]),
  openFile: z.tuple([z.object({ filters: fileFilters })]),
  setLanguage: z.tuple([z.enum(['zh-CN', 'en'])]),
  // Vetting happens in the handler, which answers false for a refused link instead of throwing.
  openExternal: z.tuple([z.string().max(2048)]),
  listBackups: z.tuple([]),
  backupNow: z.tuple([z.enum(requestableBackupReasons)]),
  chooseBackupFolder: z.tuple([]),
  openBackupFolder: z.tuple([]),
  // The handler also checks it is a backup's name (electron/backup/names.ts), not just any file.
  readBackup: z.tuple([fileName]),
  backupChunk: z.tuple([backupId, z.instanceof(Uint8Array)]),
  backupEnd: z.tuple([backupId]),
  backupFail: z.tuple([backupId, z.string().max(2000)]),
} satisfies { [K in IpcName]: z.ZodType<IpcContract[K]['args']> };

/** The arguments checked against the schema for `name`, or an error naming the function and the field. */
export function parseIpcArgs<K extends IpcName>(name: K, args: unknown[]): IpcContract[K]['args'] {
  const result = ipcArgSchemas[name].safeParse(args);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'arguments';
    throw new Error(`Invalid arguments for ${name}: ${where}: ${issue?.message ?? 'rejected'}`);
  }
  return result.data as IpcContract[K]['args'];
}
