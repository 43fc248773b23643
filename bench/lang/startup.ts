// Baseline: process start-up and one line of output, nothing else. Shows how
// much of each other figure is the fixed cost of starting node.
console.log("hello", 1);
