// Insertion, selection and bubble sort with step counting, on numbers and strings.
function insertionSort(a: number[]): number {
  let shifts = 0;
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
      shifts++;
    }
    a[j + 1] = v;
  }
  return shifts;
}

function selectionSort(a: string[]): number {
  let swaps = 0;
  for (let i = 0; i < a.length - 1; i++) {
    let m = i;
    for (let j = i + 1; j < a.length; j++) if (a[j] < a[m]) m = j;
    if (m !== i) {
      [a[i], a[m]] = [a[m], a[i]];
      swaps++;
    }
  }
  return swaps;
}

function bubbleSort(a: number[]): number {
  let passes = 0;
  let swapped = true;
  let n = a.length;
  while (swapped) {
    swapped = false;
    passes++;
    for (let i = 1; i < n; i++) {
      if (a[i - 1] > a[i]) {
        const t = a[i - 1];
        a[i - 1] = a[i];
        a[i] = t;
        swapped = true;
      }
    }
    n--;
  }
  return passes;
}

const base = [29, 10, 14, 37, 13, 5, 88, 1, 0, -4, 14];
const a1 = base.slice();
console.log("insertion shifts:", insertionSort(a1), a1);
const a2 = base.slice();
console.log("bubble passes:", bubbleSort(a2), a2);
const reversed = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
console.log("insertion on reversed:", insertionSort(reversed.slice()));
console.log("bubble on sorted:", bubbleSort([1, 2, 3, 4]));

const words = "the quick brown fox jumps over the lazy dog".split(" ");
const w = words.slice();
console.log("selection swaps:", selectionSort(w));
console.log(w);
const mixed = ["b", "B", "a", "A", "_", "1", "10", "9", "é", "Z"];
selectionSort(mixed);
console.log(mixed, mixed.map((s) => s.charCodeAt(0)));
console.log(words.slice().sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0)));
