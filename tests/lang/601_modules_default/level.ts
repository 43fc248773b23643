// `export default name` of a variable exports the value it holds then, not the binding.
export let level = 1;
export default level;
export function raise(): void {
  level = 5;
}
