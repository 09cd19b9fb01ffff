// The package file: writing, reading and checking `.sdpkg` files. types.ts has the layout.

export type { PackageBytes } from './byte-reader';
export type { OnRecord } from './content';
export { dateFields, EARLIEST_DATE, LATEST_DATE } from './dates';
export { isPackageError, PackageError, type PackageErrorCode, packageErrorCodes } from './errors';
export { type HeaderReadOptions, readPackageHeader } from './header';
export { checkKnown, KNOWN_MAX_SKEW_MS, MAX_KNOWN_ENTRIES, writableKnown } from './known-vector';
export { defaultPackageLimits, type PackageLimits } from './limits';
export { type ReadPackageOptions, type ReadPackageResult, readPackage } from './reader';
export { canonicalDeviceId, type Receiver } from './receiver';
export type { Exists } from './record-check';
export { type PackageRecordOf, packageRecordSchemas } from './record-schemas';
export { type ReferenceRule, referenceRules } from './references';
export * from './types';
export {
  createPackageWriter,
  DEFAULT_ITERATIONS,
  DEFAULT_SEGMENT_SIZE,
  type PackageHeaderInput,
  type PackageWriter,
  type PackageWriterOptions,
} from './writer';
