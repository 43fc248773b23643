// Static initialisers run where their class is declared: after the statements above it.
export let prefix = "?";
prefix = "dev-";
export const ids: string[] = [];
export class Registry {
  private static count = 0;
  static label = prefix + "registry";
  static first = Registry.next();
  static next(): string {
    Registry.count++;
    const id = prefix + Registry.count;
    ids.push(id);
    return id;
  }
}
prefix = "late-";
