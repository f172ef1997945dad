// The county the workspace is about and its official township list (filled in once the national
// division list module is available).
export function RosterSection() {
  return null;
}
