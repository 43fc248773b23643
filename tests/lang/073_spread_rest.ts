// Spread in calls, arrays and objects; rest in functions and destructuring; immutable updates.
const base = [1, 2, 3];
const extended = [0, ...base, 4, ...base.map((x) => x * 10)];
console.log(extended, Math.max(...extended), extended.length);
const copy = [...base];
copy.push(99);
console.log(base, copy);
console.log([..."hello"], [...new Set("mississippi")].join(""));
console.log([...new Map([["a", 1], ["b", 2]])]);

interface Settings {
  theme: string;
  fontSize: number;
  plugins: string[];
  editor: { tabs: number; wrap: boolean };
}
const defaults: Settings = { theme: "light", fontSize: 12, plugins: ["git"], editor: { tabs: 4, wrap: false } };
const user = { theme: "dark", editor: { tabs: 2, wrap: true } };
const merged: Settings = { ...defaults, ...user };
console.log(merged);
const deeper = { ...defaults, editor: { ...defaults.editor, wrap: true }, plugins: [...defaults.plugins, "lint"] };
console.log(deeper, defaults.plugins, defaults.editor.wrap);
const early = { fontSize: 99, extra: true };
const overridden = { ...early, ...defaults };
console.log(overridden.fontSize, overridden.extra, Object.keys(overridden));
const { theme, ...withoutTheme } = merged;
console.log(theme, withoutTheme);

function sum(...nums: number[]): number {
  return nums.reduce((a, b) => a + b, 0);
}
function applyAll(f: (...n: number[]) => number, ...groups: number[][]): number[] {
  return groups.map((g) => f(...g));
}
console.log(applyAll(sum, [1, 2], [], [5, 5, 5]), applyAll(Math.min, [3, 1, 2], [7]));
function tail<T>(first: T, ...others: T[]): T[] {
  return others.length ? others : [first];
}
console.log(tail(1, 2, 3), tail("only"));

type Todo = { id: number; text: string; done: boolean };
let todos: Todo[] = [];
const add = (text: string) => {
  todos = [...todos, { id: todos.length + 1, text, done: false }];
};
const toggle = (id: number) => {
  todos = todos.map((t) => (t.id === id ? { ...t, done: !t.done } : t));
};
const remove = (id: number) => {
  todos = todos.filter((t) => t.id !== id);
};
add("write tests");
add("run tests");
add("ship");
const snapshot = todos;
toggle(2);
remove(1);
console.log(todos);
console.log(snapshot, snapshot === todos, snapshot[1] === todos[0]);
const arrOfArrs = [[1, 2], [3], [4, 5, 6]];
console.log(([] as number[]).concat(...arrOfArrs), arrOfArrs.flat().length);
console.log(Math.hypot(...[3, 4]), String.fromCharCode(...[74, 83]), [..."ab", ..."cd"].reverse());
