// Runs first, before the app's code has loaded: asks IndexedDB which databases exist, which makes the
// browser open the office's database files now, while the shell's and the data layer's code load. That
// opening grows with the data (in Chromium's traces, the store's recovery at open took 0.1 ms on an empty
// office and 180 ms at 100,000 orders; a start at a million orders took 1.3 s longer than an empty one);
// begun here it overlaps the code's load instead of following it. It opens no connection, so it can neither create a database nor stand in
// the way of an upgrade. A plain script, copied as it is (not bundled):
// the browser runs it as soon as it reaches it in the page's head, before any module is fetched.
void globalThis.indexedDB?.databases?.().catch(() => undefined);
