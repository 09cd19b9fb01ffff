// Runs sandboxed before the page: the only code with ipcRenderer. It exposes the contract's named
// functions on window.salesdesk and nothing else.

import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld('salesdesk', buildBridge(ipcRenderer));
