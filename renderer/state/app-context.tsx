// Gives components the store's state and the actions, through React context.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Actions } from './actions';
import type { AppState, AppStore } from './app-store';

export interface AppContextValue {
  store: AppStore;
  actions: Actions;
}

export const AppContext = createContext<AppContextValue | null>(null);

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('AppContext is missing');
  return value;
}

export function useAppState(): AppState {
  const { store } = useAppContext();
  return useSyncExternalStore(store.subscribe, store.getState);
}

export function useActions(): Actions {
  return useAppContext().actions;
}

/** The store itself, for handlers that must read the latest state at the moment they run. */
export function useStore(): AppStore {
  return useAppContext().store;
}
