export * from "./types";
export * from "./indicators";
export * from "./shortcomings";
export * from "./divisions";
