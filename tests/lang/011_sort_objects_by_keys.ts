// Sorting arrays of records by multiple keys with comparator composition.
interface Employee {
  name: string;
  dept: string;
  salary: number;
  age: number;
}

const staff: Employee[] = [
  { name: "Zoe", dept: "eng", salary: 120, age: 31 },
  { name: "Adam", dept: "ops", salary: 90, age: 45 },
  { name: "Mia", dept: "eng", salary: 120, age: 28 },
  { name: "Liam", dept: "sales", salary: 70, age: 39 },
  { name: "Emma", dept: "ops", salary: 95, age: 33 },
  { name: "Noah", dept: "eng", salary: 150, age: 50 },
  { name: "Ava", dept: "sales", salary: 82, age: 26 },
  { name: "Owen", dept: "eng", salary: 110, age: 35 },
];

type Cmp<T> = (a: T, b: T) => number;
function by<T>(key: (t: T) => number | string, desc = false): Cmp<T> {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    const r = ka < kb ? -1 : ka > kb ? 1 : 0;
    return desc ? -r : r;
  };
}
function thenBy<T>(...cmps: Cmp<T>[]): Cmp<T> {
  return (a, b) => {
    for (const c of cmps) {
      const r = c(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
}

function show(title: string, list: Employee[]): void {
  console.log(`-- ${title}`);
  for (const e of list) {
    console.log(`${e.name.padEnd(6)}${e.dept.padEnd(7)}${String(e.salary).padStart(4)}${String(e.age).padStart(4)}`);
  }
}

show("by name", staff.slice().sort(by((e) => e.name)));
show("by dept, salary desc, name", staff.slice().sort(thenBy(by((e) => e.dept), by((e) => e.salary, true), by((e) => e.name))));
show("by age desc", staff.slice().sort(by((e: Employee) => e.age, true)));

const groups: Record<string, Employee[]> = {};
for (const e of staff) (groups[e.dept] ??= []).push(e);
const summary = Object.keys(groups).sort().map((d) => ({
  dept: d,
  count: groups[d].length,
  total: groups[d].reduce((s, e) => s + e.salary, 0),
  youngest: groups[d].reduce((m, e) => (e.age < m.age ? e : m)).name,
}));
console.log(summary);
console.log(staff.slice().sort(by((e) => e.salary)).map((e) => e.salary));
const nums = [10, 9, 1, 100, 25, 2];
console.log("default sort (lexicographic):", nums.slice().sort());
console.log("numeric sort:", nums.slice().sort((a, b) => a - b));
