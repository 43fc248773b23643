// Optional and nullable members in objects and arrays; console.log and JSON output for each.
interface Profile {
  id: number;
  nickname?: string;
  bio: string | null;
  friends?: number[];
  manager?: Profile | null;
}

const profiles: Profile[] = [
  { id: 1, bio: null },
  { id: 2, nickname: "zed", bio: "hello", friends: [1] },
  { id: 3, nickname: undefined, bio: null, friends: [], manager: null },
  { id: 4, bio: "boss", manager: { id: 5, bio: null, nickname: "top" } },
];

for (const p of profiles) {
  console.log(p);
  console.log("  json:", JSON.stringify(p));
  console.log("  keys:", Object.keys(p).join(","), "has nickname key:", "nickname" in p);
  const nick = p.nickname ?? "(none)";
  const friendCount = p.friends?.length ?? -1;
  const mgr = p.manager?.nickname ?? p.manager?.id ?? "no manager";
  console.log(`  nick=${nick} friends=${friendCount} mgr=${mgr} bio=${p.bio ?? "-"}`);
}

const sparse: (number | undefined | null)[] = [1, undefined, null, 4];
console.log(sparse, sparse.length, JSON.stringify(sparse));
console.log(sparse.map((x) => x ?? 0), sparse.filter((x) => x != null));
console.log(sparse.indexOf(undefined), sparse.indexOf(null), sparse.includes(undefined));
const arr: number[] = [1, 2, 3];
arr.length = 3; // growing length makes holes, which tsfw stores as undefined (README: limitations)
console.log(arr, arr.length, arr[4]);
arr.length = 2;
console.log(arr);
const obj: { a?: number; b?: number } = { a: 1, b: 2 };
obj.a = undefined;
delete obj.b;
console.log(obj, Object.keys(obj), JSON.stringify(obj));
console.log(undefined, null, [undefined], [null], { u: undefined });
console.log(typeof undefined, typeof null, undefined == null, undefined === null);
