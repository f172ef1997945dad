// The parts of a V8 .cpuprofile (node --cpu-prof, CDP Profiler.stop) the profiling scripts read.
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  /** The node sampled at each tick. */
  samples?: number[];
  /** Microseconds since the tick before. */
  timeDeltas?: number[];
}
