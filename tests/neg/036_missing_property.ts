interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
print(p.z);
// expect: TS2339 3:9
