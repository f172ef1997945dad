// Selectors must return the same object for the same inputs: React's useSyncExternalStore loops
// on fresh arrays. This keeps the last inputs and result per selector (inputs compared by identity).
/** Whether two argument lists are the same values (by identity), as useMemo compares dependencies. */
const sameInputs = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A): R => {
    if (lastArgs && sameInputs(lastArgs, args)) {
      return lastResult;
    }
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}

// A memo that outlives the component: what a view builds from its inputs (a chart option, a bounded
// view model) is kept under a name, so the view mounted again with the same inputs gets the very same
// object — and the chart it feeds (EChart, which keeps its instance across visits) has nothing to redraw.
// One value is kept per name.
const keptByName = new Map<string, { inputs: readonly unknown[]; value: unknown }>();

export function kept<T>(name: string, inputs: readonly unknown[], make: () => T): T {
  const last = keptByName.get(name);
  if (last && sameInputs(last.inputs, inputs)) return last.value as T;
  const value = make();
  keptByName.set(name, { inputs, value });
  return value;
}
