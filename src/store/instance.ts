// The app's single store instance and its React hook. Tests create their own with createDashStore.
import { useStore } from "zustand";
import { createDashStore, type DashState } from "./store";

export const dashStore = createDashStore();

export function useDash<T>(selector: (s: DashState) => T): T {
  return useStore(dashStore, selector);
}
