// A memo that outlives the component: what a view builds from its inputs (a chart option, a bounded
// view model) is kept under a name, so the view mounted again with the same inputs gets the very same
// object — and the chart it feeds (EChart, which keeps its instance across visits) has nothing to redraw.
// Inputs are compared by identity, like useMemo's dependencies; one value is kept per name.
const store = new Map<string, { inputs: readonly unknown[]; value: unknown }>();

export function kept<T>(name: string, inputs: readonly unknown[], make: () => T): T {
  const last = store.get(name);
  if (last && last.inputs.length === inputs.length && last.inputs.every((v, i) => Object.is(v, inputs[i])))
    return last.value as T;
  const value = make();
  store.set(name, { inputs, value });
  return value;
}
