// Installed in the page before the app's own scripts (page.addInitScript): logs every IndexedDB read the
// page issues — counts, getAll/getAllKeys and cursors — with the store, the index, whether a key range
// or a limit bounded it, and how many records it returned or stepped over. The screens' request test
// reads `window.__idbRequests` to fail a first paint that counts or reads a whole growing store.
(() => {
  const log = [];
  window.__idbRequests = log;
  const describe = (source) =>
    source instanceof IDBIndex
      ? { store: source.objectStore.name, index: source.name }
      : { store: source.name, index: null };
  const isOptions = (arg) =>
    typeof arg === 'object' && arg !== null && Object.getPrototypeOf(arg) === Object.prototype;
  const wrap = (proto, method, op) => {
    const original = proto[method];
    if (typeof original !== 'function') return;
    proto[method] = function (...args) {
      // getAll/getAllKeys take (query, count) or, where the browser has them (Chromium does; Dexie then
      // uses them), one options object { query, count, direction }.
      const options = op === 'getAll' && isOptions(args[0]) ? args[0] : null;
      const [query, countOrDirection] = options ? [options.query, options.count] : args;
      const request = original.apply(this, args);
      const entry = {
        op,
        ...describe(this),
        ranged: query !== undefined && query !== null,
        limit:
          op === 'getAll' && typeof countOrDirection === 'number' && countOrDirection > 0
            ? countOrDirection
            : null,
        records: 0,
        at: performance.now(),
      };
      log.push(entry);
      request.addEventListener('success', () => {
        const result = request.result;
        if (op === 'cursor') {
          if (result) entry.records++;
        } else if (op === 'count') entry.records = result;
        else entry.records = Array.isArray(result) ? result.length : 0;
      });
      return request;
    };
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    wrap(proto, 'count', 'count');
    wrap(proto, 'getAll', 'getAll');
    wrap(proto, 'getAllKeys', 'getAll');
    wrap(proto, 'openCursor', 'cursor');
    wrap(proto, 'openKeyCursor', 'cursor');
  }
})();
