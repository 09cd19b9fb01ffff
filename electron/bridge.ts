// Builds what the preload exposes as window.salesdesk. Pure (Electron's ipcRenderer is passed in) so the
// exposed surface is unit-tested: exactly the contract's functions and event subscriptions, no channel
// strings, and never ipcRenderer or an IPC event object.

import {
  type DesktopBridge,
  type IpcName,
  ipcChannel,
  ipcNames,
  type MainEventContract,
  type MainEventName,
  type MainEventSubscriptions,
  mainEventChannel,
  mainEventNames,
  mainEventPayloadGuards,
  mainEventSubscriberName,
  type SalesDeskBridge,
} from '../shared/ipc/contract';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function invoker<K extends IpcName>(ipc: BridgeIpc, name: K): DesktopBridge[K] {
  const channel = ipcChannel(name);
  // Main validates the arguments; the result type is the contract's promise.
  return ((...args: unknown[]) => ipc.invoke(channel, ...args)) as DesktopBridge[K];
}

function subscriber<K extends MainEventName>(ipc: BridgeIpc, name: K) {
  const channel = mainEventChannel(name);
  const isPayload = mainEventPayloadGuards[name];
  return (listener: (payload: MainEventContract[K]) => void): (() => void) => {
    // The IPC event is dropped here: its `sender` is ipcRenderer itself, which must not reach the page.
    const wrapped = (_event: unknown, payload: unknown) => {
      if (isPayload(payload)) listener(payload);
    };
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };
}

export function buildBridge(ipc: BridgeIpc): SalesDeskBridge {
  const bridge: Record<string, unknown> = {};
  for (const name of ipcNames) bridge[name] = invoker(ipc, name);
  for (const name of mainEventNames) bridge[mainEventSubscriberName(name)] = subscriber(ipc, name);
  return Object.freeze(bridge) as DesktopBridge & MainEventSubscriptions;
}
