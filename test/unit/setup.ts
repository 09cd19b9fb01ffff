// Unit tests run in Node; Dexie runs on fake-indexeddb there (real IndexedDB is exercised by the e2e suite).
import 'fake-indexeddb/auto';
