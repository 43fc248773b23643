// Computational geometry: convex hull (monotone chain), polygon area, point-in-polygon.
type P = [number, number];
const cross = (o: P, a: P, b: P) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
function hull(points: P[]): P[] {
  const pts = points.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const lower: P[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: P[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}
function area(poly: P[]): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x1, y1] = poly[i];
    const [x2, y2] = poly[(i + 1) % poly.length];
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}
function inside(poly: P[], [x, y]: P): boolean {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}
const pts: P[] = [];
let s = 99;
for (let i = 0; i < 30; i++) {
  s = (s * 37 + 11) % 101;
  const x = s % 20;
  s = (s * 37 + 11) % 101;
  pts.push([x, s % 15]);
}
const h = hull(pts);
console.log("points:", pts.length, "hull:", h.length);
console.log(h);
console.log("hull area:", area(h), "perimeter:", h.reduce((p, a, i) => p + Math.hypot(a[0] - h[(i + 1) % h.length][0], a[1] - h[(i + 1) % h.length][1]), 0).toFixed(4));
const grid: string[] = [];
for (let y = 14; y >= 0; y--) {
  let row = "";
  for (let x = 0; x < 20; x++) {
    const isHull = h.some(([hx, hy]) => hx === x && hy === y);
    const isPt = pts.some(([px, py]) => px === x && py === y);
    row += isHull ? "H" : isPt ? "o" : inside(h, [x + 0.01, y + 0.01]) ? "." : " ";
  }
  grid.push(row.trimEnd());
}
console.log(grid.join("\n"));
console.log(hull([[0, 0], [1, 1], [2, 2]]), hull([[0, 0], [4, 0], [4, 4], [0, 4], [2, 2]]), area([[0, 0], [4, 0], [4, 3]]));
