// A default function export.
export default function greet(who: string, excited = false): string {
  return `hello, ${who}${excited ? "!" : "."}`;
}
