// Static fields and methods: registries, factories, counters and constants on classes.
class Color {
  static readonly BLACK = new Color(0, 0, 0);
  static readonly WHITE = new Color(255, 255, 255);
  static created = 0;
  private static cache: Map<string, Color> = new Map();

  private constructor(readonly r: number, readonly g: number, readonly b: number) {
    Color.created++;
  }

  static rgb(r: number, g: number, b: number): Color {
    const key = `${r},${g},${b}`;
    let c = Color.cache.get(key);
    if (c === undefined) {
      c = new Color(r, g, b);
      Color.cache.set(key, c);
    }
    return c;
  }

  static fromHex(hex: string): Color {
    const h = hex.startsWith("#") ? hex.slice(1) : hex;
    return Color.rgb(parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16));
  }

  static mix(a: Color, b: Color, t: number): Color {
    const lerp = (x: number, y: number) => Math.round(x + (y - x) * t);
    return Color.rgb(lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b));
  }

  toHex(): string {
    return "#" + [this.r, this.g, this.b].map((v) => v.toString(16).padStart(2, "0")).join("");
  }

  luminance(): number {
    return 0.2126 * this.r + 0.7152 * this.g + 0.0722 * this.b;
  }

  static cacheSize(): number {
    return Color.cache.size;
  }
}

console.log("created at start:", Color.created);
const red = Color.fromHex("#ff0000");
const blue = Color.rgb(0, 0, 255);
const again = Color.fromHex("FF0000");
console.log(red === again, red.toHex(), blue.toHex());
for (let i = 0; i <= 4; i++) {
  const c = Color.mix(red, blue, i / 4);
  console.log(i, c.toHex(), c.luminance().toFixed(2));
}
const grays = [0, 0.5, 1].map((t) => Color.mix(Color.BLACK, Color.WHITE, t).toHex());
console.log(grays, "created:", Color.created, "cache:", Color.cacheSize());
console.log(Color.WHITE);

class MathUtil {
  static readonly TAU = Math.PI * 2;
  static clamp(x: number, lo: number, hi: number): number {
    return Math.min(hi, Math.max(lo, x));
  }
  static degrees(rad: number): number {
    return (rad * 360) / MathUtil.TAU;
  }
}
console.log(MathUtil.TAU, MathUtil.clamp(15, 0, 10), MathUtil.clamp(-3, 0, 10), MathUtil.degrees(Math.PI / 3));
